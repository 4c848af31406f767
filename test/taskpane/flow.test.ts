// The flow reducer and its selectors: which step a rule's reason belongs to, what locks when.
import { brusselsDay, buildTraces } from '../../src/domain';
import type { Encrypted, FlowState, PriorReferral } from '../../src/taskpane/types';
import * as rules from '../../src/taskpane/controller/rules';
import {
  initialFlow,
  inlineImages,
  isLocked,
  keptPrior,
  locationOf,
  passwordAtRisk,
  priorBlocks,
  recipientsToRemove,
  referralVerdict,
  referralView,
  showLocationVerdict,
  sizePlan,
  sourceReadiness,
} from '../../src/taskpane/flow';
import { encryptCancelled, encryptStart, encryptUncertain } from '../../src/taskpane/intents/encrypt';
import { checked, setPassOn } from '../../src/taskpane/intents/final';
import type { Update } from '../../src/taskpane/intents/intent';
import { commitQuery, typeQuery } from '../../src/taskpane/intents/location';
import { encryptDone, encryptFailed, encryptUnfinished, originalHeld, originalRestored, priorAppeared } from '../../src/taskpane/intents/outcome';
import { keepPrior, priorClearing, priorFound } from '../../src/taskpane/intents/prior';
import { recipientsRead, setConsent } from '../../src/taskpane/intents/recipients';
import { attachmentsRead, chooseAttachment, chooseSourceKind, clearDocument, documentReady } from '../../src/taskpane/intents/source';
import { TEST_NOW } from '../fixtures/time';
import { registry } from '../fixtures/rules';

const day = brusselsDay(TEST_NOW);

const to = (address: string) => ({ address, displayName: address, field: 'to' as const, recipientType: 'externalUser' as const });
const result: Encrypted = {
  reference: 'KG-20260310-ABCDEF',
  password: 'AAAA-BBBB-CCCC-DDDD',
  zipName: 'z.zip',
  zipId: '1',
  sha256: 'a'.repeat(64),
  protocolId: 'kontich-2026',
  original: null,
  headers: 'written',
  traces: buildTraces({}, '0'.repeat(32)),
  tracesStored: 'written',
};

function run(...changes: Update[]): FlowState {
  return changes.reduce(apply, initialFlow);
}

function apply(state: FlowState, change: Update): FlowState {
  return change(state);
}

test('a half-typed name shows no verdict; a postcode or a committed query does', () => {
  expect(
    showLocationVerdict(
      run((s) => typeQuery.perform(s, 'Kon')),
      registry,
    ),
  ).toBe(false);
  expect(
    showLocationVerdict(
      run((s) => typeQuery.perform(s, '9999')),
      registry,
    ),
  ).toBe(true);
  expect(
    showLocationVerdict(
      run((s) => typeQuery.perform(s, 'Kontich')),
      registry,
    ),
  ).toBe(true);
  expect(
    showLocationVerdict(
      run(
        (s) => typeQuery.perform(s, 'Antwerpen'),
        (s) => commitQuery.perform(s),
      ),
      registry,
    ),
  ).toBe(true);
});

test('locationOf classifies postcode, NIS code and name', () => {
  expect(locationOf('2550', registry)).toEqual({ by: 'postcode', value: '2550' });
  expect(locationOf(' 11024 ', registry)).toEqual({ by: 'nis', value: '11024' });
  expect(locationOf('Waarloos', registry)).toEqual({ by: 'municipality', value: 'Waarloos' });
  expect(locationOf('  ', registry)).toBeNull();
  // A postcode short of a digit is a postcode (refused as one), not a municipality.
  expect(locationOf('255', registry)).toEqual({ by: 'postcode', value: '255' });
});

test('postcode and name together, either order, are the postcode when the name belongs to it', () => {
  expect(locationOf('2550 Kontich', registry)).toEqual({ by: 'postcode', value: '2550' });
  expect(locationOf('Waarloos 2550', registry)).toEqual({ by: 'postcode', value: '2550' });
  expect(locationOf('2550, Kontich', registry)).toEqual({ by: 'postcode', value: '2550' });
  // A name that is not that postcode's is judged as typed: found nowhere, never dropped for the postcode.
  expect(locationOf('2550 Mesen', registry)).toEqual({ by: 'municipality', value: '2550 Mesen' });
  expect(
    showLocationVerdict(
      run((s) => typeQuery.perform(s, 'Kontich 2550')),
      registry,
    ),
  ).toBe(true);
});

test('reasons are split by step, from the shared rules', () => {
  const s = run(
    (s) => typeQuery.perform(s, '2550'),
    (s) => recipientsRead(s, [to('ocmw@mesen.be')]),
  );
  const { decision, steps } = referralVerdict(s, registry, day, rules);
  expect(decision.allowed).toBe(false);
  expect(steps.location).toEqual([]);
  expect(steps.recipients.map((r) => r.code)).toEqual(expect.arrayContaining(['recipient-wrong-social-service', 'recipient-missing']));
  expect(steps.consent.map((r) => r.code)).toEqual(['consent-missing']);
  const ok = apply(
    apply(s, (s) => recipientsRead(s, [to('sociale.dienst@kontich.be')])),
    (s) => setConsent.perform(s, 'confirmed'),
  );
  expect(referralVerdict(ok, registry, day, rules).decision.allowed).toBe(true);
});

test('Kontich before 28 February 2026 is refused in the location step', () => {
  const s = run((s) => typeQuery.perform(s, 'Kontich'));
  const { steps } = referralVerdict(s, registry, brusselsDay(new Date('2026-02-20T10:00:00Z')), rules);
  expect(steps.location.map((r) => r.code)).toEqual(['protocol-not-yet-in-force']);
});

test('the set-To button removes everyone but one exact To entry', () => {
  const list = [to('sociale.dienst@kontich.be'), to('sociale.dienst@kontich.be'), { ...to('x@y.be'), field: 'cc' as const }];
  expect(recipientsToRemove(list, 'sociale.dienst@kontich.be').map((r) => `${r.field}:${r.address}`)).toEqual(['to:sociale.dienst@kontich.be', 'cc:x@y.be']);
});

test('after encryption, location, consent and source are locked; the password is at risk until passed on', () => {
  let s = run(
    (s) => typeQuery.perform(s, '2550'),
    (s) => setConsent.perform(s, 'confirmed'),
    (s) => chooseSourceKind.perform(s, 'attachment'),
    (s) => chooseAttachment.perform(s, 'a', 'f.pdf'),
  );
  expect(sourceReadiness(s.source)).toBe('ready');
  s = apply(s, (s) => encryptDone(s, result));
  expect(passwordAtRisk(s)).toBe(true);
  expect(apply(s, (s) => typeQuery.perform(s, '8957')).query).toBe('2550');
  expect(apply(s, (s) => setConsent.perform(s, 'unconfirmed')).consent).toBe('confirmed');
  expect(apply(s, (s) => chooseSourceKind.perform(s, 'pane-form')).source.kind).toBe('attachment');
  expect(passwordAtRisk(apply(s, (s) => setPassOn.perform(s, 'confirmed')))).toBe(false);
});

test('a finished check goes stale when the mail changes under it', () => {
  const decision = referralVerdict(initialFlow, registry, day, rules).decision;
  const s = run(
    (s) => checked(s, { status: 'done', decision, marker: 'valid', salt: '' }),
    (s) => recipientsRead(s, []),
  );
  expect(s.check.status).toBe('idle');
});

test('choosing the pane form needs a made PDF before encryption', () => {
  const s = run((s) => chooseSourceKind.perform(s, 'pane-form'));
  expect(sourceReadiness(s.source)).toBe('fill-form');
  const doc = { name: 'd.pdf', reference: 'KG-20260310-ABCDEF', bytes: new Uint8Array([1]), client: { firstName: 'A' }, transliteratedFields: [] };
  expect(sourceReadiness(apply(s, (s) => documentReady(s, doc)).source)).toBe('ready');
  expect(
    sourceReadiness(
      run(
        (s) => chooseSourceKind.perform(s, 'pane-form'),
        (s) => documentReady(s, doc),
        (s) => clearDocument.perform(s),
      ).source,
    ),
  ).toBe('fill-form');
});

describe('an earlier referral on the mail', () => {
  const whole: PriorReferral = {
    reference: 'KG-20260310-ABCDEF',
    zips: [{ id: 'z', name: 'doorverwijzing-KG-20260310-ABCDEF.zip' }],
    marker: {
      status: 'valid',
      marker: { reference: 'KG-20260310-ABCDEF', protocolId: 'kontich-2026', consent: 'confirmed', attachmentSha256: 'a'.repeat(64) },
    },
    whole: true,
  };

  test('encrypting waits while the mail is read, and while an earlier referral is undecided', () => {
    expect(priorBlocks(initialFlow)).toBe('checking');
    expect(priorBlocks(run((s) => priorFound(s, null)))).toBe('no');
    expect(priorBlocks(run((s) => priorFound(s, whole)))).toBe('found');
    expect(
      priorBlocks(
        run(
          (s) => priorFound(s, whole),
          (s) => priorClearing(s, 'done'),
        ),
      ),
    ).toBe('no');
  });

  test('only a whole referral can be kept; a broken one can only be removed', () => {
    expect(
      keptPrior(
        run(
          (s) => priorFound(s, whole),
          (s) => keepPrior.perform(s),
        ),
      ),
    ).toBe(whole);
    expect(
      keptPrior(
        run(
          (s) => priorFound(s, { ...whole, whole: false }),
          (s) => keepPrior.perform(s),
        ),
      ),
    ).toBeNull();
  });

  test('a failed removal stays on screen to be retried; a late second answer does not undo the first', () => {
    const failed = run(
      (s) => priorFound(s, whole),
      (s) => priorClearing(s, 'running'),
      (s) => priorClearing(s, 'failed'),
    );
    expect(failed.prior).toMatchObject({ status: 'found', clearing: 'failed' });
    expect(
      run(
        (s) => priorFound(s, null),
        (s) => priorFound(s, whole),
      ).prior,
    ).toEqual({ status: 'none' });
  });
});

describe('one state, one message', () => {
  const ready = run(
    (s) => typeQuery.perform(s, '2550'),
    (s) => setConsent.perform(s, 'confirmed'),
    (s) => chooseSourceKind.perform(s, 'attachment'),
    (s) => chooseAttachment.perform(s, 'a', 'f.pdf'),
  );

  test('a second start while running changes nothing; cancelling goes back to idle', () => {
    const started = apply(ready, (s) => encryptStart(s));
    expect(started.encryption.status).toBe('running');
    expect(apply(started, (s) => encryptStart(s))).toBe(started);
    expect(apply(started, (s) => encryptCancelled(s)).encryption.status).toBe('idle');
  });

  test('the password is there only in the final safe state', () => {
    const unfinished = apply(ready, (s) => encryptUnfinished(s, { ...result, headers: 'failed' }));
    expect(referralView(unfinished, registry, day, rules).encrypted).toBeNull();
    expect(passwordAtRisk(unfinished)).toBe(false);
    expect(
      referralView(
        apply(unfinished, (s) => encryptDone(s, result)),
        registry,
        day,
        rules,
      ).encrypted,
    ).toBe(result);
  });

  test('an uncertain run found in the mail becomes an earlier referral; encrypting waits for it', () => {
    const uncertain = apply(
      apply(ready, (s) => priorFound(s, null)),
      (s) => encryptUncertain(s, 'z.zip'),
    );
    expect(isLocked(uncertain)).toBe(true);
    const prior = { reference: 'KG-20260310-ABCDEF', zips: [{ id: 'z', name: 'z.zip' }], marker: { status: 'absent' as const }, whole: false };
    const found = apply(uncertain, (s) => priorAppeared(s, prior));
    expect(found.prior).toMatchObject({ status: 'found', origin: 'this-pane' });
    expect(priorBlocks(found)).toBe('found');
  });

  test('a held original locks the form and blocks encrypting until it is back (under its new id)', () => {
    const held = apply(
      apply(ready, (s) => encryptFailed(s, 'attach', 'held')),
      (s) => originalHeld(s, { name: 'f.pdf', base64: 'AQID' }),
    );
    expect(isLocked(held)).toBe(true);
    expect(referralView(held, registry, day, rules).missing).toContain('original-held');
    const back = apply(held, (s) => originalRestored(s, 'b'));
    expect(back.held).toBeNull();
    expect(back.source).toEqual({ kind: 'attachment', attachmentId: 'b', name: 'f.pdf' });
  });
});

describe('the size plan: known before anything is read', () => {
  const MB = 1024 * 1024;
  const attachment = (id: string, size: number, isInline = false) => ({ id, name: `${id}.pdf`, size, isInline, attachmentType: 'file' as const });
  const withList = (list: ReturnType<typeof attachment>[], chosen: string) =>
    run(
      (s) => chooseSourceKind.perform(s, 'attachment'),
      (s) => chooseAttachment.perform(s, chosen, `${chosen}.pdf`),
      (s) => attachmentsRead(s, { status: 'ready', list }),
    );

  test('a small form fits; 15 MB needs the original out first; 24 MB is too large; no room left is said so', () => {
    expect(sizePlan(withList([attachment('a', 2 * MB)], 'a'))).toEqual({ kind: 'fits' });
    expect(sizePlan(withList([attachment('a', 15 * MB)], 'a'))).toEqual({ kind: 'original-out-first', originalSize: 15 * MB });
    expect(sizePlan(withList([attachment('a', 24 * MB)], 'a'))).toMatchObject({ kind: 'too-large', reason: 'form' });
    expect(sizePlan(withList([attachment('a', 10 * MB), attachment('b', 15 * MB)], 'a'))).toMatchObject({ kind: 'too-large', reason: 'mail' });
    expect(referralView(withList([attachment('a', 15 * MB)], 'a'), registry, day, rules).plan).toBe('original-out-first');
  });

  test('inline images are listed apart', () => {
    expect(inlineImages(withList([attachment('a', 1000), attachment('logo', 100, true)], 'a')).map((a) => a.id)).toEqual(['logo']);
  });
});

describe('before the rules chunk has arrived (the first screen)', () => {
  const chosen: readonly Update[] = [
    (s) => recipientsRead(s, [to('sociale.dienst@kontich.be')]),
    (s) => commitQuery.perform(s, '2550'),
    (s) => setConsent.perform(s, 'confirmed'),
  ];
  const state = run(...chosen);

  it('judges the location alone, the same as the rules do, and allows nothing', () => {
    const early = referralVerdict(state, registry, day, null);
    const full = referralVerdict(state, registry, day, rules);
    expect(full.decision.allowed).toBe(true);
    expect(early.decision.allowed).toBe(false);
    expect(early.decision.protocol?.id).toBe(full.decision.protocol?.id);
    expect(early.decision.protocolStatus).toBe(full.decision.protocolStatus);
    expect(early.steps.location).toEqual(full.steps.location);
  });

  it('keeps the later steps closed, so no recipient is shown as fine unjudged, and nothing can be encrypted', () => {
    const view = referralView(state, registry, day, null);
    expect(view.open).toBe(false);
    expect(view.canEncrypt).toBe(false);
    expect(referralView(state, registry, day, rules).open).toBe(true);
  });

  it('still says at once why a location cannot be used', () => {
    const early = referralVerdict(
      run((s) => commitQuery.perform(s, '9999')),
      registry,
      day,
      null,
    );
    expect(early.steps.location.map((r) => r.code)).toEqual(['protocol-not-found']);
  });
});
