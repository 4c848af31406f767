import { officeReadyOf, resolveMailbox } from '../../src/office/detect';
import { createFakeOffice } from './fakeOffice';

describe('resolveMailbox', () => {
  it('uses the real mailbox inside Outlook', async () => {
    const fake = createFakeOffice({ displayLanguage: 'nl-BE' });
    const result = await resolveMailbox(Promise.resolve({ host: 'Outlook' }), fake.office);
    expect(result.kind).toBe('outlook');
    expect(result.port.host).toBe('outlook');
    expect(await result.port.getSubject()).toBe('Doorverwijzing');
    expect('control' in result).toBe(false);
  });

  it('uses the simulated message in a plain browser (host null)', async () => {
    const fake = createFakeOffice();
    const result = await resolveMailbox(Promise.resolve({ host: null }), fake.office, {
      simulated: { initial: { subject: 'Preview' }, options: { displayLanguage: 'en-US' } },
    });
    if (result.kind !== 'preview') throw new Error('expected preview');
    expect(result.reason).toBe('no-office-host');
    expect(result.port.host).toBe('preview');
    expect(result.port.displayLanguage).toBe('en-US');
    expect(result.control.inspect().subject).toBe('Preview');
  });

  it('falls back to the preview when office.js did not load at all', async () => {
    const result = await resolveMailbox(undefined, undefined);
    expect(result).toMatchObject({ kind: 'preview', reason: 'office-unavailable' });
  });

  it('falls back to the preview when Office.onReady rejects', async () => {
    const fake = createFakeOffice();
    const result = await resolveMailbox(Promise.reject(new Error('script error')), fake.office);
    expect(result).toMatchObject({ kind: 'preview', reason: 'office-unavailable' });
  });

  it('falls back to the preview when Office.onReady never resolves', async () => {
    const fake = createFakeOffice();
    const started = Date.now();
    const result = await resolveMailbox(new Promise(() => undefined), fake.office, { timeoutMs: 20 });
    expect(result).toMatchObject({ kind: 'preview', reason: 'office-timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('does not use a simulation in another Office application', async () => {
    const fake = createFakeOffice();
    const result = await resolveMailbox(Promise.resolve({ host: 'Word' }), fake.office);
    expect(result).toMatchObject({ kind: 'preview', reason: 'unsupported-host' });
  });

  it('does not keep the process waiting once Office answered', async () => {
    jest.useFakeTimers();
    try {
      const fake = createFakeOffice();
      await resolveMailbox(Promise.resolve({ host: null }), fake.office);
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('officeReadyOf', () => {
  it('calls Office.onReady when office.js is there', async () => {
    const fake = createFakeOffice();
    await expect(officeReadyOf(fake.office)).resolves.toMatchObject({ host: 'Outlook' });
  });

  it('is undefined without office.js, or when onReady throws', () => {
    expect(officeReadyOf(undefined)).toBeUndefined();
    const fake = createFakeOffice();
    fake.raw.onReady = () => {
      throw new Error('not initialised');
    };
    expect(officeReadyOf(fake.office)).toBeUndefined();
  });
});

describe('resolveMailbox(officeGlobal), the one-argument form', () => {
  it('calls Office.onReady itself', async () => {
    const fake = createFakeOffice();
    await expect(resolveMailbox(fake.office)).resolves.toMatchObject({ kind: 'outlook' });
    fake.raw.onReady = () => Promise.resolve({ host: null, platform: null } as unknown as { host: string; platform: string });
    await expect(resolveMailbox(fake.office, { simulated: { initial: { subject: 'P' } } })).resolves.toMatchObject({
      kind: 'preview',
      reason: 'no-office-host',
    });
  });

  it('gives the preview without office.js, keeping the simulated options', async () => {
    const result = await resolveMailbox(undefined, { simulated: { initial: { subject: 'P' } } });
    if (result.kind !== 'preview') throw new Error('expected preview');
    expect(result.reason).toBe('office-unavailable');
    expect(result.control.inspect().subject).toBe('P');
  });

  it('treats (undefined, Office) as the two-argument form', async () => {
    const fake = createFakeOffice();
    await expect(resolveMailbox(undefined, fake.office)).resolves.toMatchObject({ kind: 'preview', reason: 'office-unavailable' });
  });
});
