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

/** What the development manifest's header says about its URLs, and what the release's says instead. */
const DEV_URL_NOTE =
  /Every URL points at the development server \(npm start, localhost port 3000\);\s*\n\s*`npm run build` rewrites them to ADDIN_BASE_URL and sets Version from package\.json\./;

/**
 * The release manifest: every https://localhost:3000/ becomes the base, the AppDomain (an
 * origin without a path) becomes the base's origin, <Version> comes from package.json, and the
 * header comment says what this file is (an admin reads it before deploying it).
 */
export function rewriteManifest(xml: string, baseUrl: string, version: string): string {
  const base = new URL(baseUrl);
  let out = xml.replace(
    DEV_URL_NOTE,
    `Release manifest made by \`npm run build\`: every URL points at ${base.href}, where this\n  release must be hosted; Version ${version} comes from package.json. Deploy it in the Microsoft\n  365 admin center (docs/admin.md).`,
  );
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
