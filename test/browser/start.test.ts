// `npm start` as a newcomer runs it: it builds, serves over HTTPS (even where the development CA
// cannot be installed, as here: root, no sudo), prints where things are, and the standalone
// preview it serves works in a browser.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT, chromiumPath, serveOfficeJsLocally, poll } from './harness';

jest.setTimeout(180_000);

let child: ChildProcess | undefined;
const out = mkdtempSync(path.join(tmpdir(), 'kg-start-'));
afterAll(() => {
  // npm start runs tsx runs node: stop the whole process group, not only npm.
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  rmSync(out, { recursive: true, force: true });
});

test('npm start serves the pane over HTTPS and prints the manifest path and the preview URL', async () => {
  const port = 3000 + 100 + Math.floor(Math.random() * 800);
  child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_OUT_DIR: out, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 150_000;
  while (!output.includes('Stoppen / Stop')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(output).toContain(`https://localhost:${port}/taskpane.html`);
  expect(output).toContain(path.join(ROOT, 'manifest.xml'));

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    await serveOfficeJsLocally(context);
    const page = await context.newPage();
    const response = await page.goto(`https://localhost:${port}/taskpane.html`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.getByTestId('preview-banner').waitFor();
    await poll(() => page.getByTestId('preview-banner').textContent()).toContain('Voorbeeldmodus');
  } finally {
    await browser.close();
  }
});
