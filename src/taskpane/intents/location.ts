// Step 1, where the client lives, and the switch to the help after a wrong send.
import { NIS_CODE, POSTCODE } from '../../domain';
import { isLocked } from '../flow';
import type { FlowState } from '../types';

/** Four digits (a postcode) or five (a NIS code): nothing more will be typed, judge it now. */
function isCompleteQuery(query: string): boolean {
  return POSTCODE.test(query.trim()) || NIS_CODE.test(query.trim());
}

export const showScreen = {
  perform: (state: FlowState, screen: FlowState['screen']): FlowState => ({ ...state, screen }),
};

export const typeQuery = {
  perform(state: FlowState, query: string): FlowState {
    if (isLocked(state)) return state;
    return { ...state, query, queryState: isCompleteQuery(query) ? 'committed' : 'typing' };
  },
};

/** The query is complete (left, confirmed, or a suggestion taken): its verdict may show. */
export const commitQuery = {
  perform(state: FlowState, query?: string): FlowState {
    if (isLocked(state)) return state;
    return { ...state, query: query ?? state.query, queryState: 'committed' };
  },
};
