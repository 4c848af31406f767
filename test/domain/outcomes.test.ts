// The outcome of every reason is defined once (its reason object in src/domain/reasons.ts, read here
// through REASON_OUTCOME);
// docs/send-check.md's table of reasons must say the same, so admins and the pane read one truth.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reason } from '../../src/domain';
import { REASON_CODES, REASON_OUTCOME, outcomeOf, reason } from '../../src/domain';

const DOC = readFileSync(join(__dirname, '..', '..', 'docs', 'send-check.md'), 'utf8');

function documentedOutcomes(): Record<string, string> {
  const start = DOC.indexOf('<!-- reason-outcomes');
  const end = DOC.indexOf('<!-- /reason-outcomes -->');
  if (start < 0 || end < start) throw new Error('docs/send-check.md has no reason-outcomes table');
  const rows: Record<string, string> = {};
  for (const line of DOC.slice(start, end).split('\n')) {
    const m = /^\| `([a-z0-9-]+)` \| (block|prompt) \|/.exec(line);
    if (m) rows[m[1] as string] = m[2] as string;
  }
  return rows;
}

describe('outcomes', () => {
  it('docs/send-check.md lists every reason code with the outcome the code gives it, and no other', () => {
    expect(documentedOutcomes()).toEqual({ ...REASON_OUTCOME });
    expect(Object.keys(REASON_OUTCOME).sort()).toEqual([...REASON_CODES].sort());
  });

  it('a mail is blocked by any refusal, asked about only when every reason is a question, and allowed with none', () => {
    const prompt = reason('recipient-near-miss', { address: 'ocmw@messen.be', field: 'to', resembles: 'ocmw@mesen.be' });
    const block = reason('recipient-cc', { address: 'a@b.be', field: 'cc' });
    expect(outcomeOf([])).toBe('allow');
    expect(outcomeOf([prompt])).toBe('prompt');
    expect(outcomeOf([prompt, block] as Reason[])).toBe('block');
  });
});
