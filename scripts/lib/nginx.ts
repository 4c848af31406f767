// Generates hosting/nginx.conf from hosting/headers.ts, so the headers are written once and the
// nginx configuration can never drift from what the tests serve (test/scripts/nginx.test.ts
// fails when the committed file is out of date; `npm run hosting:nginx` rewrites it).
import { securityHeaders } from '../../hosting/headers';

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
  root: '/var/www/veilige-doorverwijzing',
  certificate: '/etc/ssl/certs/addin.example.org.pem',
  certificateKey: '/etc/ssl/private/addin.example.org.key',
  listen: '443 ssl',
  redirectHttp: true,
};

function headerLines(indent: string, cache: string): string {
  const all = { ...securityHeaders(), 'Cache-Control': cache };
  // nginx needs the value quoted; none of our values contains a double quote.
  return Object.entries(all)
    .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`)
    .join('\n');
}

/** A server block for the release build. Same hashed-asset rule as hosting/headers.ts cacheControl(). */
export function nginxServerBlock(o: NginxOptions): string {
  return `# Generated from hosting/headers.ts by \`npm run hosting:nginx\`. Do not edit by hand:
# change hosting/headers.ts and regenerate, so tests and production send the same headers.
# Note: nginx drops server-level add_header lines in a location that has its own, so every
# location repeats the full set.
server {
    listen ${o.listen};
    server_name ${o.serverName};
    ssl_certificate ${o.certificate};
    ssl_certificate_key ${o.certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;

    root ${o.root};
    index taskpane.html;
    server_tokens off;
    charset utf-8;
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

    # Content-hashed bundles never change: cache them for a year.
    location ~* "\\.[0-9a-f]{8,}\\.(js|css|wasm|png|svg|woff2?)$" {
${headerLines('        ', 'public, max-age=31536000, immutable')}
        try_files $uri =404;
    }

    # HTML, manifest.xml, onsend.js and icons keep their names: revalidate every time, so a new
    # version reaches users at once.
    location / {
${headerLines('        ', 'no-cache')}
        limit_except GET { deny all; }
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
