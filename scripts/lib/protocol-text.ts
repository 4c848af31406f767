// Does a registry record say what its signed protocol says? The fields that docs/registry-
// maintenance.md takes from the text (section 1, "Which part of the protocol gives which field")
// are looked up in the text with the same phrases that table quotes, so a record copied from
// another one and not fully filled in (the other OCMW's mailbox, KBO or DPO left standing) is
// caught before review. It cannot see a wrong record copied from a wrong text: that stays the
// reviewer's job (section 4).
import type { ProtocolRecord } from '../../src/domain/registrySchema';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "01/02/2024", "4/2/2026", "28 februari 2026" -> "2024-02-01" (day-month-year, as the protocols write). */
export function protocolDate(text: string): string | null {
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const written = /^(\d{1,2}) ([a-z]+) (\d{4})$/i.exec(text.trim());
  let day: number;
  let month: number;
  let year: string;
  if (numeric) {
    day = Number(numeric[1]);
    month = Number(numeric[2]);
    year = numeric[3] as string;
  } else if (written) {
    day = Number(written[1]);
    month = MONTHS.indexOf((written[2] as string).toLowerCase()) + 1;
    year = written[3] as string;
  } else return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE = String.raw`(\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2} [a-z]+ \d{4})`;

/** Every field of the record that its protocol text does not bear out; empty when all do. */
export function protocolTextProblems(record: ProtocolRecord, text: string): string[] {
  // The texts break lines and mark bold with ** at will: compare on single-spaced plain text.
  const flat = text.replace(/\*\*/g, '').replace(/\s+/g, ' ');
  const problems: string[] = [];
  const expect = (field: string, found: boolean, where: string): void => {
    if (!found) problems.push(`${record.id}: ${field} is not in ${record.source.document} (${where})`);
  };
  expect(`mailbox "${record.mailbox}"`, flat.includes(`naar volgende mailadres: ${record.mailbox}`), 'Art. 6: "naar volgende mailadres: …"');
  expect(`dpo.opgroeien "${record.dpo.opgroeien}"`, flat.includes(`Opgroeien regie: ${record.dpo.opgroeien}`), 'Art. 9: "Contacten hiervoor zijn"');
  expect(`dpo.socialService "${record.dpo.socialService}"`, new RegExp(`: ${escape(record.dpo.socialService)}(?![\\w.-])`).test(flat), 'Art. 9');
  expect(`socialService.kbo "${record.socialService.kbo}"`, flat.includes(`KBO met nummer ${record.socialService.kbo}`), 'parties clause');
  const { street, postcode, municipality } = record.socialService.address;
  expect(
    `socialService.address "${street}, ${postcode} ${municipality}"`,
    flat.includes(`maatschappelijke zetel te ${street}, ${postcode} ${municipality}`),
    'parties clause: "met maatschappelijke zetel te …"',
  );
  expect(`localTeam "${record.localTeam}"`, flat.includes(`(lokaal team ${record.localTeam})`), 'title');

  const inForce = new RegExp(`treedt in werking op ${DATE}`, 'i').exec(flat);
  expect(
    `inForceFrom ${record.inForceFrom}`,
    inForce !== null && protocolDate(inForce[1] as string) === record.inForceFrom,
    'Art. 11: "treedt in werking op …"',
  );
  const signed = new RegExp(`Opgemaakt te (.+?) op ${DATE}`).exec(flat);
  expect(
    `signed ${record.signed.place} ${record.signed.date}`,
    signed !== null && signed[1] === record.signed.place && protocolDate(signed[2] as string) === record.signed.date,
    'closing line: "Opgemaakt te … op …"',
  );
  return problems;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
