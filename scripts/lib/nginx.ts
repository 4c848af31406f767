// Generates hosting/nginx.conf from hosting/headers.ts, so the headers are written once and the
// nginx configuration can never drift from what the tests serve (test/scripts/nginx.test.ts
// fails when the committed file is out of date; `npm run hosting:nginx` rewrites it).
import { ALLOWED_METHODS, securityHeaders } from '../../hosting/headers';

export type NginxOptions = {
  /** e.g. addin.example.org */
  serverName: string;
  /** folder holding the release build (dist/) */
  root: string;
  certificate: string;
  certificateKey: string;
  /** 443 in production; tests use a free port on 127.0.0.1 */
  listen: string;
  /** the port-80 server that redirects to HTTPS (production only) */
  redirectHttp: boolean;
};

export const NGINX_PLACEHOLDERS: NginxOptions = {
  serverName: 'addin.example.org',
  // A symbolic link to the release being served (hosting/release.sh switches it): docs/admin.md.
  root: '/var/www/veilige-doorverwijzing/live',
  certificate: '/etc/ssl/certs/addin.example.org.pem',
  certificateKey: '/etc/ssl/private/addin.example.org.key',
  listen: '443 ssl',
  redirectHttp: true,
};

function headerLines(indent: string, cache: string): string {
  const all = { ...securityHeaders(), 'Cache-Control': cache, Allow: '$vd_allow' };
  // nginx needs the value quoted; none of our values contains a double quote. An empty value (the
  // Allow header on GET and HEAD) is not sent at all.
  return Object.entries(all)
    .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`)
    .join('\n');
}

/** Every location refuses other methods with 405 the same way (inside `if`, only `return` is safe). */
const methods = (indent: string): string => `${indent}if ($request_method !~ ^(${ALLOWED_METHODS.join('|')})$) { return 405; }`;

/**
 * The release build's server block, and what nginx needs beside it in the http context. Same rules
 * as hosting/headers.ts: cacheControl() and responseCacheControl() (errors are never cached),
 * isHiddenPath() (403), ALLOWED_METHODS (405 with Allow).
 */
export function nginxServerBlock(o: NginxOptions): string {
  const hashed = 'public, max-age=31536000, immutable';
  return `# Generated from hosting/headers.ts by \`npm run hosting:nginx\`. Do not edit by hand:
# change hosting/headers.ts and regenerate, so tests and production send the same headers.
# Note: nginx drops server-level add_header lines in a location that has its own, so every
# location repeats the full set. Put this file in the http context (e.g. /etc/nginx/conf.d/).

# Cache-Control by status: only a file that was served may be cached; an error (a 404 for a hashed
# name during an upload, a 403, a 405) never.
map $status $vd_cache_hashed {
    200 "${hashed}";
    206 "${hashed}";
    304 "${hashed}";
    default "no-store";
}
map $status $vd_cache_other {
    ~^[23] "no-cache";
    default "no-store";
}
# Allow: only on the 405 answer to another method.
map $request_method $vd_allow {
${ALLOWED_METHODS.map((m) => `    ${m} "";`).join('\n')}
    default "${ALLOWED_METHODS.join(', ')}";
}

# Any other host name on this address: the TLS handshake is refused, nothing is served (no
# certificate shown, no file). A request whose Host names another site gets 421.
server {
    listen ${o.listen} default_server;
    server_name _;
    server_tokens off;
    ssl_reject_handshake on;
    return 421;
}

server {
    listen ${o.listen};
    server_name ${o.serverName};
    ssl_certificate ${o.certificate};
    ssl_certificate_key ${o.certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;

    root ${o.root};
    index taskpane.html;
    server_tokens off;
    # UTF-8 on every text type: onsend.js and the pane's bundles hold Dutch text (é, ë, …).
    charset utf-8;
    charset_types text/html text/plain text/css text/javascript application/javascript application/json application/xml;
    types {
        text/html html;
        text/javascript js;
        application/json json map;
        application/xml xml;
        image/png png;
        application/wasm wasm;
        text/plain txt;
    }
    default_type application/octet-stream;

    # Hidden files (.git, .env, an upload tool's leftovers) are never served, whether they exist or not.
    location ~ "(^|/)\\." {
${headerLines('        ', '$vd_cache_other')}
${methods('        ')}
        deny all;
    }

    # Content-hashed bundles never change: a served one is cached for a year, a missing one not at all.
    location ~* "\\.[0-9a-f]{8,}\\.(js|css|wasm|png|svg|woff2?)$" {
${headerLines('        ', '$vd_cache_hashed')}
${methods('        ')}
        try_files $uri =404;
    }

    # HTML, manifest.xml, onsend.js, version.json and icons keep their names: revalidate every
    # time, so a new version reaches users at once. The base URL itself serves taskpane.html.
    location / {
${headerLines('        ', '$vd_cache_other')}
${methods('        ')}
        try_files $uri $uri/ =404;
    }
}
${
  o.redirectHttp
    ? `
# HTTPS only: plain HTTP is redirected.
server {
    listen 80;
    server_name ${o.serverName};
    server_tokens off;
    return 301 https://$host$request_uri;
}
`
    : ''
}`;
}
