// Command line for admins and support: check, list, look up, and verify against the registry.
// A thin shell over src/domain: it reads files, the clock and argv, and prints; every judgement
// comes from the same functions the task pane and the Send check use.
//
// Exit codes: 0 = valid / found / allowed, 1 = invalid / not found / refused, 2 = bad arguments
// or unreadable file.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Lang, LocalizedText, Problem, Registry } from '../domain/index';
import {
  CalendarDay,
  brusselsDay,
  isCalendarDay,
  classifyQuery,
  evaluateReferral,
  findProtocols,
  parseRegistryJson,
  problem,
  protocolStatus,
  ReferralSnapshot,
} from '../domain/index';

const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

class UsageError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message.en).join('\n'));
  }
}

function defaultRegistryFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // From src/cli (tsx) or from a built file one level deeper; fall back to the working directory.
  const candidates = [resolve(here, '../../registry/protocols.json'), resolve(here, '../../../registry/protocols.json'), resolve('registry/protocols.json')];
  return candidates.find((f) => existsSync(f)) ?? resolve('registry/protocols.json');
}

// --- arguments --------------------------------------------------------------------------------

type Parsed = { positionals: string[]; options: Map<string, string[]>; flags: Set<string> };

const VALUE_OPTIONS = new Set(['postcode', 'municipality', 'nis', 'to', 'cc', 'bcc', 'date', 'lang', 'registry']);
const FLAG_OPTIONS = new Set(['consent']);

const expect = (nl: string, en: string): LocalizedText => ({ nl, en });

function tokenize(args: readonly string[]): Parsed {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  const problems: Problem[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (FLAG_OPTIONS.has(name)) {
      if (eq >= 0) problems.push(problem('cli-option', { option: `--${name}`, expected: expect('een vlag zonder waarde', 'a flag without a value') }));
      flags.add(name);
    } else if (VALUE_OPTIONS.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) {
        problems.push(problem('cli-option', { option: `--${name}`, expected: expect('gevolgd door een waarde', 'followed by a value') }));
        if (value !== undefined) i--;
        continue;
      }
      options.set(name, [...(options.get(name) ?? []), value]);
    } else {
      problems.push(problem('cli-option', { option: arg, expected: expect('een bekende optie (zie gebruik)', 'a known option (see usage)') }));
    }
  }
  if (problems.length > 0) throw new UsageError(problems);
  return { positionals, options, flags };
}

const Single = z.array(z.string()).max(1).optional();
const DayOption = z
  .array(z.string().refine(isCalendarDay))
  .max(1)
  .optional()
  .transform((v) => v?.[0]);

const CommonOptions = z.object({
  registry: Single.transform((v) => v?.[0]),
  lang: z.array(z.enum(['nl', 'en'])).max(1).optional().transform((v) => v?.[0] ?? 'nl'),
  date: DayOption,
});

const OPTION_EXPECT: Record<string, LocalizedText> = {
  registry: expect('één bestandsnaam', 'one file name'),
  lang: expect('nl of en (één keer)', 'nl or en (once)'),
  date: expect('één bestaande datum JJJJ-MM-DD', 'one existing date YYYY-MM-DD'),
  postcode: expect('een Belgische postcode van vier cijfers (één keer)', 'a four-digit Belgian postcode (once)'),
  municipality: expect('een gemeentenaam (één keer)', 'a municipality name (once)'),
  nis: expect('een NIS-code van vijf cijfers (één keer)', 'a five-digit NIS code (once)'),
  to: expect('een adres; minstens één --to', 'an address; at least one --to'),
  cc: expect('een adres', 'an address'),
  bcc: expect('een adres', 'an address'),
  location: expect('precies één van --postcode, --municipality of --nis', 'exactly one of --postcode, --municipality or --nis'),
};

const VerifyOptions = CommonOptions.extend({
  postcode: z.array(z.string().regex(/^\d{4}$/)).max(1).optional(),
  municipality: z.array(z.string().trim().min(1)).max(1).optional(),
  nis: z.array(z.string().regex(/^\d{5}$/)).max(1).optional(),
  to: z.array(z.string().trim().min(1)).min(1),
  cc: z.array(z.string().trim().min(1)).default([]),
  bcc: z.array(z.string().trim().min(1)).default([]),
}).refine((o) => [o.postcode, o.municipality, o.nis].filter((v) => v !== undefined).length === 1, { path: ['location'] });

function parseOptions<T extends z.ZodType>(schema: T, parsed: Parsed, allowed: readonly string[]): z.output<T> {
  const problems: Problem[] = [];
  for (const name of [...parsed.options.keys(), ...parsed.flags]) {
    if (!allowed.includes(name)) {
      problems.push(problem('cli-option', { option: `--${name}`, expected: expect('niet gebruikt bij dit commando', 'not used with this command') }));
    }
  }
  const r = schema.safeParse(Object.fromEntries(parsed.options));
  if (!r.success) {
    const names = [...new Set(r.error.issues.map((i) => String(i.path[0] ?? 'location')))];
    for (const n of names) problems.push(problem('cli-option', { option: n === 'location' ? '--postcode/--municipality/--nis' : `--${n}`, expected: OPTION_EXPECT[n] ?? expect('geldig', 'valid') }));
  }
  if (problems.length > 0 || !r.success) throw new UsageError(problems);
  return r.data;
}

// --- commands ---------------------------------------------------------------------------------

type Out = { out: (s: string) => void; err: (s: string) => void };

function readRegistry(file: string | undefined, io: Out): { registry: Registry; file: string } | number {
  const path = file ? resolve(file) : defaultRegistryFile();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError([problem('cli-file-unreadable', { file: path, detail: e instanceof Error ? e.message : String(e) })]);
  }
  const r = parseRegistryJson(text);
  if (!r.ok) {
    io.err(`Ongeldig register / invalid registry: ${path}`);
    for (const p of r.problems) io.err(bilingual(p.message));
    return EXIT.refused;
  }
  return { registry: r.registry, file: path };
}

function bilingual(m: LocalizedText): string {
  return `- ${m.nl}\n  ${m.en}`;
}

function today(date: string | undefined): CalendarDay {
  // The shell owns the clock; the core only ever sees the resulting Brussels day.
  return date !== undefined ? CalendarDay.parse(date) : brusselsDay(new Date());
}

function cmdCheck(p: Parsed, io: Out): number {
  const opts = parseOptions(CommonOptions, p, ['registry']);
  if (p.positionals.length > 1) throw new UsageError([problem('cli-usage', {})]);
  const file = p.positionals[0] ?? opts.registry;
  const path = file ? resolve(file) : defaultRegistryFile();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError([problem('cli-file-unreadable', { file: path, detail: e instanceof Error ? e.message : String(e) })]);
  }
  const r = parseRegistryJson(text);
  if (r.ok) {
    io.out(`OK ${path}: ${r.registry.protocols.length} protocol(len) / protocol(s)`);
    return EXIT.ok;
  }
  io.out(`ONGELDIG / INVALID ${path}: ${r.problems.length} probleem/problemen / problem(s)`);
  for (const pr of r.problems) io.out(bilingual(pr.message));
  return EXIT.refused;
}

function cmdList(p: Parsed, io: Out): number {
  const opts = parseOptions(CommonOptions, p, ['registry', 'date']);
  if (p.positionals.length > 0) throw new UsageError([problem('cli-usage', {})]);
  const loaded = readRegistry(opts.registry, io);
  if (typeof loaded === 'number') return loaded;
  const day = today(opts.date);
  for (const pr of loaded.registry.protocols) {
    const ended = pr.endedOn ? ` -> ${pr.endedOn}` : '';
    io.out(
      [pr.id, pr.municipality.postcodes.join(','), `${pr.municipality.name} (NIS ${pr.municipality.nis})`, pr.mailbox, `${pr.inForceFrom}${ended}`, protocolStatus(pr, day)].join('\t'),
    );
  }
  return EXIT.ok;
}

function cmdLookup(p: Parsed, io: Out): number {
  const opts = parseOptions(CommonOptions, p, ['registry', 'date', 'lang']);
  const query = p.positionals.join(' ').trim();
  if (!query) throw new UsageError([problem('cli-usage', {})]);
  const loaded = readRegistry(opts.registry, io);
  if (typeof loaded === 'number') return loaded;
  const day = today(opts.date);
  const by = classifyQuery(query);
  const found = findProtocols(loaded.registry, { by, value: query });
  if (found.length === 0) {
    io.err(bilingual(problem('cli-not-found', { query }).message));
    return EXIT.refused;
  }
  const matches = found.map((protocol) => {
    const status = protocolStatus(protocol, day);
    return { inForceToday: status === 'in-force', status, protocol };
  });
  io.out(JSON.stringify({ query, by, today: day, matches }, null, 2));
  return EXIT.ok;
}

function cmdVerify(p: Parsed, io: Out): number {
  const opts = parseOptions(VerifyOptions, p, ['registry', 'date', 'lang', 'postcode', 'municipality', 'nis', 'to', 'cc', 'bcc', 'consent']);
  if (p.positionals.length > 0) throw new UsageError([problem('cli-usage', {})]);
  const loaded = readRegistry(opts.registry, io);
  if (typeof loaded === 'number') return loaded;
  const location = opts.postcode
    ? { by: 'postcode' as const, value: opts.postcode[0] ?? '' }
    : opts.municipality
      ? { by: 'municipality' as const, value: opts.municipality[0] ?? '' }
      : { by: 'nis' as const, value: opts.nis?.[0] ?? '' };
  const recipient = (field: 'to' | 'cc' | 'bcc') => (address: string) => ({ address, displayName: '', field, recipientType: 'user' as const });
  const snapshot = ReferralSnapshot.parse({
    location,
    recipients: [...opts.to.map(recipient('to')), ...opts.cc.map(recipient('cc')), ...opts.bcc.map(recipient('bcc'))],
    consentConfirmed: p.flags.has('consent'),
  });
  const decision = evaluateReferral(snapshot, loaded.registry, today(opts.date));
  const lang: Lang = opts.lang;
  io.out(
    JSON.stringify(
      {
        allowed: decision.allowed,
        protocol: decision.protocol,
        reasons: decision.reasons.map((r) => ({ code: r.code, message: r.message[lang] })),
      },
      null,
      2,
    ),
  );
  return decision.allowed ? EXIT.ok : EXIT.refused;
}

export function run(argv: readonly string[], io: Out): number {
  try {
    const [command, ...rest] = argv;
    const parsed = tokenize(rest);
    switch (command) {
      case 'check':
        return cmdCheck(parsed, io);
      case 'list':
        return cmdList(parsed, io);
      case 'lookup':
        return cmdLookup(parsed, io);
      case 'verify':
        return cmdVerify(parsed, io);
      case undefined:
      case 'help':
      case '--help':
        io.err(bilingual(problem('cli-usage', {}).message));
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError([problem('cli-unknown-command', { command })]);
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    for (const pr of e.problems) io.err(bilingual(pr.message));
    if (!e.problems.some((pr) => pr.code === 'cli-usage')) io.err(bilingual(problem('cli-usage', {}).message));
    return EXIT.usage;
  }
}

process.exitCode = run(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s) });
