// The pane's words, Dutch (nl-BE) first and English when Outlook's display language is English:
// strings/start.ts for the first screen, strings/steps.ts for the later steps, which load with
// them. App hands the first screen's words down (`strings`); the steps read all of them through
// usePaneWords() (controller/usePaneWords.ts).
import type { StartWords } from './strings/start';
import type { StepWords } from './strings/steps';

export { startWords as strings } from './strings/start';

export type Strings = StartWords & StepWords;
