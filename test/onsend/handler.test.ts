import { MailSnapshot, OPEN_TASK_PANE_LABEL, REFERRAL_HEADERS, evaluateSend, loadShippedRegistry, reason, summarize } from '../../src/domain';
import { TASKPANE_COMMAND_ID } from '../../src/onsend/handler';
import {
  BEFORE_KONTICH,
  COLLEAGUE,
  KONTICH,
  MARKER_HEADERS,
  MESEN,
  NOW,
  OTHER_ZIP_BYTES,
  PDF_BYTES,
  ZIP_BYTES,
  ZIP_NAME,
  ordinaryMail,
  preparedReferral,
} from '../fixtures/mails';
import { manualTimer, officeStandIn, send } from './harness';
import type { SendCompletedOptions } from '../../src/onsend/handler';
import { WATCHDOG_MS, createSendHandler } from '../../src/onsend/handler';
import { createSimulatedMailbox } from '../../src/office/simulatedMailbox';

/** Waits (a few tasks at a time, never a fixed sleep) until `done` holds. */
async function waitUntil(done: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !done(); i++) await new Promise((r) => setImmediate(r));
  if (!done()) throw new Error('condition never held');
}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureRegistry } from '../fixtures/rules';

const CHECK_FAILED_NL = reason('check-failed', {}).message.nl;
const codes = (contextData: string | undefined): string[] => (JSON.parse(contextData ?? '{}') as { reasons?: string[] }).reasons ?? [];

describe('the Send check: ordinary mail', () => {
  it('allows a mail to a colleague at once, reading only recipients and headers (no body, no attachments)', async () => {
    const { result, control } = await send({ message: ordinaryMail() });
    expect(result).toEqual({ allowEvent: true });
    const methods = new Set(control.calls().map((c) => c.method));
    expect(methods).toEqual(new Set(['getRecipients', 'getInternetHeaders']));
  });

  it('allows an ordinary mail whose headers cannot be read (recipients show no registered mailbox)', async () => {
    const { result } = await send({ message: ordinaryMail(), before: ({ control }) => control.faults.failAlways('getInternetHeaders', 'failed') });
    expect(result).toEqual({ allowEvent: true });
  });

  it('holds back a mail whose recipients cannot be read: it may be going to an OCMW', async () => {
    const { result } = await send({ message: ordinaryMail(), before: ({ control }) => control.faults.failAlways('getRecipients', 'failed') });
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage).toBe(CHECK_FAILED_NL);
  });

  it('retries a transient recipient failure and then allows', async () => {
    const { result } = await send({ message: ordinaryMail(), before: ({ control }) => control.faults.failNext('getRecipients', 'transient', 1) });
    expect(result).toEqual({ allowEvent: true });
  });
});

describe('the Send check: referrals', () => {
  it('allows a referral exactly as the pane prepared it', async () => {
    const { result, control } = await send({ message: preparedReferral() });
    expect(result).toEqual({ allowEvent: true });
    expect(control.calls().some((c) => c.method === 'getAttachmentContent')).toBe(true);
  });

  it("refuses a Cc added after encryption, with the rule's own words and a button to the pane", async () => {
    const { result } = await send({ message: preparedReferral(), before: ({ control }) => control.setRecipients('cc', [{ emailAddress: COLLEAGUE }]) });
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage).toContain(reason('recipient-cc', { address: COLLEAGUE, field: 'cc' }).message.nl);
    expect(result.commandId).toBe(TASKPANE_COMMAND_ID);
    expect(codes(result.contextData)).toContain('recipient-cc');
    expect(codes(result.contextData).every((c) => c.startsWith('recipient-'))).toBe(true);
    expect(result.contextData).not.toContain(COLLEAGUE);
  });

  it('refuses a zip swapped after encryption', async () => {
    const { result } = await send({
      message: preparedReferral(),
      before: ({ control }) => {
        const id = control.inspect().attachments[0]?.id ?? '';
        control.removeAttachment(id);
        control.addAttachment({ name: ZIP_NAME, bytes: OTHER_ZIP_BYTES });
      },
    });
    expect(result.allowEvent).toBe(false);
    expect(codes(result.contextData)).toEqual(['attachment-changed-after-encryption']);
    expect(result.errorMessage).toContain('gewijzigd of vervangen na het versleutelen');
  });

  it('refuses a plaintext attachment added next to the zip', async () => {
    const { result } = await send({ message: preparedReferral(), before: ({ control }) => control.addAttachment({ name: 'formulier.pdf', bytes: PDF_BYTES }) });
    expect(result.allowEvent).toBe(false);
    expect(codes(result.contextData)).toEqual(['attachment-not-encrypted']);
  });

  it('refuses a plaintext form to a registered mailbox when the pane was never used', async () => {
    const { result, control } = await send({
      message: ordinaryMail({ to: [{ emailAddress: MESEN }], attachments: [{ name: 'Verwijsformulier.pdf', bytes: PDF_BYTES }] }),
    });
    expect(result.allowEvent).toBe(false);
    const got = codes(result.contextData);
    expect(got).toContain('attachment-not-encrypted');
    expect(got).toContain('location-missing');
    expect(got).toContain('consent-missing');
    // Without the pane's marker no zip is claimed, and a PDF is judged on its name: nothing is read byte by byte.
    expect(control.calls().some((c) => c.method === 'getAttachmentContent' || c.method === 'getAttachmentBase64')).toBe(false);
  });

  it('asks about an ordinary attachment to a registered mailbox (a reply-all with agenda.pdf), naming it', async () => {
    const { result } = await send({ message: ordinaryMail({ to: [{ emailAddress: COLLEAGUE }], cc: [{ emailAddress: MESEN }] }) });
    expect(result.allowEvent).toBe(false);
    expect(result.sendModeOverride).toBe('promptUser');
    expect(codes(result.contextData)).toEqual(['attachment-to-social-service']);
    expect(result.errorMessage).toContain('agenda.pdf');
  });

  it('treats a look-alike of a registered mailbox as a referral and names the imitation', async () => {
    const fake = 'sociale.dienst@k0ntich.be';
    const { result } = await send({ message: ordinaryMail({ to: [{ emailAddress: fake }], attachments: [] }) });
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage).toContain(fake);
  });

  it('refuses a referral to the wrong OCMW for the protocol the pane recorded', async () => {
    const { result } = await send({ message: preparedReferral({ to: [{ emailAddress: MESEN }] }) });
    expect(result.allowEvent).toBe(false);
    expect(codes(result.contextData)).toEqual(expect.arrayContaining(['recipient-wrong-social-service', 'recipient-missing']));
  });

  it('refuses a referral under a protocol not yet in force on the day of sending', async () => {
    const { result } = await send({ message: preparedReferral(), now: BEFORE_KONTICH });
    expect(result.allowEvent).toBe(false);
    expect(codes(result.contextData)).toEqual(['protocol-not-yet-in-force']);
  });

  it('refuses a mail with a damaged marker, naming the header', async () => {
    const headers = { ...MARKER_HEADERS, [REFERRAL_HEADERS.attachmentSha256]: 'not-a-hash' };
    const { result } = await send({ message: preparedReferral({ headers }) });
    expect(result.allowEvent).toBe(false);
    expect(codes(result.contextData)).toEqual(['referral-marker-invalid']);
    expect(result.errorMessage).toContain(REFERRAL_HEADERS.attachmentSha256);
  });

  it('refuses an incomplete marker even on a mail to a colleague: the pane marked it as a referral', async () => {
    const { result } = await send({ message: ordinaryMail({ headers: { [REFERRAL_HEADERS.reference]: 'KG-20260302-7K3M9Q' } }) });
    expect(result.allowEvent).toBe(false);
    expect(codes(result.contextData)).toEqual(['referral-marker-invalid', 'referral-marker-invalid', 'referral-marker-invalid']);
  });

  it('refuses a pane-marked mail readdressed to a colleague only', async () => {
    const { result } = await send({ message: preparedReferral({ to: [{ emailAddress: COLLEAGUE }] }) });
    expect(result.allowEvent).toBe(false);
    expect(codes(result.contextData)).toEqual(expect.arrayContaining(['recipient-not-registered', 'recipient-missing']));
  });

  it.each(['getBodyText', 'getSubject', 'getAttachments', 'getAttachmentContent', 'getInternetHeaders'] as const)(
    'refuses a referral when %s fails, saying the check failed',
    async (method) => {
      const { result } = await send({ message: preparedReferral(), before: ({ control }) => control.faults.failAlways(method, 'failed') });
      expect(result.allowEvent).toBe(false);
      expect(result.errorMessage).toBe(CHECK_FAILED_NL);
      expect(result.commandId).toBe(TASKPANE_COMMAND_ID);
    },
  );

  it('refuses (once) when a port call throws synchronously instead of rejecting', async () => {
    const { result } = await send({
      message: preparedReferral(),
      port: (real) => ({
        ...real,
        getBodyText: () => {
          throw new Error('boom');
        },
      }),
    });
    expect(result).toMatchObject({ allowEvent: false, errorMessage: CHECK_FAILED_NL });
  });

  it('asks for no more than 20 seconds of the user: the watchdog holds a referral whose Office call hangs', async () => {
    const clock = manualTimer();
    const completions: SendCompletedOptions[] = [];
    const { port } = createSimulatedMailbox(preparedReferral());
    let bodyAsked = false;
    const handler = createSendHandler({
      office: officeStandIn(),
      port: () => ({
        ...port,
        getBodyText: () => {
          bodyAsked = true;
          return new Promise<string>(() => undefined);
        },
      }),
      registry: fixtureRegistry,
      now: () => NOW,
      timer: clock.timer,
    });
    handler({ completed: (o) => void completions.push(o) });
    await waitUntil(() => clock.delays().length > 0);
    expect(clock.delays()).toEqual([WATCHDOG_MS]);
    expect(WATCHDOG_MS).toBeLessThanOrEqual(20_000);
    // Office answered the recipients and headers, then hung on the body: nothing decided yet.
    await waitUntil(() => bodyAsked);
    expect(completions).toEqual([]);
    clock.fire();
    expect(completions).toEqual([expect.objectContaining({ allowEvent: false, errorMessage: CHECK_FAILED_NL })]);
    clock.fire();
    expect(completions).toHaveLength(1);
  });

  it('lets a near miss go when Office hangs on it: the watchdog does not turn our wait into an outage', async () => {
    const clock = manualTimer();
    let bodyAsked = false;
    const { result } = await send({
      message: ordinaryMail({ to: [{ emailAddress: 'ocmw@messen.be' }] }),
      port: (real) => ({
        ...real,
        getBodyText: () => {
          bodyAsked = true;
          setImmediate(() => clock.fire());
          return new Promise<string>(() => undefined);
        },
      }),
      timer: clock.timer,
    });
    expect(bodyAsked).toBe(true);
    expect(result).toEqual({ allowEvent: true });
  });

  it('holds a mail whose recipients never arrive when the watchdog fires', async () => {
    const clock = manualTimer();
    const { result } = await send({
      message: ordinaryMail(),
      port: (real) => ({
        ...real,
        getRecipients: () => {
          setImmediate(() => clock.fire());
          return new Promise(() => undefined);
        },
      }),
      timer: clock.timer,
    });
    expect(result).toMatchObject({ allowEvent: false, errorMessage: CHECK_FAILED_NL });
  });

  it.each([
    ['a near miss (typo of an OCMW mailbox)', ordinaryMail({ to: [{ emailAddress: 'ocmw@messen.be' }] })],
    ['a contact group with attachments', ordinaryMail({ to: [{ emailAddress: 'partners@example.org', recipientType: 'distributionList' }] })],
  ])('allows %s when our code throws while judging it: no referral marks, no referral-like recipient', async (_name, message) => {
    const boom = (): never => {
      throw new TypeError('a bug of ours');
    };
    const { result } = await send({ message, port: (real) => ({ ...real, getBodyText: boom, getAttachments: boom }) });
    expect(result).toEqual({ allowEvent: true });
  });

  it.each([
    ['a referral from the pane', preparedReferral()],
    ['a follow-up to a registered mailbox', ordinaryMail({ to: [{ emailAddress: MESEN }], attachments: [] })],
    ['a mail to a look-alike', ordinaryMail({ to: [{ emailAddress: 'ocmw@m\u0435sen.be' }] })],
  ])('holds %s when our code throws while judging it, with a clear message', async (_name, message) => {
    const boom = (): never => {
      throw new TypeError('a bug of ours');
    };
    const { result } = await send({ message, port: (real) => ({ ...real, getBodyText: boom, getAttachments: boom }) });
    expect(result).toMatchObject({ allowEvent: false, errorMessage: CHECK_FAILED_NL, commandId: TASKPANE_COMMAND_ID });
  });

  it('refuses (once) when the registry does not load', async () => {
    const { result } = await send({ message: ordinaryMail(), registry: () => ({ ok: false, problems: [] }) });
    expect(result).toMatchObject({ allowEvent: false, errorMessage: CHECK_FAILED_NL });
  });

  it('refuses (once) when the registry loader throws', async () => {
    const { result } = await send({
      message: ordinaryMail(),
      registry: () => {
        throw new Error('boom');
      },
    });
    expect(result.allowEvent).toBe(false);
  });
});

describe('the Smart Alert message', () => {
  it('is in English when Outlook is, and holds the most important reasons first within 500 characters', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ emailAddress: `collega${i}@kindengezin.be` }));
    const { result } = await send({
      message: preparedReferral({ cc: many, bcc: [{ emailAddress: 'x@example.org' }] }),
      before: ({ control }) => control.addAttachment({ name: 'formulier.pdf', bytes: PDF_BYTES }),
      office: officeStandIn('en-US'),
    });
    expect(result.allowEvent).toBe(false);
    const message = result.errorMessage ?? '';
    expect(message.length).toBeLessThanOrEqual(500);
    expect(message.startsWith(reason('attachment-not-encrypted', { count: 1 }).message.en)).toBe(true);
    expect(message).not.toMatch(/[ëé]|Verwijder/);
    expect(codes(result.contextData)[0]).toBe('attachment-not-encrypted');
  });

  it("is the catalogue's summary of evaluateSend's reasons, nothing added", async () => {
    const { result } = await send({ message: preparedReferral({ cc: [{ emailAddress: COLLEAGUE }], bcc: [{ emailAddress: 'x@example.org' }] }) });
    const registry = fixtureRegistry();
    if (!registry.ok) throw new Error('registry');
    const snapshot = MailSnapshot.parse({
      location: { by: 'protocolId', value: 'kontich-2026' },
      consentConfirmed: true,
      recipients: [
        { address: KONTICH, displayName: 'OCMW Kontich', field: 'to', recipientType: 'externalUser' },
        { address: COLLEAGUE, displayName: COLLEAGUE, field: 'cc', recipientType: 'externalUser' },
        { address: 'x@example.org', displayName: 'x@example.org', field: 'bcc', recipientType: 'externalUser' },
      ],
      subject: 'Doorverwijzing',
      body: '',
      attachments: [{ name: ZIP_NAME, size: ZIP_BYTES.length, isOurEncryptedZip: true }],
    });
    const decision = evaluateSend(snapshot, registry.registry, NOW);
    expect(decision.reasons.length).toBeGreaterThan(1);
    expect(result.errorMessage).toBe(summarize(decision.reasons, 'nl', 500));
  });

  it("labels the Smart Alert's pane button (cancelLabel) from the catalogue, in the user's language, within Outlook's 20 characters", async () => {
    const cc = { cc: [{ emailAddress: COLLEAGUE }] };
    const nl = await send({ message: preparedReferral(cc) });
    expect(nl.result.commandId).toBe(TASKPANE_COMMAND_ID);
    expect(nl.result.cancelLabel).toBe('Taakvenster openen');
    const en = await send({ message: preparedReferral(cc), office: officeStandIn('en-US') });
    expect(en.result.cancelLabel).toBe('Open task pane');
    for (const label of Object.values(OPEN_TASK_PANE_LABEL)) expect(label.length).toBeLessThanOrEqual(20);
    const on112 = await send({ message: preparedReferral(cc), office: officeStandIn('nl-BE', '1.12') });
    expect(on112.result.cancelLabel).toBeUndefined();
  });

  it('has no commandId or contextData below Mailbox 1.14, and no errorMessage below 1.12', async () => {
    const cc = { cc: [{ emailAddress: COLLEAGUE }] };
    const on112 = await send({ message: preparedReferral(cc), office: officeStandIn('nl-BE', '1.12') });
    expect(Object.keys(on112.result).sort()).toEqual(['allowEvent', 'errorMessage']);
    const on110 = await send({ message: preparedReferral(cc), office: officeStandIn('nl-BE', '1.10') });
    expect(on110.result).toEqual({ allowEvent: false });
  });

  it('a question (prompt) on Mailbox 1.12/1.13, where Outlook cannot offer Send Anyway, blocks and says what to do instead', async () => {
    const followUp = { to: [{ emailAddress: MESEN }], attachments: [], subject: 'Afspraak volgende week', body: 'Past dinsdag om 10 uur?' };
    const on114 = await send({ message: followUp });
    expect(on114.result.sendModeOverride).toBe('promptUser');
    expect(on114.result.errorMessage).not.toContain('Toch verzenden');
    for (const [version, lang] of [
      ['1.12', 'nl-BE'],
      ['1.13', 'en-US'],
    ] as const) {
      const { result } = await send({ message: followUp, office: officeStandIn(lang, version) });
      expect(result.allowEvent).toBe(false);
      expect(result.sendModeOverride).toBeUndefined();
      expect(result.errorMessage).toContain(lang === 'nl-BE' ? 'geen "Toch verzenden"' : 'cannot offer "Send Anyway"');
      expect((result.errorMessage ?? '').length).toBeLessThanOrEqual(500);
    }
  });

  it('hands the pane reason codes only (contextData), never addresses', async () => {
    const { result } = await send({ message: preparedReferral({ to: [{ emailAddress: KONTICH }, { emailAddress: KONTICH }] }) });
    expect(JSON.parse(result.contextData ?? '{}')).toEqual({ source: 'send-check', outcome: 'block', basis: 'referral', reasons: ['recipient-duplicate'] });
    expect(result.contextData).not.toContain(KONTICH);
  });
});

describe('the manifest wiring the handler relies on', () => {
  it('names the handler and the task pane button the shell uses', () => {
    const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(manifest).toContain('FunctionName="onMessageSendHandler"');
    expect(manifest).toContain(`id="${TASKPANE_COMMAND_ID}"`);
    expect(loadShippedRegistry().ok).toBe(true);
  });
});
