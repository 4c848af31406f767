// punycode 2.x ships no types. Imported by its file, punycode/punycode.js (CommonJS, one object),
// so neither Node nor a bundler ever picks Node's deprecated built-in of the same name.
declare module 'punycode/punycode.js' {
  const punycode: {
    /** Decodes the xn-- labels of a domain; throws RangeError on an invalid label. */
    toUnicode(domain: string): string;
    toASCII(domain: string): string;
  };
  export default punycode;
}
