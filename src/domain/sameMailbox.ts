// The exact rule of protocol article 6: a recipient IS the registered mailbox when its address
// equals it, and nothing else is forgiven. A module of its own: the pane's first screen uses it
// without the look-alike rules (recipients.ts) that name what is wrong with any other address.

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The exact rule: printable ASCII, equal after trimming white space and ignoring ASCII letter case, and nothing else. */
export function sameMailbox(address: string, mailbox: string): boolean {
  const a = address.trim();
  const m = mailbox.trim();
  // ASCII is required before case is ignored: toLowerCase() also folds letters outside ASCII onto
  // ASCII ones (the Kelvin sign U+212A becomes "k"), which would let a look-alike pass as exact.
  return PRINTABLE_ASCII.test(a) && PRINTABLE_ASCII.test(m) && a.toLowerCase() === m.toLowerCase();
}
