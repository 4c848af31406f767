// registry/protocols.json itself, the registry that ships. It changes with every signed protocol
// (docs/registry-maintenance.md), so it gets only the checks that hold for any valid registry:
// - the schema, read from its bytes as the build and `npm run registry -- check` read it;
// - consistency with the signed protocol texts, where they are present beside the repository;
// - what the build puts into the bundles is exactly what parsing it gives (the release build,
//   test/scripts/release.test.ts, then builds the bundles with it).
// No count, no municipality, no mailbox is pinned here: the rules' tests use the fixture registry
// (test/fixtures/registry.json). test/registry/walkthrough.test.ts adds a protocol the way the
// maintenance guide says and runs these same checks on the result.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CompactRegistry, Protocol, ProtocolRecord } from '../../src/domain';
import { expandRegistry, parseRegistryBytes } from '../../src/domain';
import { protocolTextProblems } from '../../scripts/lib/protocol-text';
import { EXCHANGE_LIMITS, RULE_CHAR_BUDGET, exchangeRules } from '../../src/cli/exchangeRules';
import { generated, paneFields } from '../scripts/generatedRegistry';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = path.join(ROOT, 'registry', 'protocols.json');
// The signed texts live next to the repository on the team's machines (docs/registry-maintenance.md).
const PROTOCOLS = process.env.KG_PROTOCOLS_DIR ?? path.join(ROOT, '..', 'shared', 'protocols');

const parsed = parseRegistryBytes(readFileSync(FILE));
const records: readonly ProtocolRecord[] = parsed.ok ? parsed.records : [];

test('registry/protocols.json is a valid registry (the schema, every problem listed otherwise)', () => {
  expect(parsed.ok ? [] : parsed.problems.map((p) => p.message.en)).toEqual([]);
  expect(records.length).toBeGreaterThan(0);
});

(existsSync(PROTOCOLS) ? test : test.skip)('every record says what its signed protocol text says (mailbox, DPO contacts, KBO, office, team, dates)', () => {
  const problems = records.flatMap((r) => {
    const file = path.join(PROTOCOLS, r.source.document);
    if (!existsSync(file)) return [`${r.id}: its signed text ${r.source.document} is not in ${PROTOCOLS} (archive it there, docs/registry-maintenance.md)`];
    return protocolTextProblems(r, readFileSync(file, 'utf8'));
  });
  expect(problems).toEqual([]);
});

describe('what the build puts into the bundles is exactly what parsing registry/protocols.json gives', () => {
  it("the pane's form", () => {
    expect(expandRegistry(generated(FILE, 'pane') as CompactRegistry).protocols).toEqual(records.map(paneFields));
  });

  it("the Send check's form", () => {
    const carried = (p: Protocol) => [p.id, p.socialService.name, p.mailbox, p.inForceFrom, p.endedOn, p.municipality.name];
    expect(expandRegistry(generated(FILE, 'send') as CompactRegistry).protocols.map(carried)).toEqual(records.map(carried));
  });

  it('the full records', () => {
    expect(generated(FILE, 'records')).toEqual(records);
  });
});

// The server rule an admin generates from this registry (docs/admin.md, section 7): what holds for
// any valid registry, not a golden file (the golden scripts are the fixture's, test/cli/).
test("the Exchange Online script made from it covers every registered mailbox, within Exchange's limits", () => {
  for (const mode of ['Audit', 'Enforce'] as const) {
    const result = exchangeRules(records, { mode, dpoReport: 'dpo@opgroeien.be' });
    const covered = new Set(result.rules.filter((r) => r.kind === 'reject').flatMap((r) => r.mailboxes));
    expect([...new Set(records.map((r) => r.mailbox))].filter((m) => !covered.has(m))).toEqual([]);
    expect(result.rules.length).toBeLessThanOrEqual(EXCHANGE_LIMITS.rules);
    for (const rule of result.rules) expect(rule.chars).toBeLessThanOrEqual(RULE_CHAR_BUDGET);
    expect(result.regexChars).toBeLessThanOrEqual(EXCHANGE_LIMITS.regexChars);
    expect(result.script).toContain(`Mode = '${mode}'`);
  }
});
