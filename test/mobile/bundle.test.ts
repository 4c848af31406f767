// The built dist/mobile.js itself, as phones run it: parsed as ES2016 (held to the Send bundle's
// standard), loaded in a context from which every built-in newer than ES2016 is deleted
// (test/onsend/es2016.ts) and in a browser-like one, and the whole phone case table (cases.ts)
// must leave the same notices there as in Node. commands.html, the page Outlook on a phone
// opens, must load it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { PHONE_HANDLERS } from '../../src/mobile/names';
import { buildEvents } from '../onsend/buildEvents';
import { POST_ES2016, browserLikeContext, cloneInto, es2016Context } from '../onsend/es2016';
import type { CaseMail, StandInOptions } from '../onsend/officeStandIn';
import { officeStandIn } from '../onsend/officeStandIn';
import { PHONE_CASES } from './cases';
import { expectNotice, fireEvent } from './harness';

const ROOT = join(__dirname, '..', '..');
let outDir: string;
let code: string;
let script: vm.Script;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'mobile-bundle-'));
  buildEvents(outDir, ROOT);
  code = readFileSync(join(outDir, 'mobile.js'), 'utf8');
  script = new vm.Script(code, { filename: 'mobile.js' });
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

type Runtime = 'es2016' | 'browser';

function load(runtime: Runtime, mail: CaseMail, options: Omit<StandInOptions, 'clone'> = {}) {
  const context = runtime === 'es2016' ? es2016Context({}) : browserLikeContext({});
  const standIn = officeStandIn(mail, { ...options, clone: cloneInto(context) });
  context.Office = standIn.office;
  script.runInContext(context);
  return { context, ...standIn };
}

describe('dist/mobile.js', () => {
  it('parses as ES2016 script: no async/await, no optional chaining, no later regular expressions, no import', () => {
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
    expect(code).not.toMatch(/\brequire\(|\bimport\(/);
  });

  it('is one self-contained file under 100 KB (measured: BENCHMARKS.md, "Phone notice")', () => {
    expect(code.length).toBeLessThan(100 * 1024);
  });

  it('is loaded by commands.html, the page Outlook on a phone opens, before onsend.js', () => {
    const html = readFileSync(join(outDir, 'commands.html'), 'utf8');
    const mobile = html.search(/<script[^>]+src="?mobile\.js/);
    const onsend = html.search(/<script[^>]+src="?onsend\.js/);
    expect(mobile).toBeGreaterThan(0);
    expect(onsend).toBeGreaterThan(mobile);
  });

  it('names only the later built-ins that src/onsend/polyfills.ts installs', () => {
    const polyfilled = ['globalThis', 'Object.values', 'Object.entries', 'Object.fromEntries', 'Object.getOwnPropertyDescriptors', 'Array.prototype.flatMap'];
    const unambiguous = POST_ES2016.filter((p) => !/\.(at|with|any|try|union|values|entries|description|resize|transfer)$|^(Iterator|Intl|crypto)$/.test(p));
    const named = unambiguous.filter((p) => {
      const parts = p.split('.');
      const name = parts[parts.length - 1] as string;
      const pattern = parts.includes('prototype')
        ? `(\\.${name}|["']${name}["'])(?![\\w$])`
        : parts.length > 1
          ? `${parts.join('\\.')}(?![\\w$])`
          : `(^|[^\\w$.])${name}(?![\\w$])`;
      return new RegExp(pattern).test(code);
    });
    // Looked up with typeof before use (src/office/timer.ts); core-js uses Object.hasOwn only where it exists.
    const guarded = ['setTimeout', 'clearTimeout', 'Object.hasOwn', 'btoa', 'atob'];
    expect(named.filter((p) => !polyfilled.includes(p) && !guarded.includes(p))).toEqual([]);
  });

  it.each(['es2016', 'browser'] as const)('loads in the %s context and associates both phone handlers', (runtime) => {
    const { associations } = load(runtime, {});
    for (const fn of Object.values(PHONE_HANDLERS)) expect(associations.has(fn)).toBe(true);
  });
});

describe.each(['es2016', 'browser'] as const)('the phone case table through the built bundle (%s context)', (runtime) => {
  it.each(PHONE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { associations, notices } = load(runtime, c.mail, c.options ?? {});
    const handler = associations.get(PHONE_HANDLERS.OnMessageRecipientsChanged);
    if (!handler) throw new Error('the bundle did not associate the phone handler');
    expect(await fireEvent(handler as Parameters<typeof fireEvent>[0])).toBe(1);
    expectNotice(c, notices);
  });
});

describe('reading only the recipients (ES2016 context)', () => {
  it('never reads the subject, body, attachments or headers', async () => {
    const { associations, calls } = load('es2016', {
      to: ['ocmw@mesen.be'],
      subject: 'x',
      body: 'y',
      attachments: [{ name: 'a.pdf', bytes: new Uint8Array(10) }],
    });
    const handler = associations.get(PHONE_HANDLERS.OnNewMessageCompose) as Parameters<typeof fireEvent>[0];
    expect(await fireEvent(handler)).toBe(1);
    expect([...new Set(calls)].sort()).toEqual(['bcc.getAsync', 'cc.getAsync', 'notificationMessages.replaceAsync', 'to.getAsync']);
  });
});
