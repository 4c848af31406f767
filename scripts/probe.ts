// `npm run probe -- https://addin.example.org/ [--days 21] [--ca extra-ca.pem] [--timeout 10]`:
// checks the hosted add-in as Outlook will load it (scripts/lib/probe.ts) and prints one line per
// check. Exit 0: all well; 1: trouble (each problem on a FAIL line); 2: a bad argument. Meant for
// cron or a monitoring system: docs/admin.md, "Monitoring".
import { readFileSync } from 'node:fs';
import { probe, probeBase, type ProbeOptions } from './lib/probe';

const USAGE = 'usage: npm run probe -- https://addin.example.org/ [--days 21] [--ca extra-ca.pem] [--timeout 10]';

function parse(argv: readonly string[]): { base: string; options: ProbeOptions } {
  let base: string | undefined;
  const options: ProbeOptions = { days: 21, timeoutMs: 10_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--days') {
      const v = value();
      if (!/^\d{1,4}$/.test(v)) throw new Error(`--days "${v}" must be a whole number of days`);
      options.days = Number(v);
    } else if (a === '--timeout') {
      const v = value();
      if (!/^\d{1,3}$/.test(v) || Number(v) === 0) throw new Error(`--timeout "${v}" must be a number of seconds (1-999)`);
      options.timeoutMs = Number(v) * 1000;
    } else if (a === '--ca') {
      const file = value();
      try {
        options.ca = readFileSync(file);
      } catch (e) {
        throw new Error(`--ca ${file}: cannot read it (${e instanceof Error ? e.message : String(e)})`, { cause: e });
      }
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (base === undefined) base = a;
    else throw new Error(`one address only, not also ${a}`);
  }
  if (base === undefined) throw new Error('the address of the hosted add-in is missing');
  return { base: probeBase(base), options };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(process.argv.slice(2));
  } catch (e) {
    console.error(`probe: ${e instanceof Error ? e.message : String(e)}`);
    console.error(USAGE);
    return 2;
  }
  const result = await probe(args.base, args.options);
  for (const f of result.findings) console.log(`${f.ok ? 'OK  ' : 'FAIL'} ${f.what}: ${f.detail}`);
  console.log(
    result.live ? `live: version ${result.live.version}, registry ${result.live.registry}` : 'live: no version.json (a release built before version 1.1?)',
  );
  const failed = result.findings.filter((f) => !f.ok).length;
  console.log(failed ? `${args.base}: ${failed} problem${failed === 1 ? '' : 's'}` : `${args.base}: OK`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`probe: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
