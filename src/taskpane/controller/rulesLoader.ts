// The pane's rules chunk (rules.ts), loaded once (loadOnce): components read it once it is there
// (useLoaded), actions wait for it.
import { loadOnce } from '../loadOnce';
import type * as Rules from './rules';

export type LoadedRules = typeof Rules;

export const rulesChunk = loadOnce<LoadedRules>(() => import(/* webpackChunkName: "rules" */ './rules'));
