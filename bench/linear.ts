// `npm run bench:linear`: every text rule on 2 MB of adversarial input (test/domain/adversarial.ts:
// one endless token, endless separators, digits, "@", ".", soft hyphens, zero-width spaces, a
// token of password symbols), as CPU time, best of three. Target: under 200 ms per rule (issue 16),
// and the whole Send through the built bundle in classic Outlook's ES2016-only runtime under
// 600 ms. The tests check that each rule grows linearly (test/domain/linearTime.test.ts); this
// prints the absolute figures for BENCHMARKS.md. Run it on a quiet machine: CPU time still grows
// when other work shares the cores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { TRACES_SESSION_KEY, buildTraces, checkText, containsNationalNumber, containsPassword, containsPasswordShape, traceMatcher } from '../src/domain';
import { ADVERSARIAL, cpuMs } from '../test/domain/adversarial';
import { buildEvents } from '../test/onsend/buildEvents';
import { cloneInto, es2016Context } from '../test/onsend/es2016';
import type { Completion } from '../test/onsend/officeStandIn';
import { officeStandIn } from '../test/onsend/officeStandIn';

const SALT = '0123456789abcdef0123456789abcdef';
const CLIENT = { firstName: 'Wout', lastName: 'Van den Broeck', phone: '0470 12 34 56', email: 'jan.vdb@example.org' };
const traces = buildTraces({ client: CLIENT, fileName: 'Verwijsformulier Kristof.pdf' }, SALT);
const RULE_TARGET = 200;
const SEND_TARGET = 600;

const RULES: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
  ['password shape', containsPasswordShape],
  ['national register number', containsNationalNumber],
  ['the known password', (text) => containsPassword(text, '7K3M-Q9TX-4HNB-W2ZR')],
  ['client traces', (text) => traceMatcher(traces).find(text)],
  ['the whole text check (1 MiB read)', (text) => checkText({ subject: '', body: text, traces })],
];

async function main(): Promise<void> {
  const width = Math.max(...ADVERSARIAL.map(([what]) => what.length));
  let missed = 0;
  console.log(`Node ${process.version}, source, CPU ms (best of 3); target per rule < ${RULE_TARGET} ms`);
  console.log(`${'input'.padEnd(width)}  ${RULES.map(([name]) => name).join(' | ')}`);
  for (const [what, text] of ADVERSARIAL) {
    const cells: string[] = [];
    for (const [name, run] of RULES) {
      const ms = await cpuMs(() => run(text));
      if (!name.startsWith('the whole') && ms >= RULE_TARGET) missed++;
      cells.push(`${ms.toFixed(0)}`.padStart(name.length));
    }
    console.log(`${what.padEnd(width)}  ${cells.join(' | ')}`);
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'bench-linear-'));
  try {
    const script = new vm.Script(buildEvents(dir), { filename: 'onsend.js' });
    console.log(
      `\nthe whole Send through the built onsend.js, ES2016-only context, a 2 MB body to a registered mailbox with traces; target < ${SEND_TARGET} ms`,
    );
    for (const [what, body] of ADVERSARIAL) {
      const ms = await cpuMs(async () => {
        const context = es2016Context({}, new Date('2026-03-02T09:30:00Z'));
        const standIn = officeStandIn(
          { to: ['ocmw@mesen.be'], subject: 'Vraag', body, sessionData: { [TRACES_SESSION_KEY]: JSON.stringify(traces) } },
          { clone: cloneInto(context) },
        );
        context.Office = standIn.office;
        script.runInContext(context);
        const handler = standIn.associations.get('onMessageSendHandler');
        if (!handler) throw new Error('the bundle did not register its handler');
        await new Promise<Completion>((resolve) => handler({ completed: (o) => resolve(o) }));
      });
      if (ms >= SEND_TARGET) missed++;
      console.log(`${what.padEnd(width)}  ${ms.toFixed(0)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(missed ? `\n${missed} figure(s) over target` : '\nevery figure under target');
  process.exitCode = missed ? 1 : 0;
}

void main();
