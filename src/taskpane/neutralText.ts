// The neutral subject and body the pane offers: what the OCMW needs to open the file, and nothing
// about the client (the subject and body travel unencrypted). Always Dutch: the reader is a
// Flemish social service, whatever language the team member's Outlook speaks.
import type { Protocol } from '../domain';

export type NeutralText = { subject: string; body: string };

export function neutralText(reference: string, protocol: Protocol): NeutralText {
  return {
    subject: `Doorverwijzing Kind en Gezin ${reference}`,
    body: [
      `Beste collega van ${protocol.socialService.name},`,
      '',
      `In bijlage vindt u een doorverwijzing van ${protocol.localTeam} (referentie ${reference}), verstuurd onder protocol ${protocol.id}.`,
      '',
      'Het bestand is versleuteld met AES-256. Open het met 7-Zip (www.7-zip.org): Windows Verkenner en macOS Archiefhulpprogramma kunnen het niet openen.',
      'Het wachtwoord krijgt u apart, telefonisch of per sms. Het staat nooit in deze mail.',
      '',
      'Met vriendelijke groeten,',
      protocol.localTeam,
    ].join('\n'),
  };
}
