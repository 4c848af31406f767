// `npm run bench:registry`: how the registry scales. For generated registries of 300, 3,000 and
// 30,000 protocols (bench/registry-data.ts; BENCH_SIZES=300,3000 for a quicker look):
// - check: parseRegistryBytes on the file's bytes, as `npm run registry -- check` and the build
//   do (median of 3), and the command itself, end to end (one run, tsx start-up included);
// - lookup: resolveProtocol on the pane's form, the first one (which builds the index) and then
//   the median of 1,000 (postcode, name, NIS code, id in turn);
// - evaluateSend: the pane's verdict on a good referral (location by postcode), the Send check's
//   on the same mail (location by protocol id, 'send' form), the Send check's verdict on that
//   mail with a colleague in Cc (an address that is no mailbox makes the rules look for the
//   registered mailboxes it could resemble), and the Send check's first step on every mail,
//   sorting the recipients (screenRecipients: registered, imitation, near miss, group, other) of
//   an ordinary mail with 60 recipients; median of 50;
// - bytes: the real bundles built with each registry (ADDIN_REGISTRY_FILE), gzip level 9, minus
//   the same build with the shipped registry (2 protocols): the pane's initial JS, its registry
//   chunk, its other lazy chunks (the full records) and onsend.js.
// Results are recorded by hand in BENCHMARKS.md ("Registry"), with the targets.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CalendarDay, ClientLocation, MailSnapshotInput, Protocol, Registry } from '../src/domain';
import { MailSnapshot, compactRegistry, evaluateSendOnDay, expandRegistry, parseRegistryBytes, screenRecipients, resolveProtocol } from '../src/domain';
import { generateRegistry } from './registry-data';

const ROOT = process.cwd();
const SIZES = (process.env.BENCH_SIZES ?? '300,3000,30000').split(',').map(Number);
const work = mkdtempSync(path.join(tmpdir(), 'bench-registry-'));

const ms = (x: number): string => (x < 1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const signedKb = (n: number): string => `${n >= 0 ? '+' : '−'}${kb(Math.abs(n))}`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const value = f();
  return [value, performance.now() - t0];
}

type Bytes = { initial: number; registryChunk: number; otherLazy: number; onsend: number; onsendRaw: number };

function buildBundles(registryFile: string, label: string): Bytes {
  const out = path.join(work, `dist-${label}`);
  console.error(`building the bundles with ${label} ...`);
  execFileSync('npx', ['--no-install', 'webpack', '--mode', 'production'], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_REGISTRY_FILE: registryFile, ADDIN_OUT_DIR: out, NODE_OPTIONS: '--max-old-space-size=8192' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const html = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
  const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1] ?? '').filter((src) => !/^https?:/.test(src));
  const js = readdirSync(out).filter((f) => f.endsWith('.js') && f !== 'onsend.js');
  const registryChunk = js.filter((f) => f.startsWith('registry.'));
  const sum = (files: string[]): number => files.reduce((n, f) => n + gz(path.join(out, f)), 0);
  const bytes = {
    initial: sum(initial),
    registryChunk: sum(registryChunk),
    otherLazy: sum(js.filter((f) => !initial.includes(f) && !registryChunk.includes(f))),
    onsend: gz(path.join(out, 'onsend.js')),
    onsendRaw: readFileSync(path.join(out, 'onsend.js')).length,
  };
  rmSync(out, { recursive: true, force: true });
  return bytes;
}

function snapshot(p: Protocol, location: ClientLocation, extra: Partial<MailSnapshotInput> = {}): MailSnapshot {
  const sha = 'a'.repeat(64);
  return MailSnapshot.parse({
    location,
    recipients: [{ address: p.mailbox, displayName: '', field: 'to', recipientType: 'user' }],
    consentConfirmed: true,
    subject: 'Doorverwijzing KG-2026-7F3K9Q2M',
    body: 'Beste,\n\nIn bijlage een doorverwijzing (referentie KG-2026-7F3K9Q2M). Open het bestand met 7-Zip.\n\nMet vriendelijke groet',
    attachments: [{ name: 'doorverwijzing-KG-2026-7F3K9Q2M.zip', size: 20480, isOurEncryptedZip: true, sha256: sha }],
    encryptedZipSha256: sha,
    ...extra,
  });
}

function measureRules(records: readonly Protocol[]): Record<string, number> {
  const pane: Registry = expandRegistry(compactRegistry(records, 'pane'));
  const send: Registry = expandRegistry(compactRegistry(records, 'send'));
  // The last protocols of the file, in force on their last day: the ones a scan reaches last.
  const inForce = records.filter((p) => p.endedOn === null).slice(-20);
  const target = inForce[inForce.length - 1] ?? records[records.length - 1];
  if (!target) throw new Error('empty registry');
  const day = target.inForceFrom;
  const queries: ClientLocation[] = inForce.flatMap((p) => [
    { by: 'postcode' as const, value: p.municipality.postcodes[0] ?? '' },
    { by: 'municipality' as const, value: p.municipality.localities?.[p.municipality.localities.length - 1] ?? p.municipality.name },
    { by: 'nis' as const, value: p.municipality.nis },
    { by: 'protocolId' as const, value: p.id },
  ]);
  const [, firstLookup] = time(() => resolveProtocol(pane, { by: 'municipality', value: target.municipality.name }, day as CalendarDay));
  const lookups: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const q = queries[i % queries.length] as ClientLocation;
    lookups.push(time(() => resolveProtocol(pane, q, day as CalendarDay))[1]);
  }
  const paneMail = snapshot(target, { by: 'postcode', value: target.municipality.postcodes[0] ?? '' });
  const sendMail = snapshot(target, { by: 'protocolId', value: target.id });
  const ordinary = Array.from({ length: 60 }, (_, i) => ({
    address: i % 3 === 0 ? `collega${i}@kindengezin.be` : i % 3 === 1 ? `contact${i}@example.org` : `secretariaat${i}@gemeente.be`,
    displayName: `Contact ${i}`,
    field: 'to' as const,
    recipientType: 'externalUser' as const,
  }));
  const paneTimes: number[] = [];
  const sendTimes: number[] = [];
  const ordinaryTimes: number[] = [];
  const ccTimes: number[] = [];
  const ccMail = snapshot(
    target,
    { by: 'protocolId', value: target.id },
    {
      recipients: [
        { address: target.mailbox, displayName: '', field: 'to', recipientType: 'user' },
        { address: 'collega@kindengezin.be', displayName: '', field: 'cc', recipientType: 'user' },
      ],
    },
  );
  for (let i = 0; i < 50; i++) {
    const [pv, pt] = time(() => evaluateSendOnDay(paneMail, pane, day as CalendarDay));
    const [sv, st] = time(() => evaluateSendOnDay(sendMail, send, day as CalendarDay));
    if (!pv.allowed || !sv.allowed) throw new Error(`the good referral was refused: ${[...pv.reasons, ...sv.reasons].map((r) => r.code).join(', ')}`);
    paneTimes.push(pt);
    sendTimes.push(st);
    ordinaryTimes.push(time(() => screenRecipients(ordinary, send))[1]);
    ccTimes.push(time(() => evaluateSendOnDay(ccMail, send, day as CalendarDay))[1]);
  }
  return {
    firstLookup,
    lookup: median(lookups),
    panePaneVerdict: median(paneTimes),
    sendVerdict: median(sendTimes),
    ccVerdict: median(ccTimes),
    ordinary: median(ordinaryTimes),
  };
}

function main(): void {
  const rows: string[] = [];
  const baseline = buildBundles(path.join(ROOT, 'registry', 'protocols.json'), 'the shipped registry (2 protocols)');
  console.log(
    `Baseline (shipped registry, 2 protocols): pane initial ${kb(baseline.initial)}, registry chunk ${kb(baseline.registryChunk)}, other lazy ${kb(baseline.otherLazy)}, onsend.js ${kb(baseline.onsendRaw)} raw / ${kb(baseline.onsend)} gzipped`,
  );
  for (const n of SIZES) {
    const file = path.join(work, `registry-${n}.json`);
    writeFileSync(file, `${JSON.stringify(generateRegistry(n), null, 2)}\n`);
    const bytes = readFileSync(file);
    const checks: number[] = [];
    let records: readonly Protocol[] = [];
    for (let i = 0; i < 3; i++) {
      const [r, t] = time(() => parseRegistryBytes(bytes));
      if (!r.ok) throw new Error(`generated registry of ${n} is invalid: ${r.problems[0]?.message.en}`);
      records = r.records;
      checks.push(t);
    }
    const cli = time(() => spawnSync('npx', ['--no-install', 'tsx', 'src/cli/registry.ts', 'check', file], { cwd: ROOT, encoding: 'utf8' }));
    if (cli[0].status !== 0) throw new Error(`check of ${n} failed: ${cli[0].stdout}${cli[0].stderr}`);
    const rules = measureRules(records);
    const built = buildBundles(file, `${n} protocols`);
    const line = [
      n.toLocaleString('en'),
      `${(bytes.length / 1048576).toFixed(1)} MB`,
      ms(median(checks)),
      ms(cli[1]),
      ms(rules.firstLookup ?? NaN),
      ms(rules.lookup ?? NaN),
      ms(rules.panePaneVerdict ?? NaN),
      ms(rules.sendVerdict ?? NaN),
      ms(rules.ccVerdict ?? NaN),
      ms(rules.ordinary ?? NaN),
      signedKb(built.initial - baseline.initial),
      signedKb(built.registryChunk - baseline.registryChunk),
      signedKb(built.otherLazy - baseline.otherLazy),
      `${signedKb(built.onsend - baseline.onsend)} (${kb(built.onsendRaw)} raw, ${kb(built.onsend)} gz)`,
    ];
    rows.push(`| ${line.join(' | ')} |`);
    console.log(rows[rows.length - 1]);
  }
  console.log('');
  console.log(
    '| protocols | file | check (in process) | `registry -- check` (process) | first lookup | lookup | evaluateSend, pane | evaluateSend, Send check | the same with a Cc | ordinary mail, 60 recipients: screenRecipients | pane initial JS | pane registry chunk | pane other lazy chunks | onsend.js |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

try {
  main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
