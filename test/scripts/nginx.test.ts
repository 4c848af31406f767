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
  expect(locations).toHaveLength(2);
  for (const block of locations) {
    for (const name of Object.keys(securityHeaders())) expect(block).toContain(`add_header ${name} `);
    expect(block).toContain('add_header Cache-Control ');
  }
});

test('plain HTTP only redirects to HTTPS', () => {
  expect(committed).toMatch(/listen 80;\n\s+server_name [^\n]+\n\s+server_tokens off;\n\s+return 301 https:\/\/\$host\$request_uri;/);
});
