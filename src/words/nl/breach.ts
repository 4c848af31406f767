// The report of a data leak to both DPOs (article 9; src/taskpane/breachReport.ts): the reference,
// the protocol, the date and the address it went to, and nothing about the client. Dutch only,
// with no English twin: the DPOs are Flemish, whatever language the team member's Outlook speaks.

export type BreachWordsFacts = {
  /** Empty when the team member does not know it. */
  readonly reference: string;
  readonly protocolId: string;
  readonly socialService: string;
  readonly localTeam: string;
  /** The day as the report says it ("3 december 2026"). */
  readonly sentOn: string;
  /** Empty when the team member does not know it. */
  readonly sentTo: string;
};

const UNKNOWN = '(niet bekend)';

export const breach = {
  subject: (f: BreachWordsFacts): string => `Melding gegevenslek doorverwijzing ${f.reference === '' ? '' : `${f.reference} `}(protocol ${f.protocolId})`,
  body: (f: BreachWordsFacts): string =>
    [
      'Beste,',
      '',
      `Ik meld een gegevenslek bij een doorverwijzing van Kind en Gezin naar ${f.socialService}, zoals artikel 9 van het protocol ${f.protocolId} vraagt.`,
      '',
      `Referentie van de doorverwijzing: ${f.reference === '' ? UNKNOWN : f.reference}`,
      `Protocol: ${f.protocolId} (${f.localTeam}, ${f.socialService})`,
      `Verstuurd op: ${f.sentOn}`,
      `Verstuurd naar: ${f.sentTo === '' ? UNKNOWN : f.sentTo}`,
      '',
      'Deze melding bevat bewust geen gegevens van de cliënt.',
      '',
      'Met vriendelijke groeten,',
      f.localTeam,
    ].join('\n'),
};
