// What every step needs and none should be handed one by one: the words, the language, the
// registry and the controller's actions.
import { createContext, useContext } from 'react';
import type { Lang, Registry } from '../../domain';
import type { StartWords } from '../../words/paneStart';
import type { ReferralActions } from '../intents';

/** `t` holds the first screen's words; the later steps add theirs with usePaneWords(). */
export type PaneContextValue = { t: StartWords; lang: Lang; registry: Registry; actions: ReferralActions };

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (value === null) throw new Error('usePane outside the referral pane');
  return value;
}
