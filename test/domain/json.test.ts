// The strict JSON reader under the registry: the value JSON.parse gives, plus what JSON.parse
// keeps quiet about (a key twice in one object) and a place for every syntax error.
import type { JsonResult } from '../../src/domain';
import { readJson } from '../../src/domain';

function failure(text: string): Extract<JsonResult, { ok: false }> {
  const r = readJson(text);
  if (r.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused`);
  return r;
}

describe('readJson', () => {
  it.each([
    ['an object', '{"a": 1, "b": [true, false, null], "c": {"d": "e\\n\\u00e9\\ud83d\\ude00"}}'],
    ['a list at the top', ' [1, -2.5e3, 0, "x"] '],
    ['numbers of every form', '[0, -0, 1.25, 1e5, 1E-5, 12e+3]'],
    ['empty containers', '{"a": {}, "b": []}'],
    ['a "__proto__" key, as data', '{"__proto__": {"x": 1}}'],
    ['CRLF line ends', '{\r\n  "a": 1\r\n}\r\n'],
  ])('reads %s exactly as JSON.parse does', (_name, text) => {
    const r = readJson(text);
    expect(r).toEqual({ ok: true, value: JSON.parse(text), duplicateKeys: [] });
  });

  it('reports a key that occurs twice in one object, with both places and the path to it', () => {
    const text = '{\n  "protocols": [\n    {\n      "mailbox": "ocmw@mesen.be",\n      "mailbox": "evil@example.com"\n    }\n  ]\n}';
    const r = readJson(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.duplicateKeys).toEqual([{ path: ['protocols', 0, 'mailbox'], key: 'mailbox', at: { line: 5, column: 7 }, first: { line: 4, column: 7 } }]);
    // The value is JSON.parse's: the last one wins, which is why the duplicate must be reported.
    expect(r.value).toEqual({ protocols: [{ mailbox: 'evil@example.com' }] });
  });

  it('tells keys that only look equal in the file apart by their value ("\\u0061" is "a")', () => {
    const r = readJson('{"a": 1, "\\u0061": 2, "b": {"a": 3}}');
    expect(r.ok && r.duplicateKeys.map((d) => d.path)).toEqual([['a']]);
  });

  it.each([
    ['a trailing comma in an object', '{"a": 1,}', { line: 1, column: 9 }, 'name'],
    ['a trailing comma in a list', '[1, 2,]', { line: 1, column: 7 }, 'value'],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3 }, 'comma-or-end-of-object'],
    ['a missing colon', '{"a" 1}', { line: 1, column: 6 }, 'colon'],
    ['single quotes', "{'a': 1}", { line: 1, column: 2 }, 'name'],
    ['a comment', '{"a": 1 // note\n}', { line: 1, column: 9 }, 'comma-or-end-of-object'],
    ['text after the end', '{"a": 1}\n\nx', { line: 3, column: 1 }, 'nothing-more'],
    ['an unclosed string', '{"a": "x', { line: 1, column: 9 }, 'string-end'],
    ['a raw tab in a string', '{"a": "x\ty"}', { line: 1, column: 9 }, 'no-control-character'],
    ['a bad escape', '{"a": "\\x41"}', { line: 1, column: 8 }, 'escape'],
    ['a short \\u escape', '{"a": "\\u12"}', { line: 1, column: 8 }, 'escape'],
    ['a leading zero', '[01]', { line: 1, column: 2 }, 'number'],
    ['a number without digits after the point', '[1.]', { line: 1, column: 2 }, 'number'],
    ['a word that is not a value', '[True]', { line: 1, column: 2 }, 'value'],
    ['an empty text', '  ', { line: 1, column: 3 }, 'more-text'],
    ['a text that stops early', '{"a": [1, 2', { line: 1, column: 12 }, 'more-text'],
    ['a byte-order mark left in the text', '\ufeff{}', { line: 1, column: 1 }, 'value'],
  ])('refuses %s, saying where and what was expected', (_name, text, at, expected) => {
    expect(failure(text)).toEqual({ ok: false, at, expected });
  });

  it('reads any depth without running out of stack', () => {
    const depth = 200_000;
    const r = readJson(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(r.ok).toBe(true);
    expect(failure(`${'['.repeat(depth)}${']'.repeat(depth - 1)}`).expected).toBe('more-text');
  });
});
