// The registry as the bundles get it: generated at build time (the webpack loader runs
// scripts/lib/shipped-registry.ts) from a file that passes every check. What each bundle carries
// must be exactly what parsing the full file gives, field for field; an invalid file must stop the
// build, saying what is wrong. Written against the fixture registry (test/fixtures/registry.json);
// the same equality for registry/protocols.json itself is in test/registry/shipped.test.ts.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CompactRegistry, Protocol, ProtocolRecord } from '../../src/domain';
import { generated, paneFields } from './generatedRegistry';
import { expandRegistry, findById, findByPostcode, loadShippedRegistry, parseRegistryBytes } from '../../src/domain';
import { shippedModule } from '../../scripts/lib/shipped-registry';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = path.join(ROOT, 'test', 'fixtures', 'registry.json');
const work = mkdtempSync(path.join(tmpdir(), 'shipped-registry-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const records: readonly ProtocolRecord[] = (() => {
  const r = parseRegistryBytes(readFileSync(FILE));
  if (!r.ok) throw new Error('the shipped registry must be valid');
  return r.records;
})();

describe('what the bundles carry equals what parsing the registry file gives', () => {
  it("the pane's form: every field the rules and the pane's first screens read", () => {
    const registry = expandRegistry(generated(FILE, 'pane') as CompactRegistry);
    expect(registry.protocols).toEqual(records.map(paneFields));
  });

  it("the Send check's form: id, social service, mailbox, dates and municipality name", () => {
    const registry = expandRegistry(generated(FILE, 'send') as CompactRegistry);
    const carried = (p: Protocol) => ({
      id: p.id,
      service: p.socialService.name,
      mailbox: p.mailbox,
      inForceFrom: p.inForceFrom,
      endedOn: p.endedOn,
      name: p.municipality.name,
    });
    expect(registry.protocols.map(carried)).toEqual(records.map(carried));
    expect(findById(registry, 'kontich-2026')?.mailbox).toBe('sociale.dienst@kontich.be');
  });

  it("the Send check's form refuses loudly to answer what it does not carry, instead of answering 'nothing'", () => {
    const registry = expandRegistry(generated(FILE, 'send') as CompactRegistry);
    expect(() => registry.protocols[0]?.municipality.nis).toThrow("The Send check's registry does not carry municipality.nis");
    expect(() => findByPostcode(registry, '2550')).toThrow('does not carry municipality.postcodes');
    expect(() => registry.protocols[0]?.localTeam).toThrow('does not carry localTeam');
  });

  it('the full records, for the screens that show them', () => {
    expect(generated(FILE, 'records')).toEqual(records);
  });

  it('run from source (tests, no build: the fixture), the shipped registry is the same as the built pane form', () => {
    const loaded = loadShippedRegistry();
    expect(loaded.ok && loaded.registry.protocols).toEqual(records.map(paneFields));
  });
});

describe('an invalid registry stops the build', () => {
  const broken = path.join(work, 'broken.json');
  writeFileSync(broken, readFileSync(FILE, 'utf8').replace('"mailbox": "ocmw@mesen.be",', '"mailbox": "ocmw@mesen.be", "mailbox": "evil@example.com",'));

  it('the generator refuses it with every problem, in Dutch and English', () => {
    const out = shippedModule(broken, 'send');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.message).toContain('is geen geldig register');
    expect(out.message).toContain('Protocol 1 ("mesen-2024"), veld mailbox: staat twee keer in hetzelfde object');
    expect(out.message).toContain('Protocol 1 ("mesen-2024"), field mailbox: occurs twice in the same object');
  });

  it('the generator refuses a file it cannot read', () => {
    const out = shippedModule(work, 'pane');
    expect(out.ok || out.message).toContain('this is a directory, not a file');
  });

  // webpack.config.js is an ES module, which Jest's CommonJS runtime cannot import: a child Node
  // process drives the webpack Node API with the project's own "events" config (as bundle.test.ts).
  const BUILD = `
import webpack from 'webpack';
import factory from './webpack.config.js';
const config = factory({}, { mode: 'production' }).find((c) => c.name === 'events');
config.output = { ...config.output, path: process.argv[1] };
webpack(config, (err, stats) => {
  if (err || stats.hasErrors()) { process.stderr.write(String(err ?? stats.toString('errors-only'))); process.exit(1); }
});
`;

  it('webpack fails with the problems listed when ADDIN_REGISTRY_FILE is invalid', async () => {
    const out = path.join(work, 'out');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--input-type=module', '-e', BUILD, out],
        { cwd: ROOT, env: { ...process.env, ADDIN_REGISTRY_FILE: broken }, timeout: 120_000 },
        (error, _stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The protocol registry cannot be built into the add-in.');
    expect(result.stderr).toContain('field mailbox: occurs twice in the same object');
  }, 120_000);
});
