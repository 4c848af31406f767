// Build-time reduction of Unicode's confusables (the `unhomoglyph` package's data.json, generated
// from confusables.txt of UTS #39) to what can matter for the registry's mailboxes, which are
// plain lower-case ASCII (src/domain/registry.ts). Used as a webpack loader for both bundles and
// as a Jest transform, so the tests judge with exactly the table the bundles carry.
//
// Only entries whose prototype is printable ASCII are kept (1,798 of 6,311; 19 KB instead of
// 77 KB, 6 KB instead of 28 KB gzipped). Dropping the others changes no verdict: a character
// whose prototype is not ASCII leaves the skeleton non-ASCII, so it can never equal a registered
// mailbox's, and an address with any non-ASCII character is already judged as imitating one
// (src/domain/recipients.ts).
'use strict';

function reduce(source) {
  const data = JSON.parse(source);
  const kept = {};
  for (const key of Object.keys(data)) {
    if (/^[\x20-\x7e]+$/.test(data[key])) kept[key] = data[key];
  }
  return JSON.stringify(kept);
}

/** webpack loader */
module.exports = function confusablesLoader(source) {
  return reduce(source);
};
/** Jest transform (Jest parses a transformed .json file's code as JSON) */
module.exports.process = function process(source) {
  return { code: reduce(source) };
};
module.exports.reduce = reduce;
