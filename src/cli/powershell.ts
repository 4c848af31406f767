// PowerShell quoting for the generated Exchange script (exchangeRules.ts): every string from the
// registry or the command line becomes an expression in printable ASCII, so the script means the
// same whatever code page PowerShell reads it in, and no value can end a string early.

/** A rule parameter's value: a string, a switch, a list, or PowerShell written as it is. */
export type ParamValue = string | boolean | readonly string[] | { readonly raw: string };

/** The characters PowerShell reads as a single quote (its language specification, verbatim strings). */
const SINGLE_QUOTES = new Set(['\u0027', '\u2018', '\u2019', '\u201a', '\u201b']);

/**
 * A PowerShell expression whose value is exactly `s`, in printable ASCII only: runs of printable
 * ASCII in single quotes (quotes doubled; `$`, backtick and `(` mean nothing there), every other
 * UTF-16 code unit as [char]0xNNNN, joined with +.
 */
export function psString(s: string): string {
  const parts: string[] = [];
  let run = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const code = s.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) {
      run += SINGLE_QUOTES.has(ch) ? ch + ch : ch;
      continue;
    }
    if (run !== '') parts.push(`'${run}'`);
    run = '';
    parts.push(`[char]0x${code.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  if (run !== '' || parts.length === 0) parts.push(`'${run}'`);
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' + ')})`;
}

export function psValue(v: ParamValue): string {
  if (typeof v === 'boolean') return v ? '$true' : '$false';
  if (typeof v === 'string') return psString(v);
  if ('raw' in v) return v.raw;
  return `@(${(v as readonly string[]).map(psString).join(', ')})`;
}
