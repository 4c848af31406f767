// What Outlook on a phone shows on the mail being written (src/mobile, a notice of at most 150
// characters: Office refuses longer) when a recipient is, imitates or comes near an OCMW's
// registered mailbox (phoneNotice.ts). The Send check does not run on a phone: this only informs.
// Its own file, so that the phone's bundle carries these two sentences and none of the others.
import type { PhoneNoticeKind } from '../../domain/reasonParams';

export const notice: { readonly [K in PhoneNoticeKind]: string } = {
  ocmw: 'Een doorverwijzing naar het OCMW kan niet vanuit Outlook op uw telefoon. Gebruik Outlook op de computer of op het web.',
  imitation: 'Let op: een ontvanger lijkt op een OCMW-adres maar is het niet. Een doorverwijzing kan alleen via Outlook op de computer of het web.',
};
