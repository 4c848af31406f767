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
// - frame-ancestors: Outlook hosts the pane in an iframe on these origins.

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const csp: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'", 'https://appsforoffice.microsoft.com'],
  'worker-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'https://appsforoffice.microsoft.com'],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  'frame-ancestors': [
    "'self'",
    'https://outlook.office.com',
    'https://outlook.office365.com',
    'https://outlook.live.com',
    'https://*.office.com',
    'https://*.office365.com',
    'https://*.microsoft.com',
  ],
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
