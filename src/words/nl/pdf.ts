// The referral PDF's words in Dutch (nl-BE): its headings, the consent it records and its footer
// (src/referral/pdf.ts lays them out). The field labels are the form's (form.ts).

export const pdf = {
  title: 'Doorverwijzing naar de sociale dienst',
  docTitle: 'Doorverwijzing',
  confidential: 'VERTROUWELIJK',
  organisation: 'Opgroeien regie · Kind en Gezin',
  reference: 'Referentie',
  date: 'Datum',
  protocol: 'Protocol',
  from: 'Van',
  to: 'Aan',
  client: 'Gegevens van de cliënt',
  clientNote: 'Alleen de gegevens die artikel 3 van het protocol toelaat: naam en contactgegevens.',
  notGiven: '(niet opgegeven)',
  consentTitle: 'Geïnformeerd en toestemming (artikel 2)',
  consent: (service: string): string =>
    `De cliënt werd geïnformeerd over deze doorverwijzing en stemt ermee in dat de voornaam, de achternaam en de contactgegevens hierboven gedeeld worden met ${service}.`,
  footer: (protocolId: string): string =>
    `Verstuurd onder protocol ${protocolId} (artikel 8, §1 van het e-govdecreet van 18 juli 2008). Deze gegevens mogen alleen gebruikt worden binnen dat protocol; verder delen kan alleen binnen het geïntegreerd breed onthaal. Meld fouten in de gegevens aan Opgroeien regie.`,
  page: 'Pagina 1 van 1',
};
