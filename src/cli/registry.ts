// Command line for admins and support: check, list, look up, and verify against the registry, and
// write the Exchange Online mail flow rules made from it (exchange-rules, exchangeRules.ts).
// A thin shell over src/domain: it reads files, the clock and argv, and prints; every judgement
// comes from the same functions the task pane and the Send check use.
//
// Exit codes: 0 = valid / found / allowed; 1 = invalid (check) / not found / refused; 2 = a bad
// argument, or a file that cannot be used (missing, a directory or device, larger than
// MAX_REGISTRY_BYTES, not UTF-8; for list, lookup and verify also an invalid registry); 3 = an
// internal error (a bug). No path prints a stack trace: a verdict of 1 must never be a crash.
//
// Language: what answers the command is in --lang (nl, the default, or en). Complaints about the
// command line itself come in both, a Dutch line then an English one: --lang may be what is wrong.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, LocalizedText, Problem, ProtocolRecord, Registry, RegistryFileResult } from '../domain/index';
import {
  CalendarDay,
  MAX_REGISTRY_BYTES,
  brusselsDay,
  classifyQuery,
  evaluateReferral,
  exchangeRulesSummary,
  findProtocols,
  parseReferralSnapshot,
  parseRegistryBytes,
  problem,
  protocolStatus,
  registryCheckSummary,
  registryDigest,
} from '../domain/index';
import { EXCHANGE_LIMITS, exchangeRules } from './exchangeRules';
import { readFileAtMost } from './files';
import type { Parsed } from './arguments';
import { CommonOptions, ExchangeRulesOptions, UsageError, VerifyOptions, lookupQuery, parseOptions, tokenize } from './arguments';

const EXIT = { ok: 0, refused: 1, usage: 2, internal: 3 } as const;

/** A file that cannot be used, in the chosen language. Exit 2. */
class InputError extends Error {
  constructor(
    readonly problems: Problem[],
    readonly lang: Lang,
  ) {
    super(problems.map((p) => p.message.en).join('\n'));
  }
}

function defaultRegistryFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // From src/cli (tsx) or from a built file one level deeper; fall back to the working directory.
  const candidates = [resolve(here, '../../registry/protocols.json'), resolve(here, '../../../registry/protocols.json'), resolve('registry/protocols.json')];
  return candidates.find((f) => existsSync(f)) ?? resolve('registry/protocols.json');
}

// --- commands ---------------------------------------------------------------------------------

type Out = {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Writes exactly these characters (the script, CRLF and all); default: out without the last line end. */
  raw?: (s: string) => void;
};

type Loaded = { registry: Registry; records: readonly ProtocolRecord[]; file: string };

/** Reads and parses a registry file; only a file that cannot be read at all throws (exit 2). */
function parseRegistryFile(file: string | undefined, lang: Lang): { path: string; result: RegistryFileResult } {
  const path = file !== undefined ? resolve(file) : defaultRegistryFile();
  const read = readFileAtMost(path, MAX_REGISTRY_BYTES);
  if (!read.ok) throw new InputError([problem('cli-file', { file: path, trouble: read.trouble, detail: read.detail })], lang);
  const result = parseRegistryBytes(read.bytes);
  // Too large or not UTF-8: not a registry file at all, so an input error, not an invalid registry.
  if (!result.ok && result.problems.some((p) => p.code === 'registry-too-large' || p.code === 'registry-not-utf8')) throw new InputError(result.problems, lang);
  return { path, result };
}

/** For list, lookup and verify: a registry that is not valid is an input error (exit 2), never a verdict. */
function readRegistry(file: string | undefined, lang: Lang): Loaded {
  const { path, result } = parseRegistryFile(file, lang);
  if (!result.ok) throw new InputError([problem('cli-registry-invalid', { file: path }), ...result.problems], lang);
  return { registry: result.registry, records: result.records, file: path };
}

function bilingual(m: LocalizedText): string {
  return `- ${m.nl}\n  ${m.en}`;
}

function today(date: string | undefined): CalendarDay {
  // The shell owns the clock; the core only ever sees the resulting Brussels day.
  return date !== undefined ? CalendarDay.parse(date) : brusselsDay(new Date());
}

/** The file's own record for a protocol of the registry: what an admin wants to see printed. */
function recordOf(loaded: Loaded, id: string): ProtocolRecord | undefined {
  return loaded.records.find((r) => r.id === id);
}

function cmdCheck(p: Parsed, io: Out): number {
  const opts = parseOptions(CommonOptions, p, ['registry', 'lang']);
  if (p.positionals.length > 1) throw new UsageError([problem('cli-usage', {})]);
  const { path, result } = parseRegistryFile(p.positionals[0] ?? opts.registry, opts.lang);
  if (result.ok) {
    io.out(registryCheckSummary(path, { protocols: result.records.length, digest: registryDigest(result.records) })[opts.lang]);
    return EXIT.ok;
  }
  io.out(registryCheckSummary(path, { problems: result.problems.length })[opts.lang]);
  for (const pr of result.problems) io.out(`- ${pr.message[opts.lang]}`);
  return EXIT.refused;
}

function cmdList(p: Parsed, io: Out): number {
  const opts = parseOptions(CommonOptions, p, ['registry', 'date', 'lang']);
  if (p.positionals.length > 0) throw new UsageError([problem('cli-usage', {})]);
  const loaded = readRegistry(opts.registry, opts.lang);
  const day = today(opts.date);
  for (const pr of loaded.registry.protocols) {
    const ended = pr.endedOn ? ` -> ${pr.endedOn}` : '';
    io.out(
      [
        pr.id,
        pr.municipality.postcodes.join(','),
        `${pr.municipality.name} (NIS ${pr.municipality.nis})`,
        pr.mailbox,
        `${pr.inForceFrom}${ended}`,
        protocolStatus(pr, day),
      ].join('\t'),
    );
  }
  return EXIT.ok;
}

function cmdLookup(p: Parsed, io: Out): number {
  const opts = parseOptions(CommonOptions, p, ['registry', 'date', 'lang']);
  const query = lookupQuery(p);
  const loaded = readRegistry(opts.registry, opts.lang);
  const day = today(opts.date);
  const by = classifyQuery(query);
  const found = findProtocols(loaded.registry, { by, value: query });
  if (found.length === 0) {
    io.err(problem('cli-not-found', { query }).message[opts.lang]);
    return EXIT.refused;
  }
  const matches = found.map((protocol) => {
    const status = protocolStatus(protocol, day);
    return { inForceToday: status === 'in-force', status, protocol: recordOf(loaded, protocol.id) ?? protocol };
  });
  io.out(JSON.stringify({ query, by, today: day, matches }, null, 2));
  return EXIT.ok;
}

function cmdVerify(p: Parsed, io: Out): number {
  const opts = parseOptions(VerifyOptions, p, ['registry', 'date', 'lang', 'postcode', 'municipality', 'nis', 'to', 'cc', 'bcc', 'consent']);
  if (p.positionals.length > 0) throw new UsageError([problem('cli-usage', {})]);
  const loaded = readRegistry(opts.registry, opts.lang);
  const location = opts.postcode
    ? { by: 'postcode' as const, value: opts.postcode[0] ?? '' }
    : opts.municipality
      ? { by: 'municipality' as const, value: opts.municipality[0] ?? '' }
      : { by: 'nis' as const, value: opts.nis?.[0] ?? '' };
  const recipient = (field: 'to' | 'cc' | 'bcc') => (address: string) => ({ address, displayName: '', field, recipientType: 'user' as const });
  const snapshot = parseReferralSnapshot({
    location,
    recipients: [...opts.to.map(recipient('to')), ...opts.cc.map(recipient('cc')), ...opts.bcc.map(recipient('bcc'))],
    consentConfirmed: p.flags.has('consent'),
  });
  if (!snapshot.ok) throw new UsageError(snapshot.problems);
  const decision = evaluateReferral(snapshot.snapshot, loaded.registry, today(opts.date));
  const lang: Lang = opts.lang;
  io.out(
    JSON.stringify(
      {
        allowed: decision.allowed,
        protocol: decision.protocol ? (recordOf(loaded, decision.protocol.id) ?? decision.protocol) : null,
        reasons: decision.reasons.map((r) => ({ code: r.code, message: r.message[lang] })),
      },
      null,
      2,
    ),
  );
  return decision.allowed ? EXIT.ok : EXIT.refused;
}

/**
 * The Exchange Online script (exchangeRules.ts) on stdout, or in --out; the summary (rules, their
 * size against Exchange's limits) on stderr, or stdout when the script went to a file. Exit 1 when
 * the rules would not fit Exchange Online's limits.
 */
function cmdExchangeRules(p: Parsed, io: Out): number {
  const opts = parseOptions(ExchangeRulesOptions, p, ['registry', 'lang', 'mode', 'dpo-report', 'out']);
  if (p.positionals.length > 0) throw new UsageError([problem('cli-usage', {})]);
  const loaded = readRegistry(opts.registry, opts.lang);
  const result = exchangeRules(loaded.records, { mode: opts.mode, dpoReport: opts['dpo-report'] });
  const largest = result.rules.reduce((n, r) => Math.max(n, r.chars), 0);
  const fits = result.rules.length <= EXCHANGE_LIMITS.rules && largest <= EXCHANGE_LIMITS.ruleChars && result.regexChars <= EXCHANGE_LIMITS.regexChars;
  const summary = exchangeRulesSummary({
    rules: result.rules.length,
    mailboxes: result.mailboxes,
    mode: opts.mode,
    largest,
    regexChars: result.regexChars,
    limits: EXCHANGE_LIMITS,
    fits,
    ...(opts.out !== undefined ? { file: resolve(opts.out) } : {}),
  })[opts.lang];
  if (!fits) {
    io.err(summary);
    return EXIT.refused;
  }
  if (opts.out === undefined) {
    if (io.raw) io.raw(result.script);
    else io.out(result.script.replace(/\r\n$/, ''));
    io.err(summary);
    return EXIT.ok;
  }
  const target = resolve(opts.out);
  try {
    if (existsSync(target) && statSync(target).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    writeFileSync(target, result.script);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError([problem('cli-write', { file: target, detail: typeof code === 'string' ? code : '' })], opts.lang);
  }
  io.out(summary);
  return EXIT.ok;
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
      case 'exchange-rules':
        return cmdExchangeRules(parsed, io);
      case undefined:
      case 'help':
      case '--help':
        io.err(bilingual(problem('cli-usage', {}).message));
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError([problem('cli-unknown-command', { command })]);
    }
  } catch (e) {
    if (e instanceof InputError) {
      for (const pr of e.problems) io.err(`- ${pr.message[e.lang]}`);
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      for (const pr of e.problems) io.err(bilingual(pr.message));
      if (!e.problems.some((pr) => pr.code === 'cli-usage')) io.err(bilingual(problem('cli-usage', {}).message));
      return EXIT.usage;
    }
    // A bug. Its message and stack could hold anything: only the catalogue's words are printed.
    io.err(bilingual(problem('cli-internal', {}).message));
    return EXIT.internal;
  }
}

// `npm run registry -- list | head`: the reader went away; that is not an error worth a trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
process.exitCode = run(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s), raw: (s) => void process.stdout.write(s) });
