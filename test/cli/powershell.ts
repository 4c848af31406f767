// Just enough of PowerShell's lexer (its language specification, "Lexical grammar") to check a
// generated script without PowerShell: comments, single-quoted (verbatim) and double-quoted
// (expandable) strings, here-strings, and the rest as code. The quote characters are PowerShell's,
// not only ASCII's: U+2018, U+2019, U+201A and U+201B are single quotes; U+201C, U+201D and
// U+201E double quotes. A doubled quote inside a verbatim string stands for one quote.

export type Token =
  { kind: 'comment'; text: string } | { kind: 'verbatim'; value: string } | { kind: 'expandable'; raw: string } | { kind: 'code'; text: string };

const SINGLE = new Set(['\u0027', '\u2018', '\u2019', '\u201a', '\u201b']);
const DOUBLE = new Set(['\u0022', '\u201c', '\u201d', '\u201e']);

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let code = '';
  const flush = (): void => {
    if (code) out.push({ kind: 'code', text: code });
    code = '';
  };
  let i = 0;
  while (i < src.length) {
    const ch = src.charAt(i);
    if (ch === '<' && src.charAt(i + 1) === '#') {
      flush();
      const end = src.indexOf('#>', i + 2);
      if (end < 0) throw new SyntaxError(`unterminated block comment at ${i}`);
      out.push({ kind: 'comment', text: src.slice(i, end + 2) });
      i = end + 2;
    } else if (ch === '#') {
      flush();
      let end = i;
      while (end < src.length && src.charAt(end) !== '\r' && src.charAt(end) !== '\n') end++;
      out.push({ kind: 'comment', text: src.slice(i, end) });
      i = end;
    } else if (ch === '@' && (SINGLE.has(src.charAt(i + 1)) || DOUBLE.has(src.charAt(i + 1)))) {
      throw new SyntaxError(`here-string at ${i}`);
    } else if (SINGLE.has(ch)) {
      flush();
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= src.length) throw new SyntaxError(`unterminated verbatim string at ${i}`);
        const c = src.charAt(j);
        if (SINGLE.has(c)) {
          if (SINGLE.has(src.charAt(j + 1))) {
            value += src.charAt(j + 1);
            j += 2;
            continue;
          }
          break;
        }
        value += c;
        j++;
      }
      out.push({ kind: 'verbatim', value });
      i = j + 1;
    } else if (DOUBLE.has(ch)) {
      flush();
      let j = i + 1;
      while (j < src.length && !DOUBLE.has(src.charAt(j))) j += src.charAt(j) === '`' ? 2 : 1;
      if (j >= src.length) throw new SyntaxError(`unterminated expandable string at ${i}`);
      out.push({ kind: 'expandable', raw: src.slice(i, j + 1) });
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  flush();
  return out;
}

/**
 * The value of a string expression as exchangeRules' psString writes it: 'x', or
 * ('x' + [char]0x2019 + 'y'). Throws for anything else.
 */
export function evaluateString(expr: string): string {
  const tokens = tokenize(expr).filter((t) => !(t.kind === 'code' && t.text.trim() === ''));
  const parenthesised = tokens.length > 1;
  let value = '';
  for (const t of tokens) {
    if (t.kind === 'verbatim') value += t.value;
    else if (t.kind === 'code') {
      const text = t.text.replace(/\s+/g, '');
      const re = /\[char\]0x([0-9A-F]{4})|[()+]/g;
      let at = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m.index !== at) throw new SyntaxError(`not a string expression: ${expr}`);
        if (m[1]) value += String.fromCharCode(parseInt(m[1], 16));
        at = m.index + m[0].length;
      }
      if (at !== text.length) throw new SyntaxError(`not a string expression: ${expr}`);
    } else throw new SyntaxError(`not a string expression: ${expr}`);
  }
  if (parenthesised && !(expr.startsWith('(') && expr.endsWith(')'))) throw new SyntaxError(`unparenthesised concatenation: ${expr}`);
  return value;
}
