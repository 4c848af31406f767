// The pure parts of a release build (scripts/build.ts): which hosting address is acceptable,
// how the committed manifest becomes the release manifest, and how to find development
// addresses that must not ship. No file system here, so every rule is unit-tested.

/** Where the committed manifest and `npm start` serve the add-in. */
export const DEV_BASE = 'https://localhost:3000/';
const DEV_ORIGIN = DEV_BASE.replace(/\/$/, '');

export class ReleaseError extends Error {
  override name = 'ReleaseError';
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/**
 * Checks ADDIN_BASE_URL and returns it normalised to end in exactly one slash.
 * Throws ReleaseError with a message meant for the person running the build.
 */
export function parseBaseUrl(raw: string | undefined): string {
  const example = 'for example: ADDIN_BASE_URL=https://addin.example.org/ npm run build';
  const value = (raw ?? '').trim();
  if (!value) {
    throw new ReleaseError(`ADDIN_BASE_URL is not set. It is the HTTPS address where dist/ will be hosted; ${example}`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ReleaseError(`ADDIN_BASE_URL "${value}" is not a valid URL; ${example}`);
  }
  if (url.protocol !== 'https:') {
    throw new ReleaseError(`ADDIN_BASE_URL "${value}" must start with https:// (Outlook loads add-ins over HTTPS only); ${example}`);
  }
  if (url.username || url.password) throw new ReleaseError(`ADDIN_BASE_URL "${value}" must not contain a user name or password`);
  if (url.search || url.hash) throw new ReleaseError(`ADDIN_BASE_URL "${value}" must not have a ?query or #fragment`);
  if (LOOPBACK.has(url.hostname)) {
    throw new ReleaseError(`ADDIN_BASE_URL "${value}" points at this machine; a release needs the address users' Outlook can reach`);
  }
  url.pathname = url.pathname.replace(/\/*$/, '/');
  return url.href;
}

/** package.json "1.4.2" -> manifest "1.4.2.0" (Office wants four numbers, each 0-65535). */
export function manifestVersion(packageVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion.trim());
  if (!m || m.slice(1).some((n) => Number(n) > 65535)) {
    throw new ReleaseError(
      `package.json version "${packageVersion}" cannot become a manifest Version: use plain x.y.z (numbers up to 65535, no pre-release tag)`,
    );
  }
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** The add-in everybody gets: manifest.xml's Id. Never changes (docs/manifest.md). */
export const RELEASE_ADDIN_ID = 'a4304358-37b6-4dbf-94ab-e363678b076c';
/**
 * The pilot's Id (ADDIN_CHANNEL=pilot): a second add-in beside the release, so a pilot group runs a
 * new version while everybody else keeps the old one. Fixed, so every pilot build updates the same
 * pilot add-in in the admin center (docs/versioning.md).
 */
export const PILOT_ADDIN_ID = '5f37ecb1-f6f4-44eb-b7ed-bb75e5e8ced8';

/** What `npm run build` makes: the release, a pilot beside it, or a build for the tests. */
export type BuildChannel = 'release' | 'pilot' | 'test';

/**
 * The pilot's manifest: its own Id, "(pilot)" in the names a user and an admin see, and SendMode
 * SoftBlock (a pilot that cannot load never stops mail; docs/send-check.md). The release and the
 * test build keep the committed manifest's.
 */
export function channelManifest(xml: string, channel: BuildChannel): string {
  if (channel !== 'pilot') return xml;
  const once = (text: string, re: RegExp, to: string, what: string): string => {
    const n = (text.match(new RegExp(re.source, 'g')) ?? []).length;
    if (n !== 1) throw new ReleaseError(`manifest.xml must have exactly one ${what} for the pilot to change, found ${n}`);
    return text.replace(re, to);
  };
  let out = once(xml, /<Id>[^<]*<\/Id>/, `<Id>${PILOT_ADDIN_ID}</Id>`, '<Id>');
  out = once(
    out,
    /<DisplayName DefaultValue="([^"]*)">(\s*)<Override Locale="en-US" Value="([^"]*)"\/>/,
    '<DisplayName DefaultValue="$1 (pilot)">$2<Override Locale="en-US" Value="$3 (pilot)"/>',
    '<DisplayName> with an en-US override',
  );
  // The ribbon group's label, in both VersionOverrides: users see which one they run.
  out = out.replace(
    /(<bt:String id="Group\.Label" DefaultValue=")([^"]*)(">\s*<bt:Override Locale="en-US" Value=")([^"]*)("\/>)/g,
    '$1$2 (pilot)$3$4 (pilot)$5',
  );
  const modes = out.match(/SendMode="[^"]*"/g) ?? [];
  if (modes.length === 0) throw new ReleaseError('manifest.xml has no SendMode for the pilot to set to SoftBlock');
  return out.replace(/SendMode="[^"]*"/g, 'SendMode="SoftBlock"');
}

/** What the development manifest's header says about its URLs, and what the release's says instead. */
const DEV_URL_NOTE =
  /Every URL points at the development server \(npm start, localhost port 3000\);\s*\n\s*`npm run build` rewrites them to ADDIN_BASE_URL and sets Version from package\.json\./;

/**
 * The release manifest: every https://localhost:3000/ becomes the base, the AppDomain (an
 * origin without a path) becomes the base's origin, <Version> comes from package.json, and the
 * header comment says what this file is (an admin reads it before deploying it).
 */
export function rewriteManifest(xml: string, baseUrl: string, version: string, channel: BuildChannel = 'release'): string {
  const base = new URL(baseUrl);
  const header = {
    release: `Release manifest made by \`npm run build\`: every URL points at ${base.href}, where this\n  release must be hosted; Version ${version} comes from package.json. Deploy it in the Microsoft\n  365 admin center when the manifest changed (docs/admin.md, docs/versioning.md).`,
    pilot: `PILOT manifest made by \`ADDIN_CHANNEL=pilot npm run build\` (its own Id, "(pilot)" in its\n  names, SendMode SoftBlock): every URL points at ${base.href}, where the pilot must be hosted;\n  Version ${version} comes from package.json. Deploy it to the pilot group only (docs/versioning.md).`,
    test: `TEST BUILD manifest (\`npm run build:web\`, built with a test registry): every URL points at\n  ${base.href}. Never deploy it; a release is built with \`npm run build\`.`,
  }[channel];
  let out = channelManifest(xml, channel).replace(DEV_URL_NOTE, header);
  out = out.split(DEV_BASE).join(base.href);
  out = out.replace(/(<AppDomain>\s*)https:\/\/localhost:3000\/?(\s*<\/AppDomain>)/g, `$1${base.origin}$2`);
  const versions = out.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (versions.length !== 1) throw new ReleaseError(`manifest.xml must have exactly one <Version> element, found ${versions.length}`);
  return out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

/** Every loopback URL in a release manifest: none may remain. */
export function findLoopbackUrls(text: string): string[] {
  const re = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)(?::\d+)?[^\s"'<>)]*/gi;
  return [...new Set(text.match(re) ?? [])];
}

/**
 * The development address in built HTML/JS. Only our own dev origin is looked for: third-party
 * code may legitimately mention "localhost" in strings that never load anything.
 */
export function findDevUrls(text: string): string[] {
  // (?!\d): port 30001 is not port 3000.
  const re = new RegExp(`${DEV_ORIGIN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)[^\\s"'<>)\`]*`, 'g');
  return [...new Set(text.match(re) ?? [])];
}
