// The HTTP headers the add-in is served with: written once here, used by `npm start`,
// by the browser tests (which serve dist/ with exactly these) and by hosting/nginx.conf
// (generated from this file by `npm run hosting:nginx`; a test fails when it is out of date).
//
// Why each CSP source is there:
// - script-src https://appsforoffice.microsoft.com: office.js and the scripts it loads itself.
// - worker-src 'self': the encryption worker is a file of ours (no blob: workers).
// - script-src 'wasm-unsafe-eval': lets the encryption worker compile zip.js's WebAssembly
//   (AES + zlib). It allows compiling WASM only, never JS eval. Without it zip.js quietly uses
//   its JS engines: the zip is the same, but AES is ~1.7x and compression ~2x slower
//   (BENCHMARKS.md, "Encryption"); the worker reports which engine ran (src/cryptoWorker/worker.ts).
// - style-src 'unsafe-inline': Fluent UI v9 (Griffel) inserts <style> rules at run time.
// - frame-src https://appsforoffice.microsoft.com: office.js's own host-trust page
//   (<office.js base>/AgaveErrorUX/index.html, framed by OSF.InitializationHelper's
//   checkReceiverOriginAndRun in outlook-web-16.01.js when office.js does not recognise the
//   Outlook origin it runs in). Refusing it would leave the pane uninitialised exactly when Outlook
//   moves to a new domain; it is the origin we already trust for office.js itself.
// - frame-src refuses office.js's telemetry frame ON PURPOSE: office.js's ULS logger
//   (Logger.ULSEndpointProxy, in o15apptofilemappingtable.js and outlook-win32-16.00.js, not in
//   outlook-web-16.01.js) frames OFFICE_JS_TELEMETRY_FRAME about 3 s after it loads. Nothing of
//   Microsoft's telemetry runs inside the add-in's page: refused, office.js keeps at most 128 log
//   lines in memory and works on (checked in test/browser/hosting.test.ts with the real office.js).
//   The browser shows one CSP message for it; the tests tell it apart from any violation of ours
//   (test/browser/harness.ts, ownCspViolations).
// - frame-ancestors: Outlook hosts the pane (and, in Outlook on the web and new Outlook, the Send
//   check's commands.html) in an iframe; FRAME_ANCESTORS below names each origin and its source.

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The frame office.js's telemetry logger opens, which the CSP refuses on purpose (see above). */
export const OFFICE_JS_TELEMETRY_FRAME = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';

const TAB_REQUIREMENTS = 'https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements';
const DOMAIN_CHANGE = 'https://devblogs.microsoft.com/microsoft365dev/action-required-ensure-your-microsoft-teams-apps-are-ready-for-upcoming-domain-changes/';

/**
 * Every origin that may frame the add-in, and where Microsoft documents it. Microsoft publishes one
 * table of frame-ancestors for the web hosts of Microsoft 365 (Teams platform docs, "tab
 * requirements"); these are its Outlook row, its Microsoft 365 app row (Outlook's add-ins also open
 * from the Microsoft 365 app) and its "all hosts (new)" row. Outlook on the web and
 * new Outlook move to outlook.cloud.microsoft: `.microsoft` is a top-level domain of its own, which
 * *.microsoft.com never covered. Classic Outlook on Windows and Outlook on Mac show the pane in a
 * web view of their own (no framing origin), so they need no entry.
 * test/scripts/headers.test.ts checks this list against the documented set.
 */
export const FRAME_ANCESTORS: ReadonlyArray<{ readonly origin: string; readonly source: string }> = [
  { origin: 'https://outlook.office.com', source: TAB_REQUIREMENTS },
  { origin: 'https://outlook.office365.com', source: TAB_REQUIREMENTS },
  { origin: 'https://outlook.live.com', source: TAB_REQUIREMENTS },
  { origin: 'https://outlook-sdf.office.com', source: TAB_REQUIREMENTS },
  { origin: 'https://outlook-sdf.office365.com', source: TAB_REQUIREMENTS },
  { origin: 'https://outlook.cloud.microsoft', source: `${TAB_REQUIREMENTS}; ${DOMAIN_CHANGE}` },
  { origin: 'https://*.cloud.microsoft', source: `${TAB_REQUIREMENTS} ("all hosts (new)"); ${DOMAIN_CHANGE}` },
  { origin: 'https://*.office.com', source: `${TAB_REQUIREMENTS} ("Microsoft 365 app")` },
  { origin: 'https://*.microsoft365.com', source: `${TAB_REQUIREMENTS} ("Microsoft 365 app")` },
];

const csp: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'", 'https://appsforoffice.microsoft.com'],
  'worker-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'https://appsforoffice.microsoft.com'],
  'frame-src': ['https://appsforoffice.microsoft.com'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'self'", ...FRAME_ANCESTORS.map((a) => a.origin)],
};

export function contentSecurityPolicy(): string {
  return Object.entries(csp)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** Headers for every response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    // No Cross-Origin-Resource-Policy: Outlook on the web shows our ribbon icons from its own
    // origin, and CORP same-origin would make Chromium refuse them.
  };
}

/**
 * Caching: HTML, the manifest and anything without a content hash must reach users at once
 * (no-cache = revalidate every time); hashed assets never change, so they may live a year.
 */
export function cacheControl(pathname: string): string {
  return /\.[0-9a-f]{8,}\.(js|css|wasm|png|svg|woff2?)$/.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

// --- How the host answers: methods, hidden files, errors (one rule for npm start, the browser
// tests' server and nginx: scripts/lib/static-server.ts, scripts/lib/nginx.ts).

/** The only methods served; any other gets 405 with `Allow: GET, HEAD`. */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/**
 * A path with a segment that starts with a dot (.git, .env, .htpasswd, .well-known, …) is never
 * served: 403, whether or not it exists. A release has no such file; an upload tool may leave one.
 */
export function isHiddenPath(pathname: string): boolean {
  return /(^|\/)\./.test(pathname);
}

/**
 * Cache-Control for a response: cacheControl(pathname) for a file that was served (200, 206, or
 * 304 on revalidation); `no-store` for anything else. An error must never be kept: a 404 for a
 * hashed name, during an upload that is not finished yet, cached for a year would break the pane
 * until that cache expired.
 */
export function responseCacheControl(pathname: string, status: number): string {
  return status === 200 || status === 206 || status === 304 ? cacheControl(pathname) : 'no-store';
}
