import { readFileSync } from 'node:fs';
import path from 'node:path';
import { securityHeaders } from '../../hosting/headers';
import { NGINX_PLACEHOLDERS, nginxServerBlock } from '../../scripts/lib/nginx';

const committed = readFileSync(path.join(__dirname, '..', '..', 'hosting', 'nginx.conf'), 'utf8');

test('hosting/nginx.conf is what hosting/headers.ts generates (run `npm run hosting:nginx` after changing the headers)', () => {
  expect(committed).toBe(nginxServerBlock(NGINX_PLACEHOLDERS));
});

test('every location of the nginx config sends every security header', () => {
  const locations = committed.split(/\n\s*location /).slice(1);
  expect(locations).toHaveLength(3);
  for (const block of locations) {
    for (const name of Object.keys(securityHeaders())) expect(block).toContain(`add_header ${name} `);
    expect(block).toContain('add_header Cache-Control "$vd_cache_');
    // Other methods: 405 in every location alike (test/browser/hosting.test.ts runs it).
    expect(block).toContain('if ($request_method !~ ^(GET|HEAD)$) { return 405; }');
  }
});

test('a catch-all default_server refuses every other host name on the HTTPS address', () => {
  expect(committed).toMatch(/listen 443 ssl default_server;\n\s+server_name _;\n\s+server_tokens off;\n\s+ssl_reject_handshake on;/);
});

test('the JavaScript types get charset=utf-8 (onsend.js holds Dutch text)', () => {
  expect(committed).toMatch(/charset_types [^;]*\btext\/javascript\b[^;]*\bapplication\/javascript\b/);
});

test('plain HTTP only redirects to HTTPS', () => {
  expect(committed).toMatch(/listen 80;\n\s+server_name [^\n]+\n\s+server_tokens off;\n\s+return 301 https:\/\/\$host\$request_uri;/);
});
