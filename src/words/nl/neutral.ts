// The neutral subject and body the pane offers (src/taskpane/neutralText.ts): what the OCMW needs
// to open the file, and nothing about the client (the subject and body travel unencrypted).
// Dutch only, with no English twin: the reader is a Flemish social service, whatever language
// the team member's Outlook speaks.

export type NeutralFacts = { readonly reference: string; readonly socialService: string; readonly localTeam: string };

export const neutral = {
  subject: (reference: string): string => `Doorverwijzing Kind en Gezin ${reference}`,
  body: (f: NeutralFacts): string =>
    [
      `Beste collega van ${f.socialService},`,
      '',
      // No internal codes (the protocol's id): the reader needs the reference only.
      `In bijlage vindt u een doorverwijzing van ${f.localTeam} (referentie ${f.reference}).`,
      '',
      'Het bestand is versleuteld met AES-256. Open het met 7-Zip (www.7-zip.org): Windows Verkenner en macOS Archiefhulpprogramma kunnen het niet openen.',
      'Het wachtwoord krijgt u apart, telefonisch of per sms. Het staat nooit in deze mail.',
      '',
      'Met vriendelijke groeten,',
    ].join('\n'),
};
