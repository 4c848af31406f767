// The phone's case table: recipients a team member can type in Outlook on iOS or Android, and the
// notice the phone's handler must leave on the mail (none, "ocmw" or "imitation"). One table, run
// twice: in Node through the handler and the real Office adapter (cases.test.ts), and through the
// built dist/mobile.js in a context with nothing newer than ES2016 (bundle.test.ts).
import type { PhoneNoticeKind } from '../../src/domain';
import { PHONE_NOTICE } from '../../src/domain';
import { PHONE_NOTICE_KEY } from '../../src/mobile/names';
import { COLLEAGUE, KONTICH, MESEN } from '../fixtures/mails';
import type { CaseMail, StandInOptions } from '../onsend/officeStandIn';

export type PhoneCase = {
  name: string;
  mail: CaseMail;
  options?: Omit<StandInOptions, 'clone'>;
  /** The notice left under PHONE_NOTICE_KEY afterwards; 'unchanged' = as it was before. */
  notice: PhoneNoticeKind | null | 'unchanged';
  lang?: 'nl' | 'en';
};

const shown = { [PHONE_NOTICE_KEY]: PHONE_NOTICE.ocmw.nl };
const many = Array.from({ length: 499 }, (_, i) => `collega${i}@kindengezin.be`);

export const PHONE_CASES: readonly PhoneCase[] = [
  // --- no notice -------------------------------------------------------------------------------
  { name: 'a new mail, no recipients yet', mail: {}, notice: null },
  { name: 'a colleague', mail: { to: [COLLEAGUE] }, notice: null },
  {
    name: 'a colleague in the directory whose display name names Kontich',
    mail: { to: [{ address: COLLEAGUE, name: 'An Peeters (Kind en Gezin Kontich)', type: 'user' }] },
    notice: null,
  },
  { name: 'a team list (a distribution list near no OCMW)', mail: { to: [{ address: 'team-ieper@kindengezin.be', type: 'distributionList' }] }, notice: null },
  { name: 'the OCMW recipient removed again: the notice goes', mail: { to: [COLLEAGUE] }, options: { notices: shown }, notice: null },
  // --- a registered mailbox --------------------------------------------------------------------
  { name: 'the registered mailbox in To', mail: { to: [MESEN] }, notice: 'ocmw' },
  { name: 'the registered mailbox in Bcc, next to a colleague', mail: { to: [COLLEAGUE], bcc: [KONTICH] }, notice: 'ocmw' },
  { name: 'the registered mailbox in capitals, with spaces', mail: { cc: ['  OCMW@Mesen.BE '] }, notice: 'ocmw' },
  { name: 'the registered mailbox after 499 colleagues', mail: { to: many.slice(0, 300), cc: many.slice(300), bcc: [KONTICH] }, notice: 'ocmw' },
  { name: 'a notice already shown: replaced, not stacked', mail: { to: [MESEN] }, options: { notices: shown }, notice: 'ocmw' },
  { name: 'in English when Outlook is in English', mail: { to: [MESEN] }, options: { displayLanguage: 'en-GB' }, notice: 'ocmw', lang: 'en' },
  // --- near an OCMW ----------------------------------------------------------------------------
  { name: 'a typo of the mailbox (ocmw@messen.be)', mail: { to: ['ocmw@messen.be'] }, notice: 'ocmw' },
  { name: 'ocmw@menen.be, another real OCMW', mail: { to: ['ocmw@menen.be'] }, notice: 'ocmw' },
  { name: "a social worker's own address at the OCMW's domain", mail: { to: ['jan.peeters@mesen.be'] }, notice: 'ocmw' },
  { name: 'a private address named "OCMW Mesen"', mail: { to: [{ address: 'maatschappelijk.werker@gmail.com', name: 'OCMW Mesen' }] }, notice: 'ocmw' },
  { name: 'a private address named "Sociale Dienst"', mail: { to: [{ address: 'an@example.org', name: 'Sociale Dienst' }] }, notice: 'ocmw' },
  // --- imitations ------------------------------------------------------------------------------
  { name: 'a Cyrillic look-alike', mail: { to: ['ocmw@m\u0435sen.be'] }, notice: 'imitation' },
  { name: '"rn" for "m"', mail: { to: ['ocrnw@mesen.be'] }, notice: 'imitation' },
  { name: 'a +tag', mail: { to: ['ocmw+doorverwijzing@mesen.be'] }, notice: 'imitation' },
  { name: 'a trailing dot', mail: { to: ['ocmw@mesen.be.'] }, notice: 'imitation' },
  { name: 'a longer domain built around the real one', mail: { to: ['ocmw@mesen.be.example.com'] }, notice: 'imitation' },
  { name: 'an xn-- domain', mail: { to: ['ocmw@xn--msen-v4d.be'] }, notice: 'imitation' },
  {
    name: 'a display name showing the registered mailbox over another address',
    mail: { to: [{ address: 'x@example.org', name: 'ocmw@mesen.be' }] },
    notice: 'imitation',
  },
  { name: 'an imitation and the real mailbox: the imitation is named', mail: { to: [MESEN, 'ocmw@m\u0435sen.be'] }, notice: 'imitation' },
  // --- Office failing --------------------------------------------------------------------------
  { name: 'Cc cannot be read, To holds the mailbox: the notice is shown', mail: { to: [MESEN] }, options: { fail: ['cc.getAsync'] }, notice: 'ocmw' },
  {
    name: 'Cc cannot be read, nothing near an OCMW elsewhere: the notice stays as it was',
    mail: { to: [COLLEAGUE] },
    options: { fail: ['cc.getAsync'], notices: shown },
    notice: 'unchanged',
  },
  {
    name: 'showing the notice fails: the event still completes',
    mail: { to: [MESEN] },
    options: { fail: ['notificationMessages.replaceAsync'] },
    notice: 'unchanged',
  },
];
