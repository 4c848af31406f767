// Findings across the records of a registry file: an id used twice, and two protocols in force on
// the same day for the same postcode, NIS code, municipality or locality name (at most one
// protocol may answer a look-up on any day). registryFile.ts turns them into problems.
import type { ProtocolRecord } from './registrySchema';
import { normalizeName } from './registry';

/** One record of the file: its position, its id if it has one, and the protocol when it is valid. */
export type Entry = { index: number; id: string | undefined; protocol: ProtocolRecord | undefined };
/** A problem between records: the same id, or two protocols answering one look-up on the same day. */
export type Finding = { kind: 'duplicate-id'; id: string; indexes: number[] } | { kind: 'overlap'; indexes: [number, number]; shared: string; from: string };

export function crossRecordFindings(entries: readonly Entry[]): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map<string, number[]>();
  for (const e of entries) {
    if (e.id === undefined) continue;
    const list = byId.get(e.id);
    if (list) list.push(e.index);
    else byId.set(e.id, [e.index]);
  }
  for (const [id, indexes] of byId) if (indexes.length > 1) findings.push({ kind: 'duplicate-id', id, indexes });
  const valid = entries.filter((e): e is Entry & { protocol: ProtocolRecord } => e.protocol !== undefined);
  return [...findings, ...overlaps(valid)];
}

type Area = { key: string; label: string; rank: number };

/** The lookups a protocol answers, each once: its postcodes, its NIS code, its name and localities. */
function areasOf(p: ProtocolRecord): Area[] {
  const candidates: Area[] = [
    ...p.municipality.postcodes.map((pc) => ({ key: `postcode:${pc}`, label: `postcode ${pc}`, rank: 0 })),
    { key: `nis:${p.municipality.nis}`, label: `NIS ${p.municipality.nis}`, rank: 1 },
    ...[p.municipality.name, ...(p.municipality.localities ?? [])].map((name) => ({ key: `name:${normalizeName(name)}`, label: name, rank: 2 })),
  ];
  // A value listed twice in one protocol is a problem of its own (repeatedValues), not an overlap.
  const seen = new Set<string>();
  return candidates.filter((a) => !seen.has(a.key) && seen.add(a.key));
}

const NO_END = '9999-12-31';

/**
 * Groups protocols by area, then sweeps each group in order of start: a protocol that starts
 * before the latest end seen so far overlaps the protocol with that end. O(k log k) for k areas
 * in all, instead of comparing every pair; every protocol in a conflict is named at least once.
 */
function overlaps(valid: ReadonlyArray<{ index: number; protocol: ProtocolRecord }>): Finding[] {
  type Member = { index: number; from: string; end: string };
  const groups = new Map<string, { area: Area; members: Member[] }>();
  for (const { index, protocol } of valid) {
    const member = { index, from: protocol.inForceFrom, end: protocol.endedOn ?? NO_END };
    // A protocol that ends on the day it starts is never in force: it cannot overlap anything.
    if (member.from >= member.end) continue;
    for (const area of areasOf(protocol)) {
      const group = groups.get(area.key);
      if (group) group.members.push(member);
      else groups.set(area.key, { area, members: [member] });
    }
  }
  const pairs = new Map<string, { indexes: [number, number]; from: string; areas: Area[] }>();
  for (const { area, members } of groups.values()) {
    if (members.length < 2) continue;
    members.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.index - b.index));
    let latest: Member | undefined;
    for (const m of members) {
      if (latest && m.from < latest.end) {
        const indexes: [number, number] = latest.index < m.index ? [latest.index, m.index] : [m.index, latest.index];
        const key = `${indexes[0]},${indexes[1]}`;
        const pair = pairs.get(key);
        if (pair) pair.areas.push(area);
        else pairs.set(key, { indexes, from: m.from, areas: [area] });
      }
      if (!latest || m.end > latest.end) latest = m;
    }
  }
  return [...pairs.values()]
    .sort((a, b) => a.indexes[0] - b.indexes[0] || a.indexes[1] - b.indexes[1])
    .map((p) => ({
      kind: 'overlap' as const,
      indexes: p.indexes,
      from: p.from,
      shared: p.areas
        .sort((a, b) => a.rank - b.rank)
        .map((a) => a.label)
        .join(', '),
    }));
}
