// The mailbox index: which registered mailboxes one address may resemble, found in a few look-ups
// instead of comparing it with every mailbox of the registry.
//
// Every recipient of every mail is compared with the registered mailboxes. Comparing with each of
// them (resemblance per pair) costs a few microseconds per pair: 60 recipients and 565
// municipalities is well over 100 ms in V8, more in classic Outlook's runtime, on every Send. The
// index finds, per recipient, the few mailboxes that resemblance could call anything but
// 'unrelated', and resemblance then decides on those alone, in registry order, so the outcome is
// exactly that of comparing with all of them. A pair is not 'unrelated' only when:
// - the address is the mailbox (exact map);
// - the local parts, or the domains, have the same skeleton (every look-alike kind needs one);
// - the (skeletons of the) addresses are within NEAR_EDITS edits. Then, by the pigeonhole
//   principle, one of NEAR_EDITS + 1 pieces of the mailbox occurs unchanged in the address, moved
//   by at most NEAR_EDITS positions: pieces are indexed with their position.
import { distance } from 'fastest-levenshtein';
import type { Protocol, Registry } from './registry';
import type { Resemblance } from './lookalike';
import { NEAR_EDITS, compactSkeleton, resemblance, skeleton, split } from './lookalike';
import { clampAddress } from './clamp';

type Piece = { readonly entry: number; readonly at: number };

type MailboxIndex = {
  readonly exact: Map<string, number>;
  /** Each registered mailbox's domain, to the first protocol with it. */
  readonly domains: Map<string, number>;
  readonly byLocal: Map<string, number[]>;
  readonly byDomain: Map<string, number[]>;
  readonly pieces: Map<string, Piece[]>;
  /**
   * Each distinct length and position of an indexed piece, so a query only cuts its address
   * there, give or take NEAR_EDITS: a fixed number of look-ups, however long the address.
   */
  readonly pieceSpots: readonly { readonly length: number; readonly at: number }[];
  /** Each mailbox's compact skeleton (embedsMailbox), by its first EMBED_KEY characters. */
  readonly embedded: Map<string, number[]>;
  readonly compacts: readonly string[];
  readonly embedKey: number;
  /** The first characters of the compact skeletons: a position starting with another needs no look-up. */
  readonly embedFirst: string;
  /** The length of the shortest compact skeleton: a local part whose compact form is shorter carries none. */
  readonly shortestCompact: number;
};

/** The length of the key under which compact skeletons are indexed (or a shorter mailbox's whole). */
const EMBED_KEY = 6;

const MAILBOX_INDEXES = new WeakMap<Registry, MailboxIndex>();

/** Appends to a list in a map of lists, once (this index, and the place index of displayName.ts). */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

function mailboxIndex(registry: Registry): MailboxIndex {
  const known = MAILBOX_INDEXES.get(registry);
  if (known) return known;
  const exact = new Map<string, number>();
  const domains = new Map<string, number>();
  const byLocal = new Map<string, number[]>();
  const byDomain = new Map<string, number[]>();
  const pieces = new Map<string, Piece[]>();
  const spots: { length: number; at: number }[] = [];
  const compacts = registry.protocols.map((p) => compactSkeleton(p.mailbox.toLowerCase()));
  const embedKey = compacts.reduce((k, c) => (c.length > 0 ? Math.min(k, c.length) : k), EMBED_KEY);
  const embedded = new Map<string, number[]>();
  compacts.forEach((c, entry) => {
    if (c.length > 0) push(embedded, c.slice(0, embedKey), entry);
  });
  registry.protocols.forEach((protocol, entry) => {
    const mailbox = protocol.mailbox.toLowerCase();
    if (!exact.has(mailbox)) exact.set(mailbox, entry);
    const m = split(mailbox);
    if (!m) return;
    if (!domains.has(m.domain)) domains.set(m.domain, entry);
    push(byLocal, skeleton(m.local.toLowerCase()), entry);
    push(byDomain, skeleton(m.domain.toLowerCase()), entry);
    for (const target of [mailbox, skeleton(mailbox)]) {
      const size = Math.floor(target.length / (NEAR_EDITS + 1));
      if (size === 0) continue;
      for (let k = 0; k <= NEAR_EDITS; k++) {
        const at = k * size;
        const piece = target.slice(at, k === NEAR_EDITS ? target.length : at + size);
        push(pieces, piece, { entry, at });
        if (!spots.some((x) => x.length === piece.length && x.at === at)) spots.push({ length: piece.length, at });
      }
    }
  });
  const embedFirst = compacts.reduce((first, c) => (c.length > 0 && first.indexOf(c.charAt(0)) < 0 ? first + c.charAt(0) : first), '');
  const shortest = compacts.reduce((k, c) => (c.length > 0 ? Math.min(k, c.length) : k), Infinity);
  const index: MailboxIndex = {
    exact,
    domains,
    byLocal,
    byDomain,
    pieces,
    pieceSpots: spots,
    embedded,
    compacts,
    embedKey,
    embedFirst,
    shortestCompact: shortest,
  };
  MAILBOX_INDEXES.set(registry, index);
  return index;
}

/**
 * The registry positions of the protocols whose mailbox `address` may resemble, ascending: a
 * superset of those for which resemblance() is not 'unrelated' (see the index's comment).
 */
function candidateMailboxes(address: string, registry: Registry): number[] {
  const index = mailboxIndex(registry);
  const found: number[] = [];
  const add = (entry: number | undefined): void => {
    if (entry !== undefined && found.indexOf(entry) < 0) found.push(entry);
  };
  const a = address.trim();
  add(index.exact.get(a.toLowerCase()));
  const parts = split(a);
  if (parts) {
    for (const local of [skeleton(parts.local), skeleton(parts.local.toLowerCase())]) (index.byLocal.get(local) ?? []).forEach(add);
    for (const domain of [skeleton(parts.domain), skeleton(parts.domain.toLowerCase())]) (index.byDomain.get(domain) ?? []).forEach(add);
    // Mailboxes carried whole in the local part: each position is one look-up of its key. A local
    // part shorter than the shortest mailbox (most of them) carries none.
    const compact = compactSkeleton(parts.fullLocal);
    const lower = compactSkeleton(parts.fullLocal.toLowerCase());
    if (Math.max(compact.length, lower.length) >= index.shortestCompact) {
      for (const local of lower === compact ? [compact] : [compact, lower]) {
        for (let i = 0; i + index.embedKey <= local.length; i++) {
          if (index.embedFirst.indexOf(local.charAt(i)) < 0) continue;
          const entries = index.embedded.get(local.substr(i, index.embedKey));
          if (entries) for (const entry of entries) if (local.startsWith(index.compacts[entry] as string, i)) add(entry);
        }
      }
    }
    const folded = `${parts.local}@${parts.domain}`;
    const lowered = folded.toLowerCase();
    const mapped = skeleton(folded);
    for (const query of mapped === lowered ? [lowered] : [lowered, mapped]) {
      for (const spot of index.pieceSpots) {
        for (let i = Math.max(0, spot.at - NEAR_EDITS); i <= spot.at + NEAR_EDITS && i + spot.length <= query.length; i++) {
          const found = index.pieces.get(query.slice(i, i + spot.length));
          if (found) for (const piece of found) if (Math.abs(piece.at - i) <= NEAR_EDITS) add(piece.entry);
        }
      }
    }
  }
  return found.sort((x, y) => x - y);
}

/** The protocol whose registered mailbox is at exactly this address's domain, if any. */
export function sameDomainProtocol(address: string, registry: Registry): Protocol | null {
  const a = address.trim();
  const at = a.lastIndexOf('@');
  if (at <= 0) return null;
  const entry = mailboxIndex(registry).domains.get(a.slice(at + 1).toLowerCase());
  return entry === undefined ? null : (registry.protocols[entry] as Protocol);
}

/** The protocols whose mailbox `address` may resemble, in registry order. */
export function candidateProtocols(address: string, registry: Registry): Protocol[] {
  return candidateMailboxes(address, registry).map((entry) => registry.protocols[entry] as Protocol);
}
export type RegistryMatch = { readonly protocol: Protocol; readonly resemblance: Extract<Resemblance, { kind: 'exact' | 'lookalike' }> };

/** The registered mailbox this address is, or imitates; exact matches win over look-alikes. */
export function matchRegistryMailbox(written: string, registry: Registry): RegistryMatch | null {
  const address = clampAddress(written);
  let imitation: RegistryMatch | null = null;
  for (const protocol of candidateProtocols(address, registry)) {
    const r = resemblance(address, protocol.mailbox);
    if (r.kind === 'exact') return { protocol, resemblance: r };
    if (r.kind === 'lookalike' && imitation === null) imitation = { protocol, resemblance: r };
  }
  return imitation;
}

/** The registered mailbox a plain address is within NEAR_EDITS of (the closest), or null. */
export function nearRegistryMailbox(written: string, registry: Registry): Protocol | null {
  const address = clampAddress(written);
  let best: Protocol | null = null;
  let bestEdits = Infinity;
  for (const protocol of candidateProtocols(address, registry)) {
    if (resemblance(address, protocol.mailbox).kind !== 'near') continue;
    const edits = distance(address.trim().toLowerCase(), protocol.mailbox);
    if (edits < bestEdits) {
      best = protocol;
      bestEdits = edits;
    }
  }
  return best;
}
