// atob for classic Outlook's JavaScript-only runtime: an embedded engine with ECMAScript built-ins
// and not necessarily the web's. The Office port decodes attachment content with atob, so
// without it every referral would be refused as "could not be checked". Installed only when missing.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX: Record<string, number> = {};
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charAt(i)] = i;

/** As the web's atob: base64 (white space and padding tolerated) to a binary string; throws on bad input. */
export function decodeBase64(input: string): string {
  const s = String(input).replace(/[\t\n\f\r ]+/g, '').replace(/={1,2}$/, '');
  if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) throw new Error('The string to be decoded is not correctly encoded.');
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    buffer = (buffer << 6) | (INDEX[s.charAt(i)] as number);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

type GlobalWithAtob = { atob?: (data: string) => string };

export function installAtob(global: GlobalWithAtob | undefined): void {
  if (global && typeof global.atob !== 'function') global.atob = decodeBase64;
}
