// Builds the MailSnapshot of the mail as it is now, for the final check.
//
// TEMPORARY: src/office/readSnapshot.ts (`readMailSnapshot(port, known)`, another engineer's) is
// meant to be the one reader the pane and the Send handler share. Until it lands this module has
// the same shape, so switching is a one-line import change. Keep it small and do not grow it.
import type { ClientDetails, MailSnapshot, MarkerResult, SnapshotAttachment } from '../domain';
import { REFERRAL_HEADER_NAMES, parseMailSnapshot, parseMarker } from '../domain';
import type { MailboxPort } from '../office/port';
import type { Call } from './mailActions';
import { readRecipients, sha256Hex } from './mailActions';

export type KnownToPane = {
  location: { by: 'postcode' | 'municipality' | 'nis' | 'protocolId'; value: string } | null;
  consentConfirmed: boolean;
  password?: string;
  client?: ClientDetails;
  encryptedZipSha256?: string;
};

const OUR_ZIP = /^doorverwijzing-KG-\d{8}-[0-9A-Z]{6}\.zip$/;

export async function readMailSnapshot(port: MailboxPort, known: KnownToPane, call: Call): Promise<{ snapshot: MailSnapshot; marker: MarkerResult }> {
  const [recipients, subject, body, list, headers] = await Promise.all([
    readRecipients(port, call),
    call(() => port.getSubject()),
    call(() => port.getBodyText()),
    call(() => port.getAttachments()),
    call(() => port.getInternetHeaders(REFERRAL_HEADER_NAMES)),
  ]);
  const marker = parseMarker(headers);
  const attachments: SnapshotAttachment[] = [];
  for (const a of list) {
    const isOurEncryptedZip = a.attachmentType === 'file' && OUR_ZIP.test(a.name);
    // Only our zips are hashed: their hash is what the header recorded.
    const sha256 = isOurEncryptedZip ? await sha256Hex(await call(() => port.getAttachmentContent(a.id))) : undefined;
    attachments.push({ name: a.name, size: a.size, isOurEncryptedZip, ...(sha256 ? { sha256 } : {}) });
  }
  const expected = known.encryptedZipSha256 ?? (marker.status === 'valid' ? marker.marker.attachmentSha256 : undefined);
  const parsed = parseMailSnapshot({
    location: known.location,
    recipients,
    consentConfirmed: known.consentConfirmed,
    subject,
    body,
    attachments,
    ...(known.password ? { password: known.password } : {}),
    ...(known.client ? { client: known.client } : {}),
    ...(expected ? { encryptedZipSha256: expected } : {}),
  });
  if (!parsed.ok) throw new Error('snapshot-invalid');
  return { snapshot: parsed.snapshot, marker };
}
