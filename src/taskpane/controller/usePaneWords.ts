// The pane context with every word: the first screen's (from the context) and the later steps'
// (strings/steps.ts). Only the later steps call this, so their words load with them.
import { useMemo } from 'react';
import type { Strings } from '../strings';
import { stepWords } from '../strings/steps';
import type { PaneContextValue } from './PaneContext';
import { usePane } from './PaneContext';

export function usePaneWords(): Omit<PaneContextValue, 't'> & { t: Strings } {
  const pane = usePane();
  const t = useMemo(() => ({ ...pane.t, ...stepWords[pane.lang] }), [pane.t, pane.lang]);
  return { ...pane, t };
}
