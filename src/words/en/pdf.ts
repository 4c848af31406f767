// The referral PDF's words in English; nl/pdf.ts says what they are for.
import type * as nl from '../nl/pdf';

export const pdf: typeof nl.pdf = {
  title: 'Referral to the social service',
  docTitle: 'Referral',
  confidential: 'CONFIDENTIAL',
  organisation: 'Opgroeien regie · Kind en Gezin',
  reference: 'Reference',
  date: 'Date',
  protocol: 'Protocol',
  from: 'From',
  to: 'To',
  client: "Client's details",
  clientNote: 'Only the data article 3 of the protocol allows: name and contact details.',
  notGiven: '(not given)',
  consentTitle: 'Informed and consented (article 2)',
  consent: (service: string) =>
    `The client was informed of this referral and agrees that the first name, last name and contact details above are shared with ${service}.`,
  footer: (protocolId: string) =>
    `Sent under protocol ${protocolId} (article 8, §1 of the Flemish e-government decree of 18 July 2008). This data may only be used under that protocol; onward sharing only within the "geïntegreerd breed onthaal". Report errors in the data to Opgroeien regie.`,
  page: 'Page 1 of 1',
};
