// One table, two paths: the task pane's (readMailSnapshot with what the pane knows, then
// evaluateSend) and the Send handler's (judgeMail, which knows only what the mail and its
// headers say). For a mail the pane prepared, both must reach the same verdict with the same
// reasons in the same order.
//
// Client data in the subject or body is in the table too: both paths read the traces the pane left
// in the item's sessionData. Only the exact password stays outside it: only the open pane knows it
// (the Send check finds it by its shape, and so does the pane, as the last row shows).
import { evaluateSend } from '../../src/domain';
import { readMailSnapshot } from '../../src/office/readSnapshot';
import type { SimulatedMessage } from '../../src/office/simulatedMailbox';
import { createSimulatedMailbox } from '../../src/office/simulatedMailbox';
import { judgeMail } from '../../src/onsend/judge';
import { TRACES_SESSION_KEY, buildTraces } from '../../src/domain';
import { CLIENT, SALT, registry } from '../fixtures/rules';
import { BEFORE_KONTICH, COLLEAGUE, KONTICH, MESEN, NOW, OTHER_ZIP_BYTES, PDF_BYTES, ZIP_BYTES, ZIP_NAME, preparedReferral } from '../fixtures/mails';
import { buildZip } from './zipBuilder';

const TRACES = { [TRACES_SESSION_KEY]: JSON.stringify(buildTraces({ client: CLIENT }, SALT)) };
const PLAIN_ZIP = buildZip([{ name: 'Verwijsformulier.pdf', data: PDF_BYTES, kind: 'plain' }]);

/** What the pane knows after the team member went through it for a Kontich client. */
const PANE_KNOWS = { location: { by: 'postcode', value: '2550' }, consentConfirmed: true } as const;

type Row = [name: string, message: Partial<SimulatedMessage>, now: Date, expectAllowed: boolean];

const ROWS: Row[] = [
  ['the referral as prepared', preparedReferral(), NOW, true],
  ['a Cc added after encryption', preparedReferral({ cc: [{ emailAddress: COLLEAGUE }] }), NOW, false],
  ['a Bcc added after encryption', preparedReferral({ bcc: [{ emailAddress: 'x@example.org' }] }), NOW, false],
  ['the zip swapped after encryption', preparedReferral({ attachments: [{ name: ZIP_NAME, bytes: OTHER_ZIP_BYTES }] }), NOW, false],
  [
    'a plaintext attachment next to the zip',
    preparedReferral({
      attachments: [
        { name: ZIP_NAME, bytes: ZIP_BYTES },
        { name: 'formulier.pdf', bytes: PDF_BYTES },
      ],
    }),
    NOW,
    false,
  ],
  ['the zip removed', preparedReferral({ attachments: [] }), NOW, false],
  [
    'the zip twice',
    preparedReferral({
      attachments: [
        { name: ZIP_NAME, bytes: ZIP_BYTES },
        { name: ZIP_NAME, bytes: ZIP_BYTES },
      ],
    }),
    NOW,
    false,
  ],
  ['To changed to another OCMW', preparedReferral({ to: [{ emailAddress: MESEN }] }), NOW, false],
  ['To changed to a look-alike', preparedReferral({ to: [{ emailAddress: 'sociale.dienst@kontich.be.example.com' }] }), NOW, false],
  ['To changed to a colleague', preparedReferral({ to: [{ emailAddress: COLLEAGUE }] }), NOW, false],
  ['the mailbox twice in To', preparedReferral({ to: [{ emailAddress: KONTICH }, { emailAddress: KONTICH }] }), NOW, false],
  [
    'a distribution list in To',
    preparedReferral({ to: [{ emailAddress: KONTICH }, { emailAddress: 'team@kindengezin.be', recipientType: 'distributionList' }] }),
    NOW,
    false,
  ],
  ['a display name showing another address', preparedReferral({ to: [{ emailAddress: KONTICH, displayName: 'ocmw@mesen.be' }] }), NOW, false],
  ['sent before the protocol is in force', preparedReferral(), BEFORE_KONTICH, false],
  ["the client's name typed into the subject", preparedReferral({ subject: 'Doorverwijzing Jan Van den Broeck', sessionData: TRACES }), NOW, false],
  [
    'a signature logo in the body',
    preparedReferral({
      attachments: [
        { name: ZIP_NAME, bytes: ZIP_BYTES },
        { name: 'image001.png', bytes: PDF_BYTES, isInline: true },
      ],
    }),
    NOW,
    false,
  ],
  ['the zip replaced by a plaintext zip of the same name', preparedReferral({ attachments: [{ name: ZIP_NAME, bytes: PLAIN_ZIP }] }), NOW, false],
  ['the password pasted into the body', preparedReferral({ body: 'Wachtwoord: 7K3M-Q9TX-4HNB-W2ZR', sessionData: TRACES }), NOW, false],
];

describe('the pane and the Send handler agree', () => {
  it.each(ROWS)('%s', async (_name, message, now, expectAllowed) => {
    const pane = createSimulatedMailbox(message);
    const { snapshot } = await readMailSnapshot(pane.port, PANE_KNOWS);
    const decision = evaluateSend(snapshot, registry, now);

    const send = createSimulatedMailbox(message);
    const verdict = await judgeMail(send.port, registry, now);

    expect(decision.allowed).toBe(expectAllowed);
    expect(verdict.outcome).toBe(decision.outcome);
    expect(verdict.reasons.map((r) => r.code)).toEqual(decision.reasons.map((r) => r.code));
    expect(verdict.reasons.map((r) => r.message.nl)).toEqual(decision.reasons.map((r) => r.message.nl));
  });
});
