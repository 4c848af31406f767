// The command line's arguments: options read into values (zod), and every bad argument turned
// into words in both languages (src/words/<lang>/commandLine.ts): --lang itself may be what is
// wrong. The commands are in registry.ts.
import { z } from 'zod';
import type { LocalizedText, Problem } from '../domain/index';
import { isCalendarDay, isPlainMailbox, problem } from '../domain/index';
import { NIS_CODE, POSTCODE } from '../domain/registry';
import * as wordsEn from '../words/en/commandLine';
import * as wordsNl from '../words/nl/commandLine';

type OptionWords = typeof wordsNl.option;

/** A bad argument: both languages, then the usage. Exit 2. */
export class UsageError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message.en).join('\n'));
  }
}

// --- arguments --------------------------------------------------------------------------------

export type Parsed = { positionals: string[]; options: Map<string, string[]>; flags: Set<string> };

const VALUE_OPTIONS = new Set(['postcode', 'municipality', 'nis', 'to', 'cc', 'bcc', 'date', 'lang', 'registry', 'mode', 'dpo-report', 'out']);
const FLAG_OPTIONS = new Set(['consent']);

/** What an option must be, in both languages (src/words/<lang>/commandLine.ts, `option`). */
const expect = (pick: (option: OptionWords) => string): LocalizedText => ({ nl: pick(wordsNl.option), en: pick(wordsEn.option) });

export function tokenize(args: readonly string[]): Parsed {
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
      if (eq >= 0) problems.push(problem('cli-option', { option: `--${name}`, expected: expect((o) => o.flag) }));
      flags.add(name);
    } else if (VALUE_OPTIONS.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) {
        problems.push(problem('cli-option', { option: `--${name}`, expected: expect((o) => o.needsValue) }));
        if (value !== undefined) i--;
        continue;
      }
      options.set(name, [...(options.get(name) ?? []), value]);
    } else {
      problems.push(problem('cli-option', { option: arg, expected: expect((o) => o.unknown) }));
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

export const CommonOptions = z.object({
  registry: Single.transform((v) => v?.[0]),
  lang: z
    .array(z.enum(['nl', 'en']))
    .max(1)
    .optional()
    .transform((v) => v?.[0] ?? 'nl'),
  date: DayOption,
});

// The limits of a ReferralSnapshot (src/domain/snapshot.ts), said here so that a longer value is
// a usage error with words instead of a snapshot the rules refuse to take. Should the snapshot's
// limits change, cmdVerify still turns its refusal into a usage error (exit 2).
const MAX_ADDRESS = 1000;
const MAX_RECIPIENTS = 1000;
const MAX_PLACE = 200;

const OPTION_EXPECT: Record<string, LocalizedText> = {
  registry: expect((o) => o.registry),
  lang: expect((o) => o.lang),
  date: expect((o) => o.date),
  postcode: expect((o) => o.postcode),
  municipality: expect((o) => o.municipality(MAX_PLACE)),
  nis: expect((o) => o.nis),
  to: expect((o) => o.to(MAX_ADDRESS)),
  cc: expect((o) => o.address(MAX_ADDRESS)),
  bcc: expect((o) => o.address(MAX_ADDRESS)),
  location: expect((o) => o.location),
  recipients: expect((o) => o.recipients(MAX_RECIPIENTS)),
  mode: expect((o) => o.mode),
  'dpo-report': expect((o) => o.dpoReport),
  out: expect((o) => o.out),
  query: expect((o) => o.query(MAX_PLACE)),
};

const OPTION_NAME: Record<string, string> = { location: '--postcode/--municipality/--nis', recipients: '--to/--cc/--bcc', query: 'lookup <…>' };

const Address = z.string().trim().min(1).max(MAX_ADDRESS);
export const VerifyOptions = CommonOptions.extend({
  postcode: z.array(z.string().regex(POSTCODE)).max(1).optional(),
  municipality: z.array(z.string().trim().min(1).max(MAX_PLACE)).max(1).optional(),
  nis: z.array(z.string().regex(NIS_CODE)).max(1).optional(),
  to: z.array(Address).min(1),
  cc: z.array(Address).default([]),
  bcc: z.array(Address).default([]),
})
  .refine((o) => [o.postcode, o.municipality, o.nis].filter((v) => v !== undefined).length === 1, { path: ['location'] })
  .refine((o) => o.to.length + o.cc.length + o.bcc.length <= MAX_RECIPIENTS, { path: ['recipients'] });

export const ExchangeRulesOptions = CommonOptions.extend({
  mode: z
    .array(z.enum(['Audit', 'Enforce']))
    .max(1)
    .optional()
    .transform((v) => v?.[0] ?? 'Audit'),
  'dpo-report': z
    .array(z.string().refine(isPlainMailbox))
    .max(1)
    .optional()
    .transform((v) => v?.[0]),
  out: Single.transform((v) => v?.[0]),
});

export function parseOptions<T extends z.ZodType>(schema: T, parsed: Parsed, allowed: readonly string[]): z.output<T> {
  const problems: Problem[] = [];
  for (const name of [...parsed.options.keys(), ...parsed.flags]) {
    if (!allowed.includes(name)) {
      problems.push(problem('cli-option', { option: `--${name}`, expected: expect((o) => o.notForCommand) }));
    }
  }
  const r = schema.safeParse(Object.fromEntries(parsed.options));
  if (!r.success) {
    const names = [...new Set(r.error.issues.map((i) => String(i.path[0] ?? 'location')))];
    for (const n of names)
      problems.push(problem('cli-option', { option: OPTION_NAME[n] ?? `--${n}`, expected: OPTION_EXPECT[n] ?? expect((o) => o.fallback) }));
  }
  if (problems.length > 0 || !r.success) throw new UsageError(problems);
  return r.data;
}

/** The place `lookup` looks for: its words after the command, within the limit of a place name. */
export function lookupQuery(p: Parsed): string {
  const query = p.positionals.join(' ').trim();
  if (!query) throw new UsageError([problem('cli-usage', {})]);
  if (query.length > MAX_PLACE)
    throw new UsageError([problem('cli-option', { option: OPTION_NAME.query ?? 'lookup', expected: OPTION_EXPECT.query ?? expect((o) => o.fallback) })]);
  return query;
}
