// Builds the "events" bundle (dist/onsend.js + commands.html) into `dir` with the project's own
// webpack config. webpack.config.js is an ES module, which Jest's CommonJS runtime cannot import:
// a child Node process drives the webpack Node API. Used by bundle.test.ts and bench/onsend.ts.
// The bundle carries the fixture registry (test/fixtures/registry.json), which the case table is
// written for; registry/protocols.json may change without these tests noticing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BUILD = `
import webpack from 'webpack';
import factory from './webpack.config.js';
const config = factory({}, { mode: 'production' }).find((c) => c.name === 'events');
config.output = { ...config.output, path: process.argv[1] };
webpack(config, (err, stats) => {
  if (err || stats.hasErrors()) { process.stderr.write(String(err ?? stats.toString('errors-only'))); process.exit(1); }
});
`;

/** The built onsend.js as text. `root` is the repository (where webpack.config.js is). */
export function buildEvents(dir: string, root = process.cwd(), registryFile = join(root, 'test', 'fixtures', 'registry.json')): string {
  execFileSync(process.execPath, ['--input-type=module', '-e', BUILD, dir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    // The development channel, as the case table run from source sees it (shippedRelease).
    env: { ...process.env, ADDIN_REGISTRY_FILE: registryFile, ADDIN_CHANNEL: 'development' },
  });
  return readFileSync(join(dir, 'onsend.js'), 'utf8');
}
