// punycode 2.x ships no types. Imported as 'punycode/' so Node never picks its deprecated built-in.
declare module 'punycode/' {
  /** Decodes the xn-- labels of a domain; throws RangeError on an invalid label. */
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
