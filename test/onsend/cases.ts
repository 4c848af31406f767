// The Send check's case table: mails a team member can really send, and what Outlook must do
// with each (allow, block, or prompt with "Send Anyway"), with the reasons it shows. One table, run
// twice: in Node through the handler and the real Office adapter (cases.test.ts), and through the
// built dist/onsend.js in a context with nothing newer than ES2016 (bundle.test.ts). Both must
// give these verdicts.
import { createHash } from 'node:crypto';
import type { Outcome, ReasonCode } from '../../src/domain';
import {
  ACKNOWLEDGEMENT_SESSION_KEY,
  SEND_CHECK_TEST_ADDRESS,
  TRACES_SESSION_KEY,
  buildTraces,
  markerHeaders,
  ourZipName,
  protocolWords,
  shippedRelease,
} from '../../src/domain';
import { wordList } from '../../src/domain/passwordWords';
import { neutralText } from '../../src/taskpane/neutralText';
import { CLIENT, SALT, registry } from '../fixtures/rules';
import {
  BEFORE_KONTICH,
  COLLEAGUE,
  KONTICH,
  MARKER_HEADERS,
  MESEN,
  OLDER_PANE_HEADERS,
  OTHER_ZIP_BYTES,
  PDF_BYTES,
  REF,
  ZIP_BYTES,
  ZIP_NAME,
} from '../fixtures/mails';
import type { CaseMail } from './officeStandIn';
import { npmRunEncrypt, sevenZipAes } from './realZips';
import { jpeg, png } from './images';
import { buildZip, pseudoRandom } from './zipBuilder';

export type SendCase = {
  name: string;
  mail: CaseMail;
  now?: Date;
  /** The client's Mailbox requirement set; default 1.14. */
  mailbox?: string;
  /** false: the client has no sessionData (Mailbox < 1.11). */
  sessionData?: boolean;
  outcome: Outcome;
  /** The reason codes, in the order the user reads them (contextData). */
  codes?: ReasonCode[];
  /** Words the Smart Alert must show. */
  says?: string[];
};

const kontich = registry.protocols.find((p) => p.id === 'kontich-2026');
if (!kontich) throw new Error('kontich-2026 missing from the registry');
const NEUTRAL = neutralText(REF, kontich);
/** What the pane stores in sessionData for the client in test/fixtures/rules.ts (Jan Van den Broeck). */
const TRACES = { [TRACES_SESSION_KEY]: JSON.stringify(buildTraces({ client: CLIENT }, SALT)) };
const PASSWORD = '7K3M-Q9TX-4HNB-W2ZR';
/** A word password as the pane makes them today: seven words of the list (src/domain/passwordWords.txt). */
const WORDS = [wordList()[40], wordList()[400], wordList()[800], wordList()[1200], wordList()[1600], wordList()[2000], wordList()[7]] as string[];
const WORD_PASSWORD = WORDS.join('-');
/** A checksum-valid national register number (born 30 July 1985). */
const NRN = '85.07.30-033.28';

/** The traces the pane stores for a client, as the pane builds them: the protocol's words and the team member's name are weak. */
function tracesFor(client: { firstName?: string; lastName?: string }, ownName = 'An Peeters'): Record<string, string> {
  return { [TRACES_SESSION_KEY]: JSON.stringify(buildTraces({ client, exclude: protocolWords(kontich as NonNullable<typeof kontich>), ownName }, SALT)) };
}
/** The pane's record of "Toch verzenden" on the given findings, for traces salted SALT (or another salt). */
function acknowledged(findings: string[], salt = SALT): Record<string, string> {
  return { [ACKNOWLEDGEMENT_SESSION_KEY]: JSON.stringify({ v: 1, salt, findings }) };
}
const BEN = tracesFor({ firstName: 'Ben', lastName: 'Goossens' });
const BEN_WEAK = 'content-client-name-word:body:first:common-word';
const GUID_LINK =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjU5ZTk0YzQtY2E2Ny00MjM4LWI2YzItNTBlNWE3ZjI1M2Rl%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%7d';

const zip = { name: ZIP_NAME, bytes: ZIP_BYTES };
const logo = { name: 'image001.png', bytes: pseudoRandom(900, 3), isInline: true };
const form = { name: 'Verwijsformulier.pdf', bytes: PDF_BYTES };
const agenda = { name: 'agenda.pdf', bytes: PDF_BYTES };
/** Outlook names a pasted screenshot image001.png too: only its pixels tell it from a logo. */
const screenshot = { name: 'image001.png', bytes: png(1280, 720), isInline: true };
const pngLogo = { name: 'image001.png', bytes: png(200, 60, 2), isInline: true };
const inlinePdf = { name: 'image002.pdf', bytes: PDF_BYTES, isInline: true };
const photo = { name: 'IMG_2034.jpg', bytes: jpeg(3024, 4032) };
const MB2 = 2 * 1024 * 1024;
/** The traces the pane left, but cut short (a damaged or truncated sessionData). */
const TRUNCATED_TRACES = { [TRACES_SESSION_KEY]: '{"v":1' };
const thousands = Array.from({ length: 1200 }, (_, i) => `collega${i}@kindengezin.be`);

/** The referral as the pane leaves it: registered mailbox in To, neutral text, zip, headers, traces. */
function prepared(over: CaseMail = {}): CaseMail {
  return {
    to: [{ address: KONTICH, name: 'OCMW Kontich' }],
    subject: NEUTRAL.subject,
    body: NEUTRAL.body,
    attachments: [zip],
    headers: MARKER_HEADERS,
    sessionData: TRACES,
    ...over,
  };
}

/** Hand-set headers whose hash matches `bytes`. */
function headersFor(bytes: Uint8Array, reference = REF): Record<string, string> {
  return markerHeaders({
    reference,
    protocolId: 'kontich-2026',
    consent: 'confirmed',
    attachmentSha256: createHash('sha256').update(bytes).digest('hex'),
  });
}

const PLAIN_ZIP = buildZip([{ name: 'Verwijsformulier Jan Van den Broeck.pdf', data: PDF_BYTES, kind: 'plain' }]);
const ZIPCRYPTO_ZIP = buildZip([{ name: `doorverwijzing-${REF}.pdf`, data: pseudoRandom(3000, 5), kind: 'zipcrypto' }]);
const AES128_ZIP = buildZip([{ name: `doorverwijzing-${REF}.pdf`, data: pseudoRandom(3000, 6), aesStrength: 1 }]);
const NAMED_AES_ZIP = buildZip([{ name: 'Van den Broeck Jan.pdf', data: pseudoRandom(3000, 8) }]);

/** Run from source, the same version and registry digest the test bundle was built with (both: the fixture). */
const RELEASE = shippedRelease();

// The zip verified by its content: AES-256 headers over readable data, readable bytes in an extra
// field, a number in the entry name's suffix; and the real tools' zips, which must pass.
const AES_OVER_PLAINTEXT = buildZip([{ name: `doorverwijzing-${REF}.pdf`, data: PDF_BYTES }]);
const PLAINTEXT_IN_EXTRA = buildZip([{ name: `doorverwijzing-${REF}.pdf`, data: pseudoRandom(3000, 12), extra: [{ id: 0x000a, data: PDF_BYTES }] }]);
const NUMBER_IN_SUFFIX = buildZip([{ name: `doorverwijzing-${REF}-85073003328.pdf`, data: pseudoRandom(3000, 13) }]);
const SEVEN_ZIP = sevenZipAes(REF);
const ENCRYPT_CLI = npmRunEncrypt();
/** A referral whose zip is `bytes`, under headers hand-set to match it (as a tool or a hostile sender would). */
const withZip = (bytes: Uint8Array, reference = REF): CaseMail =>
  prepared({ attachments: [{ name: ourZipName(reference), bytes }], headers: headersFor(bytes, reference) });

const colleagues = Array.from({ length: 60 }, (_, i) => `collega${i}@kindengezin.be`);
const twenty = Array.from({ length: 20 }, (_, i) => ({ name: `bijlage-${i}.pdf`, bytes: PDF_BYTES }));

export const CASES: readonly SendCase[] = [
  // --- ordinary mail: allowed at once -----------------------------------------------------
  {
    name: 'a mail to a colleague with an attachment',
    mail: { to: [COLLEAGUE], subject: 'Teamoverleg', body: 'Hoi, hierbij de agenda.', attachments: [{ name: 'agenda.pdf', bytes: PDF_BYTES }] },
    outcome: 'allow',
  },
  {
    name: '60 recipients and 20 attachments',
    mail: { to: colleagues.slice(0, 40), cc: colleagues.slice(40), subject: 'Nieuwsbrief', body: 'Zie bijlagen.', attachments: twenty },
    outcome: 'allow',
  },
  {
    name: 'a team list without attachments',
    mail: { to: [{ address: 'team@kindengezin.be', type: 'distributionList' }], subject: 'Vergadering', body: 'Dinsdag 10 uur.' },
    outcome: 'allow',
  },
  {
    name: 'a team list, only a signature logo',
    mail: { to: [{ address: 'team@kindengezin.be', type: 'distributionList' }], body: 'Dinsdag.', attachments: [logo] },
    outcome: 'allow',
  },
  {
    name: 'a colleague in the directory whose display name names Kontich',
    mail: { to: [{ address: COLLEAGUE, name: 'An Peeters (Kind en Gezin Kontich)', type: 'user' }], attachments: [form] },
    outcome: 'allow',
  },
  {
    name: 'a password-shaped string to a colleague (not near an OCMW: never read)',
    mail: { to: [COLLEAGUE], body: `Wachtwoord: ${PASSWORD}` },
    outcome: 'allow',
  },

  // --- the admin's test mail: held, naming the build, through the whole check ------------------
  {
    name: "the admin's test mail to verzendcontrole@test.invalid",
    mail: { to: [SEND_CHECK_TEST_ADDRESS], subject: 'Test', body: '' },
    outcome: 'block',
    codes: ['send-check-test'],
    says: ['Testmail', 'werkt op dit toestel', `versie ${RELEASE.version}`, `register ${RELEASE.registry}`],
  },
  {
    name: 'the test address written in capitals in Bcc, beside a colleague',
    mail: { to: [COLLEAGUE], bcc: ['VerzendControle@TEST.invalid'], subject: 'Test' },
    outcome: 'block',
    codes: ['send-check-test'],
  },
  {
    name: 'the test mail on a client without Mailbox 1.14 is held all the same',
    mail: { to: [SEND_CHECK_TEST_ADDRESS] },
    mailbox: '1.12',
    outcome: 'block',
    says: ['Testmail', `register ${RELEASE.registry}`],
  },
  {
    name: 'a real mailbox called verzendcontrole is an ordinary recipient',
    mail: { to: ['verzendcontrole@kindengezin.be', 'verzendcontrole@test.invalid.example.org'], attachments: [form] },
    outcome: 'allow',
  },
  {
    name: 'a prepared referral with the test address in Cc: the test and the referral rules both hold it',
    mail: prepared({ cc: [SEND_CHECK_TEST_ADDRESS] }),
    outcome: 'block',
    codes: ['send-check-test', 'recipient-not-registered', 'recipient-cc'],
  },

  // --- referrals from the pane ----------------------------------------------------------
  { name: 'the referral as the pane prepared it', mail: prepared(), outcome: 'allow' },
  { name: 'the referral on a client without sessionData (Mailbox < 1.11)', mail: prepared(), sessionData: false, outcome: 'allow' },
  { name: 'a draft prepared by an older pane, without version and registry headers', mail: prepared({ headers: OLDER_PANE_HEADERS }), outcome: 'allow' },
  {
    name: 'a version header that carries something else (a name)',
    mail: prepared({ headers: { ...MARKER_HEADERS, 'X-KG-Addin-Version': '1.0.0 Jan Van den Broeck' } }),
    outcome: 'block',
    codes: ['referral-marker-invalid'],
    says: ['X-KG-Addin-Version'],
  },
  {
    name: 'a registry header alone on an ordinary-looking mail marks it, and it is incomplete',
    mail: { to: [COLLEAGUE], subject: 'Teamoverleg', headers: { 'X-KG-Registry': '0123456789ab' } },
    outcome: 'block',
    codes: ['referral-marker-invalid', 'referral-marker-invalid', 'referral-marker-invalid', 'referral-marker-invalid'],
  },
  { name: 'a Cc added after encryption', mail: prepared({ cc: [COLLEAGUE] }), outcome: 'block', codes: ['recipient-not-registered', 'recipient-cc'] },
  {
    name: 'the zip swapped after encryption',
    mail: prepared({ attachments: [{ name: ZIP_NAME, bytes: OTHER_ZIP_BYTES }] }),
    outcome: 'block',
    codes: ['attachment-changed-after-encryption'],
  },
  { name: 'a plaintext form next to the zip', mail: prepared({ attachments: [zip, form] }), outcome: 'block', codes: ['attachment-not-encrypted'] },
  {
    name: 'a signature logo in the referral',
    mail: prepared({ attachments: [zip, logo] }),
    outcome: 'block',
    codes: ['attachment-inline'],
    says: ['image001.png', 'taakvenster verwijdert'],
  },
  { name: 'sent before the protocol is in force', mail: prepared(), now: BEFORE_KONTICH, outcome: 'block', codes: ['protocol-not-yet-in-force'] },
  {
    name: 'a damaged marker',
    mail: prepared({ headers: { ...MARKER_HEADERS, 'X-KG-Attachment-SHA256': 'not-a-hash' } }),
    outcome: 'block',
    codes: ['referral-marker-invalid'],
  },
  {
    name: 'the password pasted into the body',
    mail: prepared({ body: `${NEUTRAL.body}\n\nWachtwoord: ${PASSWORD}` }),
    outcome: 'block',
    codes: ['content-password-shape'],
  },
  {
    name: 'the password spaced, in lower case, in the subject',
    mail: prepared({ subject: `${NEUTRAL.subject} 7k3m q9tx 4hnb w2zr` }),
    outcome: 'block',
    codes: ['content-password-shape'],
  },
  { name: 'the password without hyphens', mail: prepared({ body: 'code 7K3MQ9TX4HNBW2ZR' }), outcome: 'block', codes: ['content-password-shape'] },
  {
    name: "the client's name in the subject",
    mail: prepared({ subject: 'Doorverwijzing Van den Broeck' }),
    outcome: 'block',
    codes: ['content-client-name'],
    says: ['naam van de cliënt'],
  },
  {
    name: "the client's phone and e-mail in the body",
    mail: prepared({ body: 'Bel 0470/12.34.56 of mail JAN.VDB@example.org' }),
    outcome: 'block',
    // "jan" alone is also a common word: a question beside the refusals.
    codes: ['content-client-phone', 'content-client-email', 'content-client-name-word'],
  },
  ...(
    [
      ['joined', 'Doorverwijzing Vandenbroeck'],
      ['with a soft hyphen', 'Doorverwijzing Van den Bro\u00ADeck'],
      ['with zero-width characters', 'Doorverwijzing Van\u200Bden\u2060Broeck'],
      ['last name first, particles after', 'Broeck, Jan Van den'],
      ['in capitals', 'DOORVERWIJZING JAN VAN DEN BROECK'],
      ['with Cyrillic look-alike letters', 'Doorverwijzing J\u0430n V\u0430n den Br\u043Eeck'],
      ['with Greek and mathematical look-alike letters', 'Doorverwijzing \u{1D409}an Van den Br\u03BFeck'],
    ] as const
  ).map(([how, subject]): SendCase => ({
    name: `the client's name ${how} in the subject`,
    mail: prepared({ subject }),
    outcome: 'block',
    codes: ['content-client-name'],
  })),
  ...(
    [
      ['with the en dash of Outlook autoformat', 'Bel 0470 \u2013 12 34 56'],
      ['in full-width digits', 'Bel \uFF10\uFF14\uFF17\uFF10 \uFF11\uFF12 \uFF13\uFF14 \uFF15\uFF16'],
      ['with the country code', 'Bel +32 470 12 34 56'],
      ['in Arabic-Indic digits', 'Bel \u0660\u0664\u0667\u0660 \u0661\u0662 \u0663\u0664 \u0665\u0666'],
      ['in Devanagari digits', 'Bel \u0966\u096A\u096D\u0966\u0967\u0968\u0969\u096A\u096B\u096C'],
    ] as const
  ).map(([how, body]): SendCase => ({ name: `the client's phone ${how}`, mail: prepared({ body }), outcome: 'block', codes: ['content-client-phone'] })),
  ...(
    [
      ['with (at)', 'Mail vdb (at) example.org, voornaam jan'],
      ['with [at] and [dot]', 'jan.vdb [at] example [dot] org'],
      ['in words', 'jan punt vdb apenstaartje example punt org'],
      ['URL-encoded in a link', 'mailto:jan.vdb%40example.org'],
    ] as const
  ).map(([how, body]): SendCase => ({
    name: `the client's e-mail written ${how}`,
    mail: prepared({ body: `Contact: ${body.replace('vdb (at)', 'jan.vdb (at)')}` }),
    outcome: 'block',
    says: ['e-mailadres van de cliënt'],
  })),
  {
    name: 'a national register number in the body',
    mail: prepared({ body: `${NEUTRAL.body}\n\nRRN ${NRN}` }),
    outcome: 'block',
    codes: ['content-national-number'],
    says: ['rijksregisternummer'],
  },
  {
    name: 'a national register number without separators in the subject',
    mail: prepared({ subject: `${NEUTRAL.subject} 85073003328` }),
    outcome: 'block',
    codes: ['content-national-number'],
  },
  {
    name: 'a national register number in Arabic-Indic digits',
    mail: prepared({ body: `${NEUTRAL.body}\n\nRRN \u0668\u0665.\u0660\u0667.\u0663\u0660-\u0660\u0663\u0663.\u0662\u0668` }),
    outcome: 'block',
    codes: ['content-national-number'],
  },
  {
    name: 'our password with Cyrillic look-alike letters',
    mail: prepared({ body: `${NEUTRAL.body}\n\n7\u041A3\u041C-Q9TX-4\u041DNB-W2ZR` }),
    outcome: 'block',
    codes: ['content-password-shape'],
  },
  ...(
    [
      ['after a colon', `Het wachtwoord: ${PASSWORD}`],
      ['with ", " between the groups', '7K3M, Q9TX, 4HNB, W2ZR'],
      ['one group per bullet', 'Wachtwoord:\n\u2022 7K3M\n\u2022 Q9TX\n\u2022 4HNB\n\u2022 W2ZR'],
      ['one group per line', '7K3M\nQ9TX\n4HNB\nW2ZR'],
      ['with four spaces between the groups', '7K3M    Q9TX    4HNB    W2ZR'],
      ['with a zero-width space inside', '7K3M-Q9\u200BTX-4HNB-W2ZR'],
      ['with word joiners and no-break spaces', '7K3M\u2060\u00A0Q9TX\u00A04HNB\u2060\u00A0W2ZR'],
    ] as const
  ).map(([how, text]): SendCase => ({
    name: `the password ${how}`,
    mail: prepared({ body: `${NEUTRAL.body}\n${text}` }),
    outcome: 'block',
    codes: ['content-password-shape'],
  })),
  ...(
    [
      ['as the pane shows it', `Wachtwoord: ${WORD_PASSWORD}`],
      ['in capitals, spaced', WORDS.join(' ').toUpperCase()],
      ['one word per line, numbered as in the pane', WORDS.map((w, i) => `${i + 1}\n${w}`).join('\n')],
      ['as a bulleted list', WORDS.map((w) => `\u2022 ${w}`).join('\n')],
      ['without hyphens', WORDS.join('')],
      ['three of its words with commas', `${WORDS[2]}, ${WORDS[3]}, ${WORDS[4]}`],
      ['with zero-width spaces and soft hyphens inside the words', WORDS.map((w) => `${w.slice(0, 2)}\u200B${w.slice(2, 3)}\u00AD${w.slice(3)}`).join(' - ')],
      [
        'in full-width letters',
        WORDS.slice(0, 3)
          .map((w) => [...w].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''))
          .join(' '),
      ],
    ] as const
  ).map(([how, text]): SendCase => ({
    name: `the word password ${how}`,
    mail: prepared({ body: `${NEUTRAL.body}\n${text}` }),
    outcome: 'block',
    codes: ['content-password-shape'],
  })),
  {
    name: 'two words of the password are not yet a password (a run of three is)',
    mail: prepared({ body: `${NEUTRAL.body}\n${WORDS[0]} ${WORDS[1]}` }),
    outcome: 'allow',
  },
  // Weak findings: a question, on clients that can ask; the pane's "Toch verzenden" on those that cannot.
  {
    name: 'client "Ben" and "Ik ben bereikbaar": a question, not a refusal',
    mail: prepared({ body: `${NEUTRAL.body}\n\nIk ben bereikbaar op dinsdag.`, sessionData: BEN }),
    outcome: 'prompt',
    codes: ['content-client-name-word'],
    says: ['voornaam van de cliënt', 'gewoon Nederlands woord'],
  },
  {
    name: 'client "Ben" and "Ik ben bereikbaar" on Mailbox 1.12: held, and sent to the task pane',
    mail: prepared({ body: `${NEUTRAL.body}\n\nIk ben bereikbaar op dinsdag.`, sessionData: BEN }),
    mailbox: '1.12',
    outcome: 'block',
    says: ['Toch verzenden', 'taakvenster'],
  },
  {
    name: 'client "Ben" on Mailbox 1.12 after "Toch verzenden" in the pane: allowed',
    mail: prepared({ body: `${NEUTRAL.body}\n\nIk ben bereikbaar op dinsdag.`, sessionData: { ...BEN, ...acknowledged([BEN_WEAK]) } }),
    mailbox: '1.12',
    outcome: 'allow',
  },
  {
    name: 'an acknowledgement never hides a strong finding: the whole name after "Toch verzenden"',
    mail: prepared({
      body: `${NEUTRAL.body}\n\nIk ben bereikbaar. Over Ben Goossens.`,
      sessionData: { ...BEN, ...acknowledged([BEN_WEAK, 'content-client-name']) },
    }),
    mailbox: '1.12',
    outcome: 'block',
    says: ['bevat de naam van de cliënt'],
  },
  {
    name: 'an acknowledgement for other traces (another referral) covers nothing',
    mail: prepared({ body: `${NEUTRAL.body}\n\nIk ben bereikbaar op dinsdag.`, sessionData: { ...BEN, ...acknowledged([BEN_WEAK], 'f'.repeat(32)) } }),
    outcome: 'prompt',
    codes: ['content-client-name-word'],
  },
  {
    name: 'an acknowledgement that does not cover a new weak finding asks again',
    mail: prepared({
      body: `${NEUTRAL.body}\n\nIk ben bereikbaar op dinsdag.`,
      sessionData: { ...tracesFor({ firstName: 'Ben', lastName: 'Wolf' }), ...acknowledged([BEN_WEAK]) },
    }),
    outcome: 'allow',
  },
  {
    name: 'client Peeters, and the team member\'s own signature "An Peeters"',
    mail: prepared({ body: `${NEUTRAL.body}\n\nAn Peeters\ngezinsondersteuner`, sessionData: tracesFor({ firstName: 'Wout', lastName: 'Peeters' }) }),
    outcome: 'prompt',
    codes: ['content-client-name-word'],
    says: ['uw eigen naam'],
  },
  {
    name: 'client surname "Rand" and the untouched neutral text (the team is "Zuid-Oost Rand Antwerpen")',
    mail: prepared({ sessionData: tracesFor({ firstName: 'Wout', lastName: 'Rand' }) }),
    outcome: 'prompt',
    codes: ['content-client-name-word'],
  },
  {
    name: 'client surname "Kontich", the municipality the neutral text names',
    mail: prepared({ sessionData: tracesFor({ firstName: 'Wout', lastName: 'Kontich' }) }),
    outcome: 'prompt',
    codes: ['content-client-name-word'],
    says: ['woord uit het protocol'],
  },
  {
    name: 'hand-set headers over a plaintext zip named after the client',
    mail: prepared({ attachments: [{ name: ZIP_NAME, bytes: PLAIN_ZIP }], headers: headersFor(PLAIN_ZIP) }),
    outcome: 'block',
    codes: ['attachment-zip-not-aes256', 'attachment-zip-entry-name'],
  },
  {
    name: 'a ZipCrypto zip under our headers',
    mail: prepared({ attachments: [{ name: ZIP_NAME, bytes: ZIPCRYPTO_ZIP }], headers: headersFor(ZIPCRYPTO_ZIP) }),
    outcome: 'block',
    codes: ['attachment-zip-not-aes256'],
  },
  {
    name: 'an AES-128 zip under our headers',
    mail: prepared({ attachments: [{ name: ZIP_NAME, bytes: AES128_ZIP }], headers: headersFor(AES128_ZIP) }),
    outcome: 'block',
    codes: ['attachment-zip-not-aes256'],
  },
  {
    name: "an AES-256 zip whose entry carries the client's name",
    mail: prepared({ attachments: [{ name: ZIP_NAME, bytes: NAMED_AES_ZIP }], headers: headersFor(NAMED_AES_ZIP) }),
    outcome: 'block',
    codes: ['attachment-zip-entry-name'],
  },
  { name: "a zip made by 7-Zip's zip + AES-256 (NTFS times), under matching headers", mail: withZip(SEVEN_ZIP.bytes), outcome: 'allow' },
  {
    name: 'a zip made by npm run encrypt, under matching headers',
    mail: withZip(ENCRYPT_CLI.bytes, ENCRYPT_CLI.reference),
    outcome: 'allow',
  },
  {
    name: 'AES-256 AE-2 headers over a plaintext form (method 99, correct extra field)',
    mail: withZip(AES_OVER_PLAINTEXT),
    outcome: 'block',
    codes: ['attachment-zip-not-aes256'],
  },
  {
    name: 'an extra field 0x000a carrying the plaintext form',
    mail: withZip(PLAINTEXT_IN_EXTRA),
    outcome: 'block',
    codes: ['attachment-zip-invalid'],
  },
  {
    name: 'an entry named doorverwijzing-<ref>-85073003328.pdf (a national register number as suffix)',
    mail: withZip(NUMBER_IN_SUFFIX),
    outcome: 'block',
    codes: ['attachment-zip-entry-name'],
  },
  {
    name: 'the prepared referral readdressed to a colleague',
    mail: prepared({ to: [COLLEAGUE] }),
    outcome: 'block',
    codes: ['recipient-not-registered', 'recipient-missing'],
  },

  // --- not from the pane, but a referral by its recipients or attachments: blocked ---------
  {
    name: 'a plaintext form to a registered mailbox',
    mail: { to: [MESEN], subject: 'Doorverwijzing', body: 'Zie bijlage.', attachments: [form] },
    outcome: 'block',
    says: ['postcode'],
  },
  {
    name: 'a form to a look-alike with small capital E (U+1D07)',
    mail: { to: ['ocmw@m\u1d07sen.be'], attachments: [form] },
    outcome: 'block',
    says: ['ocmw@mesen.be'],
  },
  { name: 'a form to a look-alike with Cyrillic м', mail: { to: ['oc\u043cw@mesen.be'], attachments: [form] }, outcome: 'block', says: ['ocmw@mesen.be'] },
  { name: 'a mail to a Cyrillic look-alike, no attachment', mail: { to: ['ocmw@m\u0435sen.be'], body: 'Vraag' }, outcome: 'block', says: ['ocmw@mesen.be'] },
  { name: 'a mail to an xn-- domain', mail: { to: ['ocmw@xn--msen-v4d.be'], body: 'Vraag' }, outcome: 'block' },
  {
    name: 'a mail to a non-ASCII address like no OCMW (jürgen@müller.de): ordinary mail',
    mail: { to: ['j\u00fcrgen@m\u00fcller.de'], body: 'Hallo' },
    outcome: 'allow',
  },
  { name: '"rn" for "m"', mail: { to: ['ocrnw@mesen.be'], attachments: [form] }, outcome: 'block', says: ['ocmw@mesen.be'] },

  // --- near an OCMW, not a referral: prompt ----------------------------------------------
  {
    name: 'a follow-up to the registered mailbox',
    mail: { to: [MESEN], subject: 'Vraag over afspraak', body: 'Beste, kan de afspraak van dinsdag verschoven worden?' },
    outcome: 'prompt',
    codes: ['follow-up-registered-mailbox'],
    says: ['taakvenster', 'ocmw@mesen.be'],
  },
  {
    name: 'a follow-up with a signature logo',
    mail: { to: [MESEN], body: 'Beste, een vraag.', attachments: [logo] },
    outcome: 'prompt',
    codes: ['follow-up-registered-mailbox'],
  },
  {
    name: 'a follow-up with a password-shaped string',
    mail: { to: [MESEN], body: `Het wachtwoord is ${PASSWORD}` },
    outcome: 'block',
    codes: ['content-password-shape'],
  },
  {
    name: "a follow-up with the client's name (pane's traces)",
    mail: { to: [KONTICH], subject: 'Over Jan Van den Broeck', body: 'Beste', sessionData: TRACES },
    outcome: 'block',
    codes: ['content-client-name'],
  },
  {
    name: 'a typo of the mailbox (ocmw@messen.be) with a form',
    mail: { to: ['ocmw@messen.be'], attachments: [form] },
    outcome: 'prompt',
    codes: ['recipient-near-miss'],
    says: ['Bedoelde u ocmw@mesen.be?'],
  },
  {
    name: 'a typo in the domain (ocmw@mesen.bee)',
    mail: { to: ['ocmw@mesen.bee'], attachments: [form] },
    outcome: 'prompt',
    codes: ['recipient-near-miss'],
    says: ['Bedoelde u ocmw@mesen.be?'],
  },
  {
    name: 'ocmw@menen.be, another real OCMW',
    mail: { to: ['ocmw@menen.be'], body: 'Vraag' },
    outcome: 'prompt',
    codes: ['recipient-near-miss'],
    says: ['ocmw@mesen.be'],
  },
  { name: 'a typo with the password in the body', mail: { to: ['ocmw@messen.be'], body: PASSWORD }, outcome: 'block', codes: ['content-password-shape'] },
  {
    name: 'a private address named "OCMW Mesen"',
    mail: { to: [{ address: 'maatschappelijk.werker@gmail.com', name: 'OCMW Mesen' }], attachments: [form] },
    outcome: 'prompt',
    codes: ['recipient-named-social-service'],
    says: ['ocmw@mesen.be'],
  },
  {
    name: 'a private address named "Sociale dienst"',
    mail: { to: [{ address: 'an@example.org', name: 'Sociale Dienst' }], body: 'Vraag' },
    outcome: 'prompt',
    codes: ['recipient-named-social-service'],
  },
  {
    name: 'a contact group in a mail with a form',
    mail: { to: [{ address: 'Partners', type: 'distributionList' }], attachments: [form] },
    outcome: 'prompt',
    codes: ['recipient-group-with-attachments'],
  },
  {
    name: "a plaintext form to a social worker's own address at the OCMW's domain",
    mail: { to: ['jan.peeters@mesen.be'], attachments: [form] },
    outcome: 'block',
    codes: ['attachment-form-to-social-service'],
    says: ['Verwijsformulier.pdf', 'ocmw@mesen.be'],
  },
  {
    name: "an ordinary attachment (agenda.pdf) to a social worker's own address at the OCMW's domain",
    mail: { to: ['jan.peeters@mesen.be'], attachments: [agenda] },
    outcome: 'prompt',
    codes: ['recipient-same-domain-with-attachments'],
    says: ['Bedoelde u ocmw@mesen.be?'],
  },
  {
    name: "a question to a social worker's own address at the OCMW's domain, no attachment",
    mail: { to: ['jan.peeters@mesen.be'], body: 'Vraag over de vergadering' },
    outcome: 'allow',
  },
  {
    name: "our password to a social worker's own address at the OCMW's domain, no attachment",
    mail: { to: ['jan.peeters@mesen.be'], body: `Het wachtwoord: ${PASSWORD}` },
    outcome: 'block',
    codes: ['content-password-shape'],
  },
  {
    name: "the word password to a social worker's own address at the OCMW's domain, no attachment",
    mail: { to: ['jan.peeters@mesen.be'], body: `Het wachtwoord is ${WORDS.join(' ')}` },
    outcome: 'block',
    codes: ['content-password-shape'],
  },
  {
    name: 'the word password to a colleague (not near an OCMW: never read)',
    mail: { to: ['collega@kindengezin.be'], body: `Het wachtwoord is ${WORD_PASSWORD}` },
    outcome: 'allow',
  },
  {
    name: "a national register number to an address at the OCMW's domain",
    mail: { to: [COLLEAGUE], cc: ['jan.peeters@mesen.be'], subject: `Dossier ${NRN}`, body: 'Zie onderwerp.' },
    outcome: 'block',
    codes: ['content-national-number'],
  },
  {
    name: 'a national register number in a follow-up to the registered mailbox',
    mail: { to: [MESEN], body: `Het gaat over 85073003328.` },
    outcome: 'block',
    codes: ['content-national-number'],
  },
  {
    name: 'a follow-up with a Teams link (GUIDs are no password)',
    mail: { to: [MESEN], body: `Vergadering: ${GUID_LINK}\nVergadering-ID 3f2504e0-4f89-11d3-9a0c-0305e82c3301` },
    outcome: 'prompt',
    codes: ['follow-up-registered-mailbox'],
  },
  {
    name: 'a follow-up with German and French IBANs',
    mail: { to: [MESEN], body: 'Rekeningen: DE89 3704 0044 0532 0130 00 en FR76 3000 6000 0112 3456 7890 189.' },
    outcome: 'prompt',
    codes: ['follow-up-registered-mailbox'],
  },
  {
    name: 'a follow-up with a pasted base64 block and a hash',
    mail: {
      to: [MESEN],
      body: 'U29tZSBiYXNlNjQgdGV4dCB0aGF0IGlzIGxvbmcgZW5vdWdoIHRvIHdyYXAgbGluZXMgb2Yg\nZXhhY3RseSBzZXZlbnR5LXNpeCBjaGFyYWN0ZXJzIGxvbmcsIGp1c3QgbGlrZSBpbiBtYWls\nsha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    },
    outcome: 'prompt',
    codes: ['follow-up-registered-mailbox'],
  },
  {
    name: 'a follow-up with one 2 MB word: read up to the limit, and said so',
    mail: { to: [MESEN], body: 'x'.repeat(2 * 1024 * 1024) },
    outcome: 'prompt',
    codes: ['content-not-fully-checked', 'follow-up-registered-mailbox'],
  },
  {
    name: "a signature logo only, to an address at the OCMW's domain",
    mail: { to: ['jan.peeters@mesen.be'], body: 'Vraag', attachments: [logo] },
    outcome: 'allow',
  },
  {
    name: 'a near miss on a Mailbox 1.12 client: it cannot ask, so it blocks',
    mail: { to: ['ocmw@messen.be'], attachments: [form] },
    mailbox: '1.12',
    outcome: 'block',
    says: ['Bedoelde u ocmw@mesen.be?'],
  },

  // --- addresses that carry the registered mailbox: look-alikes, blocked ------------------
  {
    name: 'a plaintext form to "ocmw"@mesen.be (the registered mailbox, quoted)',
    mail: { to: ['"ocmw"@mesen.be'], subject: 'Doorverwijzing', attachments: [form] },
    outcome: 'block',
    says: ['postcode'],
  },
  {
    name: 'a follow-up to "ocmw"@mesen.be is a follow-up to the registered mailbox',
    mail: { to: ['"ocmw"@mesen.be'], body: 'Beste, een vraag over dinsdag.' },
    outcome: 'prompt',
    codes: ['follow-up-registered-mailbox'],
  },
  {
    name: 'a form to ocmw@mesen.be@evil.example',
    mail: { to: ['ocmw@mesen.be@evil.example'], attachments: [form] },
    outcome: 'block',
    says: ['ocmw@mesen.be'],
  },
  { name: 'a form to ocmw.mesen.be@gmail.com', mail: { to: ['ocmw.mesen.be@gmail.com'], attachments: [form] }, outcome: 'block', says: ['ocmw@mesen.be'] },
  { name: 'a form to ocmw-mesen.be@gmail.com', mail: { to: ['ocmw-mesen.be@gmail.com'], attachments: [form] }, outcome: 'block', says: ['ocmw@mesen.be'] },
  { name: 'a form to ocmwmesenbe@gmail.com', mail: { to: ['ocmwmesenbe@gmail.com'], attachments: [form] }, outcome: 'block', says: ['ocmw@mesen.be'] },
  {
    name: 'a form to "ocmw@mesen.be"@evil.example (the mailbox quoted as a local part)',
    mail: { to: ['"ocmw@mesen.be"@evil.example'], attachments: [form] },
    outcome: 'block',
    says: ['ocmw@mesen.be'],
  },
  {
    name: 'socialedienst.kontich.be@gmail.com, no attachment: still a look-alike',
    mail: { to: ['socialedienst.kontich.be@gmail.com'], body: 'Vraag' },
    outcome: 'block',
    says: ['sociale.dienst@kontich.be'],
  },
  {
    name: 'a display name "ocmw@mesen.be" in quotes over another address',
    mail: { to: [{ address: 'doorsturen@evil.example', name: '"ocmw@mesen.be"' }], attachments: [form] },
    outcome: 'block',
  },
  {
    name: 'a display name "OCMW Mesen" over ocmw@mesen.be@evil.example',
    mail: { to: [{ address: 'ocmw@mesen.be@evil.example', name: 'OCMW Mesen' }], body: 'Vraag' },
    outcome: 'block',
    says: ['ocmw@mesen.be'],
  },
  // The registered domain's letters with another separator, or none, before more: a longer domain.
  {
    name: 'a form to sociale.dienst@kontich-be.com',
    mail: { to: ['sociale.dienst@kontich-be.com'], attachments: [form] },
    outcome: 'block',
    says: ['sociale.dienst@kontich.be'],
  },
  { name: 'a form to ocmw@mesenbe.eu', mail: { to: ['ocmw@mesenbe.eu'], attachments: [form] }, outcome: 'block', says: ['ocmw@mesen.be'] },
  // ... and what carries only part of it stays ordinary
  { name: 'info@mesen-beach.example with agenda.pdf: ordinary', mail: { to: ['info@mesen-beach.example'], attachments: [agenda] }, outcome: 'allow' },
  { name: 'ocmw.mesen@gmail.com (no domain) with agenda.pdf: ordinary', mail: { to: ['ocmw.mesen@gmail.com'], attachments: [agenda] }, outcome: 'allow' },
  { name: 'mesen.be@gmail.com with agenda.pdf: ordinary', mail: { to: ['mesen.be@gmail.com'], attachments: [agenda] }, outcome: 'allow' },
  { name: 'jan.mesen@gmail.com with agenda.pdf: ordinary', mail: { to: ['jan.mesen@gmail.com'], attachments: [agenda] }, outcome: 'allow' },
  { name: 'info@ocmw-mesen.be with agenda.pdf: ordinary', mail: { to: ['info@ocmw-mesen.be'], attachments: [agenda] }, outcome: 'allow' },

  // --- non-ASCII and IDN addresses: ordinary unless near a mailbox or the mail is a referral --
  {
    name: 'jürgen@xn--mller-kva.de shown as jürgen@müller.de, with agenda.pdf: ordinary, no display-name mismatch',
    mail: { to: [{ address: 'j\u00fcrgen@xn--mller-kva.de', name: 'j\u00fcrgen@m\u00fcller.de' }], subject: 'Agenda', attachments: [agenda] },
    outcome: 'allow',
  },
  { name: 'françois@exemple.fr with a photo: ordinary', mail: { to: ['fran\u00e7ois@exemple.fr'], attachments: [photo] }, outcome: 'allow' },
  { name: 'info@bücher.de (IDN) with a question: ordinary', mail: { to: ['info@b\u00fccher.de'], body: 'Hallo' }, outcome: 'allow' },
  {
    name: 'a referral form to jürgen@müller.de: referral-like, refused, and no display-name mismatch',
    mail: { to: ['j\u00fcrgen@m\u00fcller.de'], subject: 'Doorverwijzing', attachments: [form] },
    outcome: 'block',
    codes: ['location-missing', 'attachment-not-encrypted', 'recipient-not-ascii', 'consent-missing', 'attachment-missing-encrypted-zip'],
  },
  {
    name: "a mail with a referral's reference to jürgen@müller.de: referral-like, refused",
    mail: { to: ['j\u00fcrgen@m\u00fcller.de'], subject: 'Vraag', body: `Over ${REF}` },
    outcome: 'block',
  },
  { name: 'ocmw@mésen.be: an accent on the registered domain', mail: { to: ['ocmw@m\u00e9sen.be'], body: 'Vraag' }, outcome: 'block', says: ['ocmw@mesen.be'] },
  {
    name: 'ocmw@méssen.be: within two edits of the mailbox once mapped',
    mail: { to: ['ocmw@m\u00e9ssen.be'], body: 'Vraag' },
    outcome: 'block',
    says: ['ocmw@mesen.be'],
  },

  // --- pictures and PDFs inside the body ------------------------------------------------
  {
    name: 'a follow-up with a pasted screenshot (inline PNG 1280×720) to the registered mailbox',
    mail: { to: [MESEN], body: 'Beste, zie de schermafdruk.', attachments: [screenshot] },
    outcome: 'block',
    says: ['image001.png'],
  },
  {
    name: 'an inline PDF to the registered mailbox',
    mail: { to: [MESEN], body: 'Beste', attachments: [inlinePdf] },
    outcome: 'block',
  },
  {
    name: 'a pasted screenshot to a colleague at the OCMW domain',
    mail: { to: ['jan.peeters@mesen.be'], body: 'Zie hieronder.', attachments: [screenshot] },
    outcome: 'block',
    codes: ['attachment-form-to-social-service'],
    says: ['image001.png'],
  },
  {
    name: 'a follow-up whose signature logo is a real PNG named image001.png (200×60)',
    mail: { to: [MESEN], body: 'Beste, een vraag.\n\nMet vriendelijke groet', attachments: [pngLogo] },
    outcome: 'prompt',
    codes: ['follow-up-registered-mailbox'],
  },
  {
    name: 'a signature logo (real PNG) to a colleague at the OCMW domain',
    mail: { to: ['jan.peeters@mesen.be'], body: 'Vraag', attachments: [pngLogo] },
    outcome: 'allow',
  },
  {
    name: 'a screenshot to an ordinary colleague',
    mail: { to: [COLLEAGUE], body: 'Zie schermafdruk', attachments: [screenshot] },
    outcome: 'allow',
  },

  // --- ordinary attachments near the OCMW: graded ---------------------------------------
  {
    name: 'a reply-all with agenda.pdf, the OCMW in Cc: a question that names it',
    mail: { to: [COLLEAGUE], cc: [MESEN], subject: 'RE: overleg', body: 'Hierbij de agenda.', attachments: [agenda, pngLogo] },
    outcome: 'prompt',
    codes: ['attachment-to-social-service'],
    says: ['agenda.pdf', 'ocmw@mesen.be'],
  },
  {
    name: 'verslag.docx to the registered mailbox: a question',
    mail: { to: [MESEN], attachments: [{ name: 'verslag overleg.docx', bytes: PDF_BYTES }] },
    outcome: 'prompt',
    codes: ['attachment-to-social-service'],
  },
  { name: 'a photo (IMG_2034.jpg, 3024×4032) attached to the registered mailbox', mail: { to: [MESEN], attachments: [photo] }, outcome: 'block' },
  { name: 'Scan_0001.pdf to the registered mailbox', mail: { to: [MESEN], attachments: [{ name: 'Scan_0001.pdf', bytes: PDF_BYTES }] }, outcome: 'block' },
  { name: 'a hand-made zip to the registered mailbox', mail: { to: [MESEN], attachments: [{ name: 'stukken.zip', bytes: ZIP_BYTES }] }, outcome: 'block' },
  {
    name: "a file named after the client (the pane's traces) to the registered mailbox",
    mail: { to: [KONTICH], attachments: [{ name: 'Van den Broeck.docx', bytes: PDF_BYTES }], sessionData: TRACES },
    outcome: 'block',
  },
  {
    name: 'a contact group with agenda.pdf: no reason to ask',
    mail: { to: [{ address: 'Partners', type: 'distributionList' }], attachments: [agenda] },
    outcome: 'allow',
  },
  {
    name: "a distribution list at the OCMW's domain with agenda.pdf: a question",
    mail: { to: [{ address: 'team@mesen.be', type: 'distributionList' }], attachments: [agenda] },
    outcome: 'prompt',
    codes: ['recipient-group-with-attachments'],
  },
  {
    name: 'a contact group named like an OCMW, no attachment: a question',
    mail: { to: [{ address: 'Partners', name: 'OCMW Mesen', type: 'distributionList' }], body: 'Vraag' },
    outcome: 'prompt',
    codes: ['recipient-named-social-service'],
  },

  // --- content that must not switch the check off -------------------------------------------
  {
    name: 'more than 1000 recipients and a plaintext form to the registered mailbox',
    mail: { to: [MESEN], cc: thousands, attachments: [form] },
    outcome: 'block',
  },
  {
    name: 'more than 1000 recipients and a near miss with a plaintext form',
    mail: { to: ['ocmw@messen.be'], bcc: thousands, attachments: [form] },
    outcome: 'prompt',
    codes: ['recipient-near-miss'],
  },
  {
    name: 'an attachment name of 1500 characters, a near miss with a plaintext form',
    mail: { to: ['ocmw@messen.be'], attachments: [{ name: `${'x'.repeat(1500)} Verwijsformulier.pdf`, bytes: PDF_BYTES }] },
    outcome: 'prompt',
    codes: ['recipient-near-miss'],
  },
  {
    name: 'a display name of 1500 characters, a near miss with a plaintext form',
    mail: { to: [{ address: 'ocmw@messen.be', name: 'x'.repeat(1500) }], attachments: [form] },
    outcome: 'prompt',
    codes: ['recipient-near-miss'],
  },
  {
    name: 'truncated traces ({"v":1) and a near miss with a plaintext form',
    mail: { to: ['ocmw@messen.be'], attachments: [form], sessionData: TRUNCATED_TRACES },
    outcome: 'prompt',
    codes: ['recipient-near-miss'],
  },
  {
    name: 'truncated traces on a referral from the pane',
    mail: prepared({ sessionData: TRUNCATED_TRACES }),
    outcome: 'block',
    codes: ['referral-traces-unreadable'],
    says: ['onleesbaar'],
  },
  {
    name: 'a 2 MB address that starts with the registered mailbox, with a form',
    mail: { to: [`ocmw@mesen.be@${'x'.repeat(MB2)}.example`], attachments: [form] },
    outcome: 'block',
  },
  { name: 'a 2 MB address like no OCMW, with agenda.pdf: ordinary', mail: { to: [`${'a'.repeat(MB2)}@gmail.com`], attachments: [agenda] }, outcome: 'allow' },
  {
    name: 'a 2 MB display name that names the OCMW first',
    mail: { to: [{ address: 'an@example.org', name: `OCMW Mesen ${'x'.repeat(MB2)}` }], attachments: [form] },
    outcome: 'prompt',
    codes: ['recipient-named-social-service'],
  },
  {
    name: 'a zip with a 2 MB name next to a near miss',
    mail: { to: ['ocmw@messen.be'], attachments: [{ name: `${'doorverwijzing-'.repeat(MB2 / 15)}.zip`, bytes: ZIP_BYTES }] },
    outcome: 'prompt',
    codes: ['recipient-near-miss'],
  },
  {
    name: 'a 900-character look-alike address: the message still has its words',
    mail: { to: [`ocmw.mesen.be${'.x'.repeat(440)}@gmail.com`], attachments: [form] },
    outcome: 'block',
    says: ['ocmw@mesen.be'],
  },
];
