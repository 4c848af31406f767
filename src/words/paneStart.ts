// The first screen's words in both languages, for the pane to pick Outlook's (App.tsx).
import type { Lang } from '../domain/lang';
import * as en from './en/paneStart';
import type { StartWords } from './nl/paneStart';
import * as nl from './nl/paneStart';

export type { StartWords };

export const startWords: { readonly [L in Lang]: StartWords } = { nl: nl.start, en: en.start };
