// What each problem with input (a registry file, a mail's data, the command line's arguments)
// carries besides its words. Types only, so that the catalogue (src/words) can take them.

import type { JsonExpected } from './json';
import type { LocalizedText } from './lang';

type NoParams = Record<never, never>;

/** Why a character has no place in a registry text (registryFile.ts: badCharacter). */
export type TextCharacterKind = 'lone-surrogate' | 'control' | 'invisible';
/** Why the command line could not read a file. */
export type FileTrouble = 'missing' | 'no-access' | 'directory' | 'not-a-file' | 'unreadable';

export type ProblemParams = {
  'registry-too-large': { readonly limit: number };
  'registry-not-utf8': { readonly line: number };
  'registry-not-json': { readonly line: number; readonly column: number; readonly expected: JsonExpected };
  'registry-duplicate-key': { readonly record: string; readonly field: string; readonly line: number; readonly firstLine: number };
  'registry-shape': { readonly field: string; readonly expected: LocalizedText };
  'registry-empty': NoParams;
  'registry-field-missing': { readonly record: string; readonly field: string; readonly expected: LocalizedText };
  'registry-field-invalid': { readonly record: string; readonly field: string; readonly expected: LocalizedText; readonly got: string };
  'registry-field-unknown': { readonly record: string; readonly field: string };
  'registry-text-character': {
    readonly record: string;
    readonly field: string;
    readonly codePoint: string;
    readonly position: number;
    readonly kind: TextCharacterKind;
  };
  'registry-repeated-value': { readonly record: string; readonly field: string; readonly got: string; readonly first: string };
  'registry-mailbox-not-ascii': { readonly record: string; readonly field: string; readonly got: string };
  'registry-end-before-start': { readonly record: string; readonly inForceFrom: string; readonly endedOn: string };
  'registry-duplicate-id': { readonly id: string; readonly records: string };
  'registry-overlap': { readonly first: string; readonly second: string; readonly shared: string; readonly from: string };
  'snapshot-field': { readonly field: string; readonly expected: LocalizedText };
  'marker-header': { readonly header: string; readonly expected: LocalizedText };
  'cli-usage': NoParams;
  'cli-unknown-command': { readonly command: string };
  'cli-option': { readonly option: string; readonly expected: LocalizedText };
  'cli-file': { readonly file: string; readonly trouble: FileTrouble; readonly detail: string };
  'cli-write': { readonly file: string; readonly detail: string };
  'cli-registry-invalid': { readonly file: string };
  'cli-not-found': { readonly query: string };
  'cli-internal': NoParams;
};

export type ProblemCode = keyof ProblemParams;
export type Problem = { [K in ProblemCode]: { readonly code: K; readonly message: LocalizedText } & ProblemParams[K] }[ProblemCode];

/** The words of some problems in one language: registry.ts, commandLine.ts and send.ts each hold their feature's. */
export type ProblemWords<K extends ProblemCode> = { readonly [C in K]: (p: ProblemParams[C]) => string };
export type RegistryProblemCode = Extract<ProblemCode, `registry-${string}`>;
export type CliProblemCode = Extract<ProblemCode, `cli-${string}`>;
export type SendProblemCode = Exclude<ProblemCode, RegistryProblemCode | CliProblemCode>;
