// Strict JSON for files people edit by hand (the registry of protocols).
//
// JSON.parse alone is not enough for a file that decides where client data may go: of two equal
// keys in one object it keeps the last without a word (a second "mailbox" would silently win),
// and its error messages are English only, differ between engines and quote pieces of the input.
// So a small scanner reads the text first: it checks the grammar of RFC 8259 and reports, with
// line and column, the first syntax error or every duplicate key (with the JSON path to it). Only
// text it accepted goes to JSON.parse, which then builds the value exactly as JSON defines it.
//
// Why not a JSON library such as @humanwhocodes/momoa (well kept, gives locations): it parses by
// recursion, so a file of deeply nested brackets overflows the stack; it accepts raw control
// characters inside strings; it turns 1e400 into null; and its messages are English with token
// names. Each would need a guard here, for about the size of this scanner, which is iterative
// (no recursion, any depth), strict, and O(n).
//
// Columns count UTF-16 code units from 1, as most editors do for the characters a registry holds.

export type JsonPlace = { readonly line: number; readonly column: number };
export type JsonPath = ReadonlyArray<string | number>;

/** What the scanner expected where it stopped. */
export type JsonExpected =
  | 'value'
  | 'name'
  | 'colon'
  | 'comma-or-end-of-object'
  | 'comma-or-end-of-list'
  | 'nothing-more'
  | 'string-end'
  | 'escape'
  | 'no-control-character'
  | 'number'
  | 'more-text';

export type JsonDuplicateKey = {
  /** Path to the second (and later) occurrence: the object's path plus the key. */
  readonly path: JsonPath;
  readonly key: string;
  readonly at: JsonPlace;
  readonly first: JsonPlace;
};

export type JsonResult =
  | { readonly ok: true; readonly value: unknown; readonly duplicateKeys: readonly JsonDuplicateKey[] }
  | { readonly ok: false; readonly at: JsonPlace; readonly expected: JsonExpected };

type ObjectFrame = { kind: 'object'; keys: Map<string, JsonPlace>; key: string };
type ListFrame = { kind: 'list'; index: number };
type Frame = ObjectFrame | ListFrame;

class Stop {
  constructor(
    readonly pos: number,
    readonly expected: JsonExpected,
  ) {}
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function readJson(text: string): JsonResult {
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  const placeOf = (p: number): JsonPlace => ({ line, column: p - lineStart + 1 });
  const code = (): number => (pos < text.length ? text.charCodeAt(pos) : -1);

  const skipSpace = (): void => {
    for (;;) {
      const c = code();
      if (c === 0x20 || c === 0x09 || c === 0x0d) pos++;
      else if (c === 0x0a) {
        pos++;
        line++;
        lineStart = pos;
      } else return;
    }
  };

  /** From an opening quote to just past the closing one; returns the end position. */
  const scanString = (): number => {
    pos++;
    for (;;) {
      const c = code();
      if (c === -1) throw new Stop(pos, 'string-end');
      if (c === QUOTE) return ++pos;
      if (c < 0x20) throw new Stop(pos, 'no-control-character');
      if (c === BACKSLASH) {
        const e = text.charAt(pos + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) throw new Stop(pos, 'escape');
          pos += 6;
        } else if (e !== '' && '"\\/bfnrt'.includes(e)) pos += 2;
        else throw new Stop(pos, 'escape');
      } else pos++;
    }
  };

  const scanNumber = (): void => {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = pos;
    const found = m.exec(text);
    // A number must end where the grammar lets something else begin (not "01", "1.", "1e").
    const next = found ? text.charAt(pos + found[0].length) : '';
    if (!found || /[0-9.eE+-]/.test(next)) throw new Stop(pos, 'number');
    pos += found[0].length;
  };

  const stack: Frame[] = [];
  const duplicateKeys: JsonDuplicateKey[] = [];
  // The path to the innermost open container: each container's place in the one around it is
  // where that one stands now. Built only for a duplicate, so depth never costs more than O(n).
  const pathHere = (): Array<string | number> => stack.slice(0, -1).map((f) => (f.kind === 'object' ? f.key : f.index));

  /** Reads one member name and its colon; the value follows. */
  const readName = (frame: ObjectFrame): void => {
    if (code() === -1) throw new Stop(pos, 'more-text');
    if (code() !== QUOTE) throw new Stop(pos, 'name');
    const start = pos;
    const at = placeOf(start);
    const key = JSON.parse(text.slice(start, scanString())) as string;
    const first = frame.keys.get(key);
    if (first === undefined) frame.keys.set(key, at);
    else duplicateKeys.push({ path: [...pathHere(), key], key, at, first });
    frame.key = key;
    skipSpace();
    if (code() === -1) throw new Stop(pos, 'more-text');
    if (code() !== 0x3a) throw new Stop(pos, 'colon');
    pos++;
  };

  try {
    skipSpace();
    // Each turn reads one value, then as many closing brackets and separators as follow it.
    for (;;) {
      skipSpace();
      const c = code();
      let opened = false;
      if (c === -1) throw new Stop(pos, 'more-text');
      if (c === 0x7b || c === 0x5b) {
        pos++;
        skipSpace();
        if (c === 0x7b) {
          const frame: ObjectFrame = { kind: 'object', keys: new Map(), key: '' };
          if (code() === 0x7d) pos++;
          else {
            stack.push(frame);
            readName(frame);
            opened = true;
          }
        } else if (code() === 0x5d) pos++;
        else {
          stack.push({ kind: 'list', index: 0 });
          opened = true;
        }
      } else if (c === QUOTE) scanString();
      else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) scanNumber();
      else if (text.startsWith('true', pos)) pos += 4;
      else if (text.startsWith('false', pos)) pos += 5;
      else if (text.startsWith('null', pos)) pos += 4;
      else throw new Stop(pos, 'value');
      if (opened) continue;

      // After a value: close containers or move to the next member or element.
      let nextValue = false;
      while (!nextValue) {
        skipSpace();
        const top = stack[stack.length - 1];
        const d = code();
        if (top === undefined) {
          if (d !== -1) throw new Stop(pos, 'nothing-more');
          return { ok: true, value: JSON.parse(text) as unknown, duplicateKeys };
        }
        if (d === -1) throw new Stop(pos, 'more-text');
        if (d === 0x2c) {
          pos++;
          skipSpace();
          if (top.kind === 'object') readName(top);
          else top.index++;
          nextValue = true;
        } else if ((top.kind === 'object' && d === 0x7d) || (top.kind === 'list' && d === 0x5d)) {
          pos++;
          stack.pop();
        } else throw new Stop(pos, top.kind === 'object' ? 'comma-or-end-of-object' : 'comma-or-end-of-list');
      }
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { ok: false, at: placeOf(e.pos), expected: e.expected };
  }
}
