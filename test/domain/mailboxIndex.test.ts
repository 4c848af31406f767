// The Send check compares every recipient with the registered mailboxes through an index, so that
// a registry of every Belgian municipality costs no more per Send than one of two. The index may
// only skip mailboxes that the full comparison would call unrelated: these tests compare it with
// comparing against every mailbox, over a generated registry and addresses made to be close.
import { distance } from 'fastest-levenshtein';
import type { Protocol, Registry } from '../../src/domain';
import { matchRegistryMailbox, namedSocialService, nearRegistryMailbox, parseRegistry, resemblance } from '../../src/domain';
import { generateRegistry } from '../../bench/registry-data';

function registryOf(count: number): Registry {
  const r = parseRegistry(generateRegistry(count));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.en).join('\n'));
  return r.registry;
}

const registry = registryOf(300);

// The comparisons as they were before the index: every mailbox, in registry order.
function bruteMatch(address: string): { protocol: Protocol; kind: string } | null {
  let imitation: { protocol: Protocol; kind: string } | null = null;
  for (const protocol of registry.protocols) {
    const r = resemblance(address, protocol.mailbox);
    if (r.kind === 'exact') return { protocol, kind: 'exact' };
    if (r.kind === 'lookalike' && imitation === null) imitation = { protocol, kind: r.lookalike };
  }
  return imitation;
}

function bruteNear(address: string): Protocol | null {
  let best: Protocol | null = null;
  let bestEdits = Infinity;
  for (const protocol of registry.protocols) {
    if (resemblance(address, protocol.mailbox).kind !== 'near') continue;
    const edits = distance(address.trim().toLowerCase(), protocol.mailbox);
    if (edits < bestEdits) {
      best = protocol;
      bestEdits = edits;
    }
  }
  return best;
}

/** A small deterministic generator, so a failure names an address that can be tried again. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

function variants(mailbox: string, random: () => number): string[] {
  const at = (n: number): number => Math.floor(random() * n);
  const letters = 'abcdefghijklmnopqrstuvwxyz.-';
  const pick = (): string => letters.charAt(at(letters.length));
  const edit = (s: string): string => {
    const i = at(s.length);
    switch (at(3)) {
      case 0:
        return s.slice(0, i) + s.slice(i + 1);
      case 1:
        return s.slice(0, i) + pick() + s.slice(i);
      default:
        return s.slice(0, i) + pick() + s.slice(i + 1);
    }
  };
  const [local = '', domain = ''] = mailbox.split('@');
  return [
    mailbox,
    mailbox.toUpperCase(),
    edit(mailbox),
    edit(edit(mailbox)),
    edit(edit(edit(mailbox))),
    mailbox.replace('e', '\u0435').replace('o', '\u043e'),
    mailbox.replace('m', 'rn'),
    `${local}+tag@${domain}`,
    `${mailbox}.`,
    `${local}@${domain}.example.com`,
    `mail.${local}@${domain}`,
    `someone.else@${domain}`,
    `${local}@other-${domain}`,
    `${local}@xn--${domain}`,
    // Carrying the whole mailbox in the local part, or quoted.
    `${local}.${domain}@gmail.com`,
    `x${local}${domain.replace(/\./g, '')}@y.org`,
    `"${mailbox}"@evil.example`,
    `${mailbox}@evil.example`,
    `"${local}"@${domain}`,
    `${local}.${domain.split('.')[0] ?? ''}@gmail.com`,
  ];
}

describe('the mailbox index finds what comparing with every mailbox finds', () => {
  const random = rng(20261129);
  const addresses = [
    ...registry.protocols.slice(0, 80).flatMap((p) => variants(p.mailbox, random)),
    'collega@kindengezin.be',
    'an.peeters@kindengezin.be',
    'ocmw@menen.be',
    'not an address',
    '@',
    'a@b',
  ];

  it(`over ${addresses.length} addresses near ${registry.protocols.length} registered mailboxes`, () => {
    const differences: string[] = [];
    for (const address of addresses) {
      const indexed = matchRegistryMailbox(address, registry);
      const brute = bruteMatch(address);
      const got = indexed && { id: indexed.protocol.id, kind: indexed.resemblance.kind === 'exact' ? 'exact' : indexed.resemblance.lookalike };
      const want = brute && { id: brute.protocol.id, kind: brute.kind };
      if (JSON.stringify(got) !== JSON.stringify(want)) differences.push(`match ${JSON.stringify(address)}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
      const near = nearRegistryMailbox(address, registry)?.id ?? null;
      const nearBrute = bruteNear(address)?.id ?? null;
      if (near !== nearBrute) differences.push(`near ${JSON.stringify(address)}: ${near} != ${nearBrute}`);
    }
    expect(differences).toEqual([]);
  });

  it('finds the municipality a display name names, first in registry order, as a scan would', () => {
    const names = registry.protocols.slice(0, 50).map((p) => `Sociaal huis ${p.municipality.name} (onthaal)`);
    for (const name of names) {
      const scan = registry.protocols.find((p) =>
        [p.municipality.name, ...(p.municipality.localities ?? [])].some((place) =>
          ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `.includes(
            ` ${place
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, ' ')
              .trim()} `,
          ),
        ),
      );
      expect(namedSocialService(name, registry)?.protocol?.id).toBe(scan?.id);
    }
    expect(namedSocialService('Collega van het team', registry)).toBeNull();
  });
});
