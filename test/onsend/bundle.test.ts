// The built dist/onsend.js itself, as classic Outlook on Windows runs it: one file, ES2016,
// in a bare JavaScript context with nothing but an Office object (no require, window, document,
// localStorage, atob or timers).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { COLLEAGUE, MARKER_HEADERS, MESEN, PDF_BYTES, ZIP_BYTES, ZIP_NAME, KONTICH } from './fixtures';

type Completed = { allowEvent: boolean; errorMessage?: string; commandId?: string };
type Handler = (event: { completed(options: Completed): void }) => void;
type AsyncResult = { status: string; value?: unknown; error?: { code: number; name: string } };
type Callback = (result: AsyncResult) => void;

const ROOT = join(__dirname, '..', '..');
let outDir: string;
let code: string;

// webpack.config.js is an ES module, which Jest's CommonJS runtime cannot import: a child Node
// process drives the webpack Node API with the project's own "events" config.
const BUILD = `
import webpack from 'webpack';
import factory from './webpack.config.js';
const config = factory({}, { mode: 'production' }).find((c) => c.name === 'events');
config.output = { ...config.output, path: process.argv[1] };
webpack(config, (err, stats) => {
  if (err || stats.hasErrors()) { process.stderr.write(String(err ?? stats.toString('errors-only'))); process.exit(1); }
});
`;

function buildEvents(dir: string): string {
  execFileSync(process.execPath, ['--input-type=module', '-e', BUILD, dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  return readFileSync(join(dir, 'onsend.js'), 'utf8');
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'onsend-bundle-'));
  code = buildEvents(outDir);
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

type Mail = {
  to: string[];
  cc?: string[];
  attachments?: Array<{ name: string; bytes: Uint8Array }>;
  headers?: Record<string, string>;
};

/** A stand-in for office.js in classic Outlook: callbacks arrive later, as Office's do. */
function officeFor(mail: Mail, calls: string[]) {
  const ok = (value: unknown): AsyncResult => ({ status: 'succeeded', value });
  const later = (cb: Callback, result: AsyncResult) => void Promise.resolve().then(() => cb(result));
  const recipients = (list: string[] = []) => ({
    getAsync: (cb: Callback) => {
      calls.push('recipients');
      later(cb, ok(list.map((a) => ({ emailAddress: a, displayName: a, recipientType: 'externalUser' }))));
    },
  });
  const attachments = (mail.attachments ?? []).map((a, i) => ({ id: `att-${i}`, name: a.name, size: a.bytes.length, isInline: false, attachmentType: 'file', bytes: a.bytes }));
  const associations = new Map<string, Handler>();
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { RecipientsChanged: 'olkRecipientsChanged' },
    MailboxEnums: { AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' } },
    actions: { associate: (name: string, fn: Handler) => associations.set(name, fn) },
    context: {
      displayLanguage: 'nl-BE',
      requirements: { isSetSupported: (name: string, v?: string) => name === 'Mailbox' && Number((v ?? '1.1').split('.')[1]) <= 14 },
      mailbox: {
        item: {
          to: recipients(mail.to),
          cc: recipients(mail.cc),
          bcc: recipients([]),
          subject: { getAsync: (cb: Callback) => (calls.push('subject'), later(cb, ok('Doorverwijzing'))) },
          body: { getAsync: (_t: string, cb: Callback) => (calls.push('body'), later(cb, ok('Beste, zie bijlage.'))) },
          internetHeaders: {
            getAsync: (names: string[], cb: Callback) => {
              calls.push('headers');
              const h = mail.headers ?? {};
              later(cb, ok(Object.fromEntries(names.filter((n) => n in h).map((n) => [n, h[n]]))));
            },
          },
          getAttachmentsAsync: (cb: Callback) => {
            calls.push('attachments');
            later(cb, ok(attachments.map(({ bytes: _b, ...rest }) => rest)));
          },
          getAttachmentContentAsync: (id: string, cb: Callback) => {
            calls.push('content');
            const a = attachments.find((x) => x.id === id);
            later(cb, a ? ok({ format: 'base64', content: Buffer.from(a.bytes).toString('base64') }) : { status: 'failed', error: { code: 9003, name: 'InvalidAttachmentId' } });
          },
        },
      },
    },
  };
  return { office, associations };
}

async function sendInBundle(mail: Mail): Promise<{ completions: Completed[]; calls: string[]; globals: string[] }> {
  const calls: string[] = [];
  const { office, associations } = officeFor(mail, calls);
  const context = vm.createContext({ Office: office });
  vm.runInContext(code, context, { filename: 'onsend.js' });
  const handler = associations.get('onMessageSendHandler');
  if (!handler) throw new Error('the bundle did not associate onMessageSendHandler');
  const completions: Completed[] = [];
  handler({ completed: (o) => void completions.push(o) });
  for (let i = 0; i < 200 && completions.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 30));
  return { completions, calls, globals: Object.keys(context) };
}

describe('dist/onsend.js', () => {
  it('parses as ES2016 script: no async/await, no optional chaining, no import', () => {
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
    expect(code).not.toMatch(/\brequire\(|\bimport\(/);
  });

  it('is one self-contained minified file under 90 KB', () => {
    expect(code.length).toBeLessThan(90 * 1024);
    expect(readFileSync(join(outDir, 'commands.html'), 'utf8')).toMatch(/<script[^>]+src="?onsend\.js/);
  });

  it('registers onMessageSendHandler and allows a mail to a colleague, without reading body or attachments', async () => {
    const { completions, calls } = await sendInBundle({ to: [COLLEAGUE], attachments: [{ name: 'agenda.pdf', bytes: PDF_BYTES }] });
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(calls).not.toContain('body');
    expect(calls).not.toContain('attachments');
  });

  it('allows a prepared referral (hashing the zip without crypto.subtle, decoding it without atob)', async () => {
    const { completions, calls } = await sendInBundle({ to: [KONTICH], attachments: [{ name: ZIP_NAME, bytes: ZIP_BYTES }], headers: MARKER_HEADERS });
    expect(calls).toContain('content');
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  it('refuses a plaintext attachment to a registered mailbox, once, in Dutch, with the task pane button', async () => {
    const { completions } = await sendInBundle({ to: [MESEN], attachments: [{ name: 'formulier.pdf', bytes: PDF_BYTES }] });
    expect(completions).toHaveLength(1);
    expect(completions[0]).toMatchObject({ allowEvent: false, commandId: 'msgComposeOpenPaneButton' });
    expect(completions[0]?.errorMessage).toMatch(/niet met de add-in versleuteld/);
    expect((completions[0]?.errorMessage ?? '').length).toBeLessThanOrEqual(500);
  });

  it('refuses a Cc added after encryption', async () => {
    const { completions } = await sendInBundle({ to: [KONTICH], cc: [COLLEAGUE], attachments: [{ name: ZIP_NAME, bytes: ZIP_BYTES }], headers: MARKER_HEADERS });
    expect(completions).toHaveLength(1);
    expect(completions[0]?.allowEvent).toBe(false);
    expect(completions[0]?.errorMessage).toContain('CC');
  });

  it('leaves no storage or DOM behind: the context holds only what it was given (plus atob where missing)', async () => {
    const { globals } = await sendInBundle({ to: [COLLEAGUE] });
    expect(globals.filter((g) => !['Office', 'atob', '__zod_globalConfig', '__zod_globalRegistry'].includes(g))).toEqual([]);
  });
});
