// The phone's notice in English; nl/phone.ts says what it is for.
import type * as nl from '../nl/phone';

export const notice: typeof nl.notice = {
  ocmw: 'A referral to the OCMW cannot be sent from Outlook on your phone. Use Outlook on a computer or on the web.',
  imitation: 'Careful: a recipient imitates an OCMW address but is not one. A referral can only go through Outlook on a computer or on the web.',
};
