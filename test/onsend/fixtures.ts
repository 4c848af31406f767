// Mails as Outlook would hold them at Send: a simulated compose message with the headers and the
// zip the pane leaves behind, and the ways a team member can spoil it afterwards.
import { createHash } from 'node:crypto';
import { markerHeaders, shippedRelease } from '../../src/domain';
import type { SimulatedMessage } from '../../src/office/simulatedMailbox';
import { aesZip } from './zipBuilder';

export const REF = 'KG-20260302-7K3M9Q';
export const KONTICH = 'sociale.dienst@kontich.be';
export const MESEN = 'ocmw@mesen.be';
export const COLLEAGUE = 'an.peeters@kindengezin.be';
/** A Monday after the Kontich protocol entered into force (2026-02-28). */
export const NOW = new Date('2026-03-02T09:30:00Z');
/** Before it: the Kontich protocol is not yet in force. */
export const BEFORE_KONTICH = new Date('2026-02-20T09:30:00Z');

/** The zip the pane leaves: WinZip AES-256 entries (the Send check inspects it, it never opens it). */
export const ZIP_BYTES = aesZip(`doorverwijzing-${REF}.pdf`, 4096, 7);
/** Another AES zip for the same reference: what a swapped zip looks like. */
export const OTHER_ZIP_BYTES = aesZip(`doorverwijzing-${REF}.pdf`, 4096, 99);
export const ZIP_SHA = createHash('sha256').update(ZIP_BYTES).digest('hex');
export const ZIP_NAME = `doorverwijzing-${REF}.zip`;
export const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n% plaintext referral form\n%%EOF\n');

/** The headers as the pane writes them: with the version and registry of the build (shippedRelease). */
export const MARKER_HEADERS: Record<string, string> = markerHeaders({
  reference: REF,
  protocolId: 'kontich-2026',
  consent: 'confirmed',
  attachmentSha256: ZIP_SHA,
  addinVersion: shippedRelease().version,
  registry: shippedRelease().registry,
}) as Record<string, string>;
/** As a pane before version and registry headers wrote them: a draft from an older version. */
export const OLDER_PANE_HEADERS: Record<string, string> = markerHeaders({
  reference: REF,
  protocolId: 'kontich-2026',
  consent: 'confirmed',
  attachmentSha256: ZIP_SHA,
}) as Record<string, string>;

/** A referral exactly as the pane leaves it: registered mailbox in To, zip attached, headers set. */
export function preparedReferral(over: Partial<SimulatedMessage> = {}): Partial<SimulatedMessage> {
  return {
    to: [{ emailAddress: KONTICH, displayName: 'OCMW Kontich' }],
    cc: [],
    bcc: [],
    subject: `Doorverwijzing ${REF}`,
    body: `Beste,\n\nIn bijlage een doorverwijzing (referentie ${REF}), versleuteld met AES-256. Open het bestand met 7-Zip; het wachtwoord krijgt u telefonisch.\n\nMet vriendelijke groet`,
    attachments: [{ name: ZIP_NAME, bytes: ZIP_BYTES }],
    headers: { ...MARKER_HEADERS },
    ...over,
  };
}

/** An everyday mail to a colleague, with a plaintext attachment. */
export function ordinaryMail(over: Partial<SimulatedMessage> = {}): Partial<SimulatedMessage> {
  return {
    to: [{ emailAddress: COLLEAGUE, displayName: 'An Peeters' }],
    cc: [],
    bcc: [],
    subject: 'Teamoverleg dinsdag',
    body: 'Hoi An, hierbij de agenda.',
    attachments: [{ name: 'agenda.pdf', bytes: PDF_BYTES }],
    headers: {},
    ...over,
  };
}
