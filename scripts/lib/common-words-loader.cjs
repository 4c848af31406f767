// Build-time list of the words that are both a Flemish name and a common Dutch word, from the
// `@zxcvbn-ts/language-nl-be` package (MIT; its Dutch frequency list and its Flemish first-name and
// surname lists). src/domain/commonNameWords.json names the package and how many of the most
// frequent words count as common; this loader fills in `words`: every word of the package's first
// names and surnames (surnames split into their words: "van den broeck" -> van, den, broeck) that
// is among those most frequent words. Used as a webpack loader for the bundles and as a Jest
// transform, so the tests grade names with exactly the list the pane carries.
//
// Why only the intersection: the pane asks "is this word of the client's name also a common word?"
// only for words that can be a name, so the rest of the frequency list would be dead weight.
'use strict';

function fill(source) {
  const config = JSON.parse(source);
  const { dictionary } = require(config.source);
  const rank = new Map();
  dictionary.commonWords.forEach((word, i) => {
    if (!rank.has(word)) rank.set(word, i);
  });
  const names = new Set();
  for (const name of [...dictionary.boysFirstnames, ...dictionary.girlsFirstnames, ...dictionary.lastnames]) {
    for (const word of name.split(/[^a-z\u00e0-\u00ff]+/)) if (word) names.add(word);
  }
  const words = [...names].filter((w) => rank.has(w) && rank.get(w) < config.top).sort();
  return JSON.stringify({ source: config.source, top: config.top, words });
}

/** webpack loader */
module.exports = function commonWordsLoader(source) {
  return fill(source);
};
/** Jest transform (Jest parses a transformed .json file's code as JSON) */
module.exports.process = function process(source) {
  return { code: fill(source) };
};
module.exports.fill = fill;
