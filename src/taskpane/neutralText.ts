// The neutral subject and body the pane offers: what the OCMW needs to open the file, and nothing
// about the client (the subject and body travel unencrypted). Always Dutch: the reader is a
// Flemish social service, whatever language the team member's Outlook speaks. The body goes
// above the team member's own Outlook signature (MailboxPort.setBodyTextAboveSignature).
import type { Protocol } from '../domain';

export type NeutralText = { subject: string; body: string };

export function neutralText(reference: string, protocol: Protocol): NeutralText {
  return {
    subject: `Doorverwijzing Kind en Gezin ${reference}`,
    body: [
      `Beste collega van ${protocol.socialService.name},`,
      '',
      // No internal codes (the protocol's id): the reader needs the reference only.
      `In bijlage vindt u een doorverwijzing van ${protocol.localTeam} (referentie ${reference}).`,
      '',
      'Het bestand is versleuteld met AES-256. Open het met 7-Zip (www.7-zip.org): Windows Verkenner en macOS Archiefhulpprogramma kunnen het niet openen.',
      'Het wachtwoord krijgt u apart, telefonisch of per sms. Het staat nooit in deze mail.',
      '',
      'Met vriendelijke groeten,',
    ].join('\n'),
  };
}

/**
 * Who signs, when the team member's Outlook adds no signature of its own: their name (the OCMW
 * must know whom to call back) and their team.
 */
export function signoff(protocol: Protocol, userDisplayName: string): string {
  return [userDisplayName.trim(), protocol.localTeam].filter((line) => line !== '').join('\n');
}
