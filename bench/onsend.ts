// `npm run bench:onsend`: the Send check's speed, Send -> verdict, through the built dist/onsend.js
// and its real handler: the event goes in, the time is taken when event.completed comes out, and
// every Office call is answered on a later task, as Office does. Two runtimes (test/onsend/es2016.ts):
// the ES2016-only context of classic Outlook (no atob, TextEncoder, crypto, Intl) and a
// browser-like one (Outlook on the web, new Outlook: atob, TextEncoder, crypto.subtle).
//
// Mails: an ordinary mail with 60 recipients and 20 attachments (target < 20 ms), a referral
// from the pane with a 25 MB AES zip, which is decoded, hashed and inspected (target < 1.5 s
// ES2016-only, < 300 ms browser-like), and a referral with the pane's client traces and a 1 MB
// body that every text rule reads (target < 300 ms ES2016-only). Also the time to load the bundle (parse and run).
// BENCH_BUNDLE=path measures another build (e.g. an older one); BENCH_RUNS sets the repetitions.
// Results are recorded by hand in BENCHMARKS.md ("Send check").
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { TRACES_SESSION_KEY, buildTraces, markerHeaders } from '../src/domain';
import { sha256Hex } from '../src/domain/sha256';
import { buildEvents } from '../test/onsend/buildEvents';
import type { Context } from '../test/onsend/es2016';
import { browserLikeContext, cloneInto, es2016Context } from '../test/onsend/es2016';
import type { CaseMail, Completion } from '../test/onsend/officeStandIn';
import { officeStandIn } from '../test/onsend/officeStandIn';
import { buildZip, pseudoRandom } from '../test/onsend/zipBuilder';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const REF = 'KG-20260302-7K3M9Q';
const NOW = new Date('2026-03-02T09:30:00Z');
const MB = 1024 * 1024;

type Runtime = { name: string; make: (now: Date) => Context };
const RUNTIMES: Runtime[] = [
  { name: 'ES2016-only (classic Outlook)', make: (now) => es2016Context({}, now) },
  { name: 'browser-like (web, new Outlook)', make: (now) => browserLikeContext({}, now) },
  // BENCH_BARE=1: also a bare vm context (every built-in of this Node, Intl included, but no atob,
  // TextEncoder, crypto or timers), as issue 10 measured the bundle before it was made ES2016-safe.
  ...(process.env.BENCH_BARE === '1' ? [{ name: 'bare vm (later built-ins, no web APIs)', make: (): Context => vm.createContext({}) }] : []),
];

function ordinaryMail(): CaseMail {
  const recipients = Array.from({ length: 60 }, (_, i) => `collega${i}@kindengezin.be`);
  const attachments = Array.from({ length: 20 }, (_, i) => ({ name: `bijlage-${i}.pdf`, bytes: pseudoRandom(200 * 1024, i + 1) }));
  return {
    to: recipients.slice(0, 30),
    cc: recipients.slice(30, 50),
    bcc: recipients.slice(50),
    subject: 'Nieuwsbrief',
    body: 'Zie bijlagen.'.repeat(200),
    attachments,
  };
}

function referral(zipBytes: number, bodyChars = 0): CaseMail {
  const zip = buildZip([{ name: `doorverwijzing-${REF}.pdf`, data: pseudoRandom(zipBytes, 11), dataDescriptor: true }]);
  const headers = markerHeaders({ reference: REF, protocolId: 'kontich-2026', consent: 'confirmed', attachmentSha256: sha256Hex(zip) });
  const neutral = `In bijlage vindt u een doorverwijzing (referentie ${REF}). Open het bestand met 7-Zip.`;
  return {
    to: ['sociale.dienst@kontich.be'],
    subject: `Doorverwijzing Kind en Gezin ${REF}`,
    body: bodyChars > 0 ? longBody(neutral, bodyChars) : neutral,
    attachments: [{ name: `doorverwijzing-${REF}.zip`, bytes: zip }],
    headers,
    // What the pane leaves for a client filled in in its form: every trace kind is searched.
    sessionData: {
      [TRACES_SESSION_KEY]: JSON.stringify(
        buildTraces(
          {
            client: { firstName: 'Wout', lastName: 'Van den Broeck', phone: '0470 12 34 56', email: 'gezin.vdb@example.org' },
            exclude: ['kontich-2026', 'Kontich', 'OCMW Kontich', 'Kind en Gezin Zuid-Oost Rand Antwerpen'],
            ownName: 'An Peeters',
          },
          '0123456789abcdef0123456789abcdef',
        ),
      ),
    },
  };
}

/** A long mail text of ordinary Dutch (a forwarded thread), with numbers, dates and links: `chars` characters. */
function longBody(start: string, chars: number): string {
  const lines = [
    'Beste collega, ik ben bereikbaar op maandag en dinsdag tussen 9 en 12 uur op 03 450 33 00.',
    'Het overleg van 12/05/2026 om 10u30 gaat door via Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_3f2504e0-4f89-11d3-9a0c-0305e82c3301%40thread.v2/0',
    'De factuur staat op rekening BE68 5390 0754 7034 met mededeling +++090/9337/55493+++.',
    'Met vriendelijke groeten, An Peeters, gezinsondersteuner Kind en Gezin, Antwerpsestraat 12, 2550 Kontich.',
    '> Op 3 maart 2026 schreef de sociale dienst: we nemen contact op met het gezin zodra we de afspraak kunnen bevestigen.',
  ];
  let out = start;
  for (let i = 0; out.length < chars; i++) out += `\n${lines[i % lines.length] as string}`;
  return out.slice(0, chars);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (n: number): string => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;

type Sent = { loadMs: number; firstMs: number; againMs: number; completion: Completion };

/**
 * Two Sends through a fresh context: the first right after loading the bundle (the registry is
 * parsed on the first event, nothing is compiled yet), the second in the same runtime, as when
 * Outlook keeps the add-in's runtime between Sends.
 */
async function sendTwice(script: vm.Script, runtime: Runtime, mail: CaseMail): Promise<Sent> {
  const context = runtime.make(NOW);
  const standIn = officeStandIn(mail, { clone: cloneInto(context) });
  context.Office = standIn.office;
  const loadStart = performance.now();
  script.runInContext(context);
  const loadMs = performance.now() - loadStart;
  const handler = standIn.associations.get('onMessageSendHandler');
  if (!handler) throw new Error(`the bundle did not register its handler in the ${runtime.name} context`);
  const send = async (): Promise<{ ms: number; completion: Completion }> => {
    const start = performance.now();
    const completion = await new Promise<Completion>((resolve) => handler({ completed: (o) => resolve(o) }));
    return { ms: performance.now() - start, completion };
  };
  const first = await send();
  const again = await send();
  return { loadMs, firstMs: first.ms, againMs: again.ms, completion: first.completion };
}

async function main(): Promise<void> {
  let dir: string | undefined;
  let file = process.env.BENCH_BUNDLE;
  if (!file) {
    dir = mkdtempSync(path.join(tmpdir(), 'bench-onsend-'));
    buildEvents(dir);
    file = path.join(dir, 'onsend.js');
  }
  const code = readFileSync(file, 'utf8');
  const script = new vm.Script(code, { filename: 'onsend.js' });
  console.log(`bundle: ${file} (${(code.length / 1024).toFixed(1)} KB), ${RUNS} runs each, median (max)`);

  const mails: Array<{ name: string; mail: CaseMail; expect: boolean; targets: Record<string, number> }> = [
    {
      name: 'ordinary: 60 recipients, 20 attachments',
      mail: ordinaryMail(),
      expect: true,
      targets: { 'ES2016-only (classic Outlook)': 20, 'browser-like (web, new Outlook)': 20 },
    },
    { name: 'referral: 5 MB zip', mail: referral(5 * MB), expect: true, targets: {} },
    {
      name: 'referral: traces, 1 MB body',
      mail: referral(64 * 1024, 1_000_000),
      expect: true,
      targets: { 'ES2016-only (classic Outlook)': 300 },
    },
    {
      name: 'referral: 25 MB zip',
      mail: referral(25 * MB),
      expect: true,
      targets: { 'ES2016-only (classic Outlook)': 1500, 'browser-like (web, new Outlook)': 300 },
    },
  ];
  let missed = 0;
  for (const runtime of RUNTIMES) {
    console.log(`\n${runtime.name}`);
    for (const m of mails) {
      const firsts: number[] = [];
      const agains: number[] = [];
      const loads: number[] = [];
      try {
        for (let i = 0; i < RUNS; i++) {
          const r = await sendTwice(script, runtime, m.mail);
          if (r.completion.allowEvent !== m.expect) throw new Error(`unexpected verdict ${JSON.stringify(r.completion)}`);
          firsts.push(r.firstMs);
          agains.push(r.againMs);
          loads.push(r.loadMs);
        }
      } catch (error) {
        console.log(`  ${m.name.padEnd(42)} FAILED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        missed++;
        continue;
      }
      const target = m.targets[runtime.name];
      // The target holds for the first Send after loading, the slower one.
      const verdict = median(firsts);
      const mark = target === undefined ? '' : verdict < target ? `  target < ${target} ms: met` : `  target < ${target} ms: MISSED`;
      if (target !== undefined && verdict >= target) missed++;
      console.log(
        `  ${m.name.padEnd(40)} first Send ${ms(verdict)} (max ${ms(Math.max(...firsts))}), next Send ${ms(median(agains))}, bundle load ${ms(median(loads))}${mark}`,
      );
    }
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  console.log(missed === 0 ? '\nall targets met' : `\n${missed} target(s) missed or failed`);
  process.exitCode = missed === 0 ? 0 : 1;
}

void main();
