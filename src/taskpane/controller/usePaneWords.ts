// The pane context with every word: the first screen's (from the context) and the later steps'
// (src/words/<lang>/paneSteps.ts). Only the later steps call this, so their words load with them.
import { useMemo } from 'react';
import type { PaneWords } from '../../words/paneSteps';
import { stepWords } from '../../words/paneSteps';
import type { PaneContextValue } from './PaneContext';
import { usePane } from './PaneContext';

export function usePaneWords(): Omit<PaneContextValue, 't'> & { t: PaneWords } {
  const pane = usePane();
  const t = useMemo(() => ({ ...pane.t, ...stepWords[pane.lang] }), [pane.t, pane.lang]);
  return { ...pane, t };
}
