// JavaScript contexts like the runtimes the Send check is deployed to, built with Node's vm.
//
// es2016Context: classic Outlook on Windows before Version 2403, as Microsoft documents its
// JavaScript-only runtime: ES2016, nothing of the web. Every built-in added after ES2016 is
// deleted, Intl is gone (no formatToParts, no IANA time zones), and there is no atob, btoa,
// TextEncoder, TextDecoder, crypto, timers, structuredClone or queueMicrotask. RegExp rejects the
// syntax added after ES2016 when a pattern is built at run time (literals are checked by acorn in
// bundle.test.ts).
//
// browserLikeContext: Outlook on the web and new Outlook (commands.html in a browser): the full
// language plus atob, TextEncoder and crypto.subtle.
import { webcrypto } from 'node:crypto';
import vm from 'node:vm';

/** Every built-in newer than ES2016, as `Owner.name` or `Owner.prototype.name` paths. */
export const POST_ES2016: readonly string[] = [
  // ES2017
  'Object.values',
  'Object.entries',
  'Object.getOwnPropertyDescriptors',
  'String.prototype.padStart',
  'String.prototype.padEnd',
  'Atomics',
  'SharedArrayBuffer',
  // ES2018
  'Promise.prototype.finally',
  // Symbol.asyncIterator (ES2018) and Symbol.matchAll (ES2020) cannot be deleted (non-configurable);
  // the bundle test checks that the bundle does not name them.
  // ES2019
  'Array.prototype.flat',
  'Array.prototype.flatMap',
  'Object.fromEntries',
  'String.prototype.trimStart',
  'String.prototype.trimEnd',
  'String.prototype.trimLeft',
  'String.prototype.trimRight',
  'Symbol.prototype.description',
  // ES2020
  'globalThis',
  'Promise.allSettled',
  'String.prototype.matchAll',
  'BigInt',
  'BigInt64Array',
  'BigUint64Array',
  // ES2021
  'String.prototype.replaceAll',
  'Promise.any',
  'AggregateError',
  'WeakRef',
  'FinalizationRegistry',
  // ES2022
  'Array.prototype.at',
  'String.prototype.at',
  'Object.hasOwn',
  // ES2023
  'Array.prototype.findLast',
  'Array.prototype.findLastIndex',
  'Array.prototype.toSorted',
  'Array.prototype.toReversed',
  'Array.prototype.toSpliced',
  'Array.prototype.with',
  // ES2024
  'Object.groupBy',
  'Map.groupBy',
  'Promise.withResolvers',
  'String.prototype.isWellFormed',
  'String.prototype.toWellFormed',
  'ArrayBuffer.prototype.transfer',
  'ArrayBuffer.prototype.resize',
  // ES2025
  'Iterator',
  'Promise.try',
  'Set.prototype.union',
  'Set.prototype.intersection',
  'Set.prototype.difference',
  'RegExp.escape',
  'Float16Array',
  'Math.f16round',
  // Intl (formatToParts, IANA time zones) and the web and host APIs the runtime lacks
  'Intl',
  'WebAssembly',
  'atob',
  'btoa',
  'TextEncoder',
  'TextDecoder',
  'crypto',
  'structuredClone',
  'queueMicrotask',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'setImmediate',
];

// Runs inside the new context before anything else. The typed-array prototype (%TypedArray%) is
// reached through Object.getPrototypeOf, as it has no global name.
const STRIP = `
(function (paths) {
  var global = this;
  var typed = Object.getPrototypeOf(Uint8Array.prototype);
  ['at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'with'].forEach(function (name) { delete typed[name]; });
  paths.forEach(function (path) {
    var parts = path.split('.');
    var owner = global;
    for (var i = 0; i < parts.length - 1 && owner; i++) owner = owner[parts[i]];
    if (owner) delete owner[parts[parts.length - 1]];
  });
  var NativeRegExp = RegExp;
  var LATER = /\\(\\?<[=!A-Za-z]|\\\\[pPk][{<]/;
  function ES2016RegExp(pattern, flags) {
    var source = pattern instanceof NativeRegExp ? pattern.source : String(pattern);
    if (LATER.test(source) || /[sdv]/.test(flags === undefined ? '' : String(flags))) throw new SyntaxError('Invalid regular expression for ES2016: /' + source + '/');
    return flags === undefined ? NativeRegExp(pattern) : NativeRegExp(pattern, flags);
  }
  ES2016RegExp.prototype = NativeRegExp.prototype;
  global.RegExp = ES2016RegExp;
})
`;

/** Names still defined in the context that should not be: empty when the strip worked. */
const CHECK = `
(function (paths) {
  var global = this;
  return paths.filter(function (path) {
    var parts = path.split('.');
    var owner = global;
    for (var i = 0; i < parts.length && owner !== undefined && owner !== null; i++) owner = owner[parts[i]];
    return owner !== undefined;
  });
})
`;

export type Context = vm.Context;

/** A fixed clock for code that calls `new Date()`: Date itself stays as it is otherwise. */
const FIX_CLOCK = `
(function (fixed) {
  var NativeDate = Date;
  function FixedDate(a, b, c, d, e, f, g) {
    if (!(this instanceof FixedDate)) return new NativeDate(fixed).toString();
    switch (arguments.length) {
      case 0: return new NativeDate(fixed);
      case 1: return new NativeDate(a);
      default: return new NativeDate(a, b, c === undefined ? 1 : c, d || 0, e || 0, f || 0, g || 0);
    }
  }
  FixedDate.prototype = NativeDate.prototype;
  FixedDate.now = function () { return fixed; };
  FixedDate.UTC = NativeDate.UTC;
  FixedDate.parse = NativeDate.parse;
  this.Date = FixedDate;
})
`;

export function es2016Context(globals: Record<string, unknown> = {}, now?: Date): Context {
  const context = vm.createContext({});
  (vm.runInContext(STRIP, context) as (p: readonly string[]) => void).call(vm.runInContext('this', context), POST_ES2016);
  if (now) (vm.runInContext(FIX_CLOCK, context) as (t: number) => void).call(vm.runInContext('this', context), now.getTime());
  for (const [k, v] of Object.entries(globals)) context[k] = v;
  return context;
}

/** The paths of POST_ES2016 that a context still has (for the test that the strip is real). */
export function remainingBuiltIns(context: Context): string[] {
  return (vm.runInContext(CHECK, context) as (p: readonly string[]) => string[]).call(vm.runInContext('this', context), POST_ES2016);
}

export function browserLikeContext(globals: Record<string, unknown> = {}, now?: Date): Context {
  const context = vm.createContext({ atob, btoa, TextEncoder, TextDecoder, crypto: webcrypto, setTimeout, clearTimeout, queueMicrotask });
  if (now) (vm.runInContext(FIX_CLOCK, context) as (t: number) => void).call(vm.runInContext('this', context), now.getTime());
  for (const [k, v] of Object.entries(globals)) context[k] = v;
  return context;
}

/**
 * Copies plain data (objects, arrays, primitives) into the context's own realm. Strings are
 * primitives and pass as they are, so a 33 MB base64 attachment is not copied.
 */
export function cloneInto(context: Context): <T>(value: T) => T {
  const makeObject = vm.runInContext('(function () { return {}; })', context) as () => Record<string, unknown>;
  const makeArray = vm.runInContext('(function () { return []; })', context) as () => unknown[];
  const copy = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const out = makeArray();
      for (const v of value) out.push(copy(v));
      return out;
    }
    const out = makeObject();
    for (const [k, v] of Object.entries(value)) out[k] = copy(v);
    return out;
  };
  return <T>(value: T): T => copy(value) as T;
}
