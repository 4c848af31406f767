// The task pane's encryption path in real headless Chromium, served with the production headers
// (hosting/headers.ts): a worker file of ours, zip.js inside it, nothing on the main thread.
// The zip that comes back is opened by 7-Zip and bsdtar.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from '../../hosting/headers';
import { MAX_ZIP_BYTES } from '../../src/crypto/limits';
import { generatePassword } from '../../src/crypto/password';
import { openCryptoRig, type CryptoRig } from '../crypto/browser-rig';
import { extractWith7zz, extractWithBsdtar, listWith7zz, writeZip } from '../crypto/peers';

jest.setTimeout(120_000);

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'crypto');
let rig: CryptoRig;

beforeAll(async () => {
  rig = await openCryptoRig();
});
afterAll(async () => {
  await rig?.close();
});

it('serves the page and the worker with the production CSP', async () => {
  for (const file of ['taskpane.html', 'crypto-page.js']) {
    const response = await fetch(`${rig.server.url}${file}`);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  }
  expect(contentSecurityPolicy()).toMatch(/worker-src 'self'(;|$)/);
});

it.each([
  ['sample.pdf', 'doorverwijzing-KG-20261123-7K3M9Q.pdf'],
  ['sample.jpg', 'doorverwijzing-KG-20261123-7K3M9Q.jpg'],
])('%s: encrypted in the worker (WASM engine), opened by 7-Zip and bsdtar', async (fixture, entryName) => {
  const bytes = readFileSync(path.join(FIXTURES, fixture));
  const password = generatePassword();
  const result = await rig.encrypt({ files: [{ name: entryName, base64: bytes.toString('base64') }], password, returnZip: true });
  if (!result.ok) throw new Error(`encryption failed: ${result.code}`);
  expect(result.path).toEqual({ thread: 'worker', engine: 'wasm' });
  expect(result.lastProgress).toEqual([bytes.length, bytes.length]);
  const zipFile = writeZip(Buffer.from(result.zipBase64!, 'base64'));
  expect(listWith7zz(zipFile, password).map((e) => e.Method)).toEqual([expect.stringMatching(/^AES-256/)]);
  const seven = extractWith7zz(zipFile, password);
  expect(seven.result.status).toBe(0);
  expect(seven.files.get(entryName)?.equals(bytes)).toBe(true);
  const tar = extractWithBsdtar(zipFile, password);
  expect(tar.result.status).toBe(0);
  expect(tar.files.get(entryName)?.equals(bytes)).toBe(true);
  expect(rig.csp).toEqual([]);
  expect(rig.errors).toEqual([]);
});

it('as the pane uses it: base64 in (as Office gives it), base64 and SHA-256 out, all in the worker; 7-Zip and bsdtar open it', async () => {
  const bytes = readFileSync(path.join(FIXTURES, 'sample.pdf'));
  const password = generatePassword();
  const result = await rig.encrypt({
    files: [{ name: 'doorverwijzing-KG-20261123-7K3M9Q.pdf', base64: bytes.toString('base64') }],
    password,
    input: 'base64',
    output: 'base64',
    returnZip: true,
    prestart: true,
  });
  if (!result.ok) throw new Error(`encryption failed: ${result.code}`);
  const zip = Buffer.from(result.zipBase64!, 'base64');
  expect(zip.length).toBe(result.zipSize);
  expect(result.sha256).toBe(createHash('sha256').update(zip).digest('hex'));
  const zipFile = writeZip(zip);
  expect(extractWith7zz(zipFile, password).files.get('doorverwijzing-KG-20261123-7K3M9Q.pdf')?.equals(bytes)).toBe(true);
  expect(extractWithBsdtar(zipFile, password).files.get('doorverwijzing-KG-20261123-7K3M9Q.pdf')?.equals(bytes)).toBe(true);
  expect(rig.csp).toEqual([]);
});

it('a started-in-advance worker, with the buffer handed over, gives the same result', async () => {
  const password = generatePassword();
  const result = await rig.encrypt({ files: [{ name: 'a.txt', generate: 'text', size: 300_000 }], password, prestart: true, transfer: true, returnZip: true });
  if (!result.ok) throw new Error(`encryption failed: ${result.code}`);
  expect(result.path.thread).toBe('worker');
  const { result: r, files } = extractWith7zz(writeZip(Buffer.from(result.zipBase64!, 'base64')), password);
  expect(r.status).toBe(0);
  expect(files.get('a.txt')?.length).toBe(300_000);
});

it('a worker the CSP refuses (blob:) makes the call reject; nothing runs on the main thread', async () => {
  const before = rig.csp.length;
  const result = await rig.encrypt({ files: [{ name: 'a.txt', generate: 'text', size: 1000 }], password: generatePassword(), workerSource: 'blob' });
  expect(result).toMatchObject({ ok: false, code: 'worker-unavailable' });
  expect(rig.csp.slice(before).join('\n')).toMatch(/worker-src/);
  rig.csp.length = before;
});

it.each([
  ['', 'password-empty'],
  ['geheim', 'password-weak'],
])('password %j is refused with %s', async (password, code) => {
  const result = await rig.encrypt({ files: [{ name: 'a.txt', generate: 'text', size: 1000 }], password });
  expect(result).toMatchObject({ ok: false, code });
});

it('a file too large for Outlook is refused before a worker starts', async () => {
  const result = await rig.encrypt({ files: [{ name: 'scan.pdf', generate: 'random', size: MAX_ZIP_BYTES }], password: generatePassword() });
  expect(result).toMatchObject({ ok: false, code: 'too-large' });
  expect(result.ms).toBeLessThan(1000);
});
