// The exact rule of protocol article 6: a recipient IS the registered mailbox when its address
// equals it, and nothing else is forgiven. A module of its own: the pane's first screen uses it
// without the look-alike rules (lookalike.ts) that name what is wrong with any other address.

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** RFC 5322 atext and dots: a local part that needs no quotes. */
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/**
 * A quoted local part as the mail system reads it: the quotes and backslashes of a quoted string
 * are not part of the name (RFC 5322 3.2.4), so `"ocmw"@mesen.be` is ocmw@mesen.be and
 * `"oc\mw"` is ocmw. Anything that is not one whole quoted string is returned as it is.
 */
export function unquoteLocal(local: string): string {
  if (local.length < 2 || local.charAt(0) !== '"' || local.charAt(local.length - 1) !== '"') return local;
  let out = '';
  for (let i = 1; i < local.length - 1; i++) {
    const c = local.charAt(i);
    if (c === '\\') {
      // An escape that would swallow the closing quote: not a quoted string.
      if (i + 1 >= local.length - 1) return local;
      out += local.charAt(++i);
    } else if (c === '"') {
      return local;
    } else {
      out += c;
    }
  }
  return out;
}

/** The address with a quoted local part written plainly, where it needs no quotes (`"ocmw"@mesen.be` -> ocmw@mesen.be). */
export function plainAddress(address: string): string {
  const a = address.trim();
  const at = a.lastIndexOf('@');
  if (at <= 0) return a;
  const local = unquoteLocal(a.slice(0, at));
  return DOT_ATOM.test(local) ? `${local}${a.slice(at)}` : a;
}

/**
 * The exact rule: printable ASCII, equal after trimming white space, ignoring ASCII letter case
 * and the quotes of a quoted local part (`"ocmw"@mesen.be` is the same mailbox), and nothing else.
 */
export function sameMailbox(address: string, mailbox: string): boolean {
  const a = address.trim();
  const m = mailbox.trim();
  // ASCII is required before case is ignored: toLowerCase() also folds letters outside ASCII onto
  // ASCII ones (the Kelvin sign U+212A becomes "k"), which would let a look-alike pass as exact.
  if (!PRINTABLE_ASCII.test(a) || !PRINTABLE_ASCII.test(m)) return false;
  return a.toLowerCase() === m.toLowerCase() || plainAddress(a).toLowerCase() === plainAddress(m).toLowerCase();
}
