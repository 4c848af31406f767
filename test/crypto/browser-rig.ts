// Builds a bare page around src/cryptoWorker/client.ts with webpack, serves it with the production
// headers (hosting/headers.ts, via the shared static server) and opens it in headless Chromium.
// Used by test/browser/crypto.test.ts and bench/encrypt.ts, so both exercise the exact worker
// path the task pane uses. Not a test file itself.
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import type { PageResult, PageSpec } from './page/crypto-page';

export type { PageResult, PageSpec } from './page/crypto-page';

const ROOT = process.cwd();

export async function buildCryptoPage(outDir: string): Promise<void> {
  const compiler = webpack({
    mode: 'production',
    context: ROOT,
    target: ['web', 'es2020'],
    entry: { 'crypto-page': './test/crypto/page/crypto-page.ts' },
    output: {
      path: outDir,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:10].js',
      assetModuleFilename: '[name].[contenthash:10][ext]',
      publicPath: '',
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } }] },
    performance: { hints: false },
    devtool: false,
  });
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) => compiler.run((error, result) => (error ? reject(error) : resolve(result))));
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (!stats || stats.hasErrors()) throw new Error(`webpack failed:\n${stats?.toString('errors-only') ?? ''}`);
  await writeFile(
    path.join(outDir, 'taskpane.html'),
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>crypto</title></head><body><script src="crypto-page.js"></script></body></html>',
  );
}

export type CryptoRig = {
  page: Page;
  browser: Browser;
  server: StaticServer;
  csp: string[];
  errors: string[];
  outDir: string;
  encrypt(spec: PageSpec): Promise<PageResult>;
  close(): Promise<void>;
};

export async function openCryptoRig(): Promise<CryptoRig> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'crypto-page-'));
  await buildCryptoPage(outDir);
  const server = await startStaticServer({ root: outDir });
  const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p): p is string => Boolean(p && existsSync(p)));
  if (!executablePath) throw new Error('No Chromium: install Debian `chromium` or set CHROME_PATH (never downloaded).');
  // playwright gives each launch a fresh temporary user-data dir.
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  const csp: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  return {
    page,
    browser,
    server,
    csp,
    errors,
    outDir,
    encrypt: (spec) => page.evaluate((s) => (window as unknown as { cryptoPage: { encrypt(x: PageSpec): Promise<PageResult> } }).cryptoPage.encrypt(s), spec),
    async close() {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
