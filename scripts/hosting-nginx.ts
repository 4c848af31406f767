// `npm run hosting:nginx`: (re)writes hosting/nginx.conf from hosting/headers.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NGINX_PLACEHOLDERS, nginxServerBlock } from './lib/nginx';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'hosting', 'nginx.conf');
writeFileSync(target, nginxServerBlock(NGINX_PLACEHOLDERS));
console.log(`Geschreven / Written: ${path.relative(root, target)}`);
