// Generated registries for bench/registry.ts: N protocols shaped like the real ones, so that sizes
// and times mean something. Deterministic (a seeded generator): the same N gives the same file.
//
// Shape, modelled on the two real protocols and on Flemish municipalities:
// - at most AREAS municipalities (Belgium has about 565); above that, each municipality gets a
//   chain of successive protocols (the old one ended on the day the next starts), as years of
//   renewals would leave them;
// - a pronounceable, unique Dutch-looking name, 1 to 3 postcodes, a five-digit NIS code, and 1 to
//   6 localities (deelgemeenten), the first usually the municipality's own name, as in the file;
// - the social service named after one of four patterns, a mailbox after one of four, a phone
//   number for about 60%, a local team from a pool of 60, a valid KBO number, a random
//   16-hex-digit source document name, the protocol title as the protocols word it.

export const AREAS = 565;

/** Mulberry32: small, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'br', 'd', 'dr', 'g', 'gr', 'h', 'k', 'kl', 'kr', 'l', 'm', 'n', 'o', 'p', 'r', 's', 'sch', 'st', 't', 'v', 'vl', 'w', 'z', 'zw'];
const VOWELS = ['a', 'aa', 'e', 'ee', 'i', 'ie', 'o', 'oo', 'u', 'oe', 'ui', 'ei'];
const CODAS = ['', 'l', 'n', 'r', 'rs', 'st', 'k', 'ns', 'rd', 'lt'];
const ENDINGS = [
  'gem',
  'hem',
  'zele',
  'kerke',
  'hout',
  'lo',
  'broek',
  'donk',
  'laar',
  'meer',
  'dijk',
  'rode',
  'hove',
  'beek',
  'berg',
  'dam',
  'tem',
  'zeel',
  'ingen',
  'akker',
];
const PREFIXES = ['Sint-', 'Oud-', 'Neder', 'Over', 'Hoog', 'Groot-', 'Klein-', 'Heist-op-den-'];
const STREETS = [
  'Markt',
  'Gemeenteplein',
  'Kerkstraat',
  'Dorpsstraat',
  'Stationsstraat',
  'Grote Markt',
  'Marktplein',
  'Molenstraat',
  'Nieuwstraat',
  'Kasteeldreef',
];
const SERVICE = [
  (n: string) => `OCMW ${n}`,
  (n: string) => `Sociale Dienst (OCMW) ${n}`,
  (n: string) => `Sociaal Huis ${n}`,
  (n: string) => `Welzijnshuis ${n}`,
];
const MAILBOX = [(s: string) => `ocmw@${s}.be`, (s: string) => `sociale.dienst@${s}.be`, (s: string) => `welzijn@${s}.be`, (s: string) => `info@ocmw-${s}.be`];

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const day = (d: Date): string => d.toISOString().slice(0, 10);

function kbo(r: () => number): string {
  const first = `0${String(Math.floor(r() * 1e7)).padStart(7, '0')}`;
  const check = String(97 - (Number(first) % 97)).padStart(2, '0');
  const all = `${first}${check}`;
  return `${all.slice(0, 4)}.${all.slice(4, 7)}.${all.slice(7)}`;
}

export type GeneratedRegistry = { version: 1; protocols: Array<Record<string, unknown>> };

export function generateRegistry(count: number, seed = 12): GeneratedRegistry {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const used = new Set<string>();
  const uniqueName = (): string => {
    for (;;) {
      const syllables = 1 + Math.floor(r() * 2);
      let base = '';
      for (let i = 0; i < syllables; i++) base += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
      let name = capital(base + pick(ENDINGS));
      if (r() < 0.12) name = pick(PREFIXES) + (name.startsWith('Sint') ? name : name);
      if (name.endsWith('-')) continue;
      const key = slug(name);
      if (!used.has(key)) {
        used.add(key);
        return name.replace(/-([a-z])/g, (_, c: string) => `-${c.toUpperCase()}`);
      }
    }
  };
  const postcodes = Array.from({ length: 9000 }, (_, i) => String(1000 + i));
  for (let i = postcodes.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [postcodes[i], postcodes[j]] = [postcodes[j] as string, postcodes[i] as string];
  }
  const areas = Math.min(count, AREAS);
  const teams = Array.from({ length: 60 }, () => `Kind en Gezin ${uniqueName()}`);
  const protocols: Array<Record<string, unknown>> = [];
  for (let a = 0; a < areas; a++) {
    const name = uniqueName();
    const s = slug(name);
    const codes = postcodes.splice(0, 1 + Math.floor(r() * r() * 3)).sort();
    const localities = Array.from({ length: Math.floor(r() * 6) }, () => uniqueName());
    if (r() < 0.7 || localities.length === 0) localities.unshift(name);
    const nis = String(10000 + a * 150 + Math.floor(r() * 150)).padStart(5, '0');
    const service = pick(SERVICE)(name);
    const mailbox = pick(MAILBOX)(s);
    const team = pick(teams);
    const phone =
      r() < 0.6 ? `+32 ${1 + Math.floor(r() * 9)} ${100 + Math.floor(r() * 900)} ${10 + Math.floor(r() * 90)} ${10 + Math.floor(r() * 90)}` : undefined;
    const generations = Math.floor(count / areas) + (a < count % areas ? 1 : 0);
    let start = new Date(Date.UTC(2018, 0, 1) + Math.floor(r() * 8 * 365) * 86_400_000);
    if (generations > 1) start = new Date(Date.UTC(1990, 0, 1) + Math.floor(r() * 365) * 86_400_000);
    for (let g = 0; g < generations; g++) {
      const next = new Date(start.getTime() + (180 + Math.floor(r() * 540)) * 86_400_000);
      const last = g === generations - 1;
      const signed = new Date(start.getTime() - (3 + Math.floor(r() * 40)) * 86_400_000);
      protocols.push({
        id: `${s}-${start.getUTCFullYear()}${generations > 1 ? `-${g + 1}` : ''}`,
        municipality: { name, nis, postcodes: codes, localities },
        socialService: {
          name: service,
          kbo: kbo(r),
          address: { street: `${pick(STREETS)} ${1 + Math.floor(r() * 60)}`, postcode: codes[0], municipality: name },
          ...(phone ? { phone } : {}),
        },
        mailbox,
        localTeam: team,
        inForceFrom: day(start),
        endedOn: last ? (r() < 0.05 ? day(next) : null) : day(next),
        signed: { place: r() < 0.5 ? name : 'Brussel', date: day(signed) },
        dpo: { opgroeien: 'dpo@opgroeien.be', socialService: `${pick(['privacy', 'dpo', 'informatieveiligheid'])}@${s}.be` },
        source: {
          document: `${String(protocols.length).padStart(3, '0')}_${Array.from({ length: 16 }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('')}.txt`,
          title: `Protocol voor de elektronische mededeling van persoonsgegevens vanuit Opgroeien regie (lokaal team ${team}) naar ${service}`,
        },
      });
      start = next;
    }
  }
  return { version: 1, protocols };
}
