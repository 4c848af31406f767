// The later steps' words in both languages (controller/usePaneWords.ts), loaded with those steps.
import type { Lang } from '../domain/lang';
import * as en from './en/paneSteps';
import type { StartWords } from './nl/paneStart';
import type { StepWords } from './nl/paneSteps';
import * as nl from './nl/paneSteps';

export type { StepWords };

/** All the pane's words, as a later step sees them (usePaneWords). */
export type PaneWords = StartWords & StepWords;

export const stepWords: { readonly [L in Lang]: StepWords } = { nl: nl.steps, en: en.steps };
