// The release build: which hosting addresses it accepts, what the release manifest looks
// like, and that `npm run build` stops with a clear message before building anything wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkManifest } from '../../scripts/lib/manifest-check';
import {
  DEV_BASE,
  PILOT_ADDIN_ID,
  RELEASE_ADDIN_ID,
  channelManifest,
  findDevUrls,
  findLoopbackUrls,
  manifestVersion,
  parseBaseUrl,
  rewriteManifest,
} from '../../scripts/lib/release';
import { parseRegistryBytes, registryDigest } from '../../src/domain';

const root = path.resolve(__dirname, '../..');
const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');

describe('ADDIN_BASE_URL', () => {
  it.each([
    ['https://addin.example.org', 'https://addin.example.org/'],
    ['https://addin.example.org/', 'https://addin.example.org/'],
    ['https://example.org/outlook/vd', 'https://example.org/outlook/vd/'],
    ['https://example.org/outlook/vd//', 'https://example.org/outlook/vd/'],
    ['  https://Addin.Example.org:8443/x/ ', 'https://addin.example.org:8443/x/'],
  ])('%j is used as %s', (raw, expected) => {
    expect(parseBaseUrl(raw)).toBe(expected);
  });

  it.each([
    [undefined, 'ADDIN_BASE_URL is not set'],
    ['', 'ADDIN_BASE_URL is not set'],
    ['http://addin.example.org/', 'must start with https://'],
    ['ftp://addin.example.org/', 'must start with https://'],
    ['addin.example.org', 'is not a valid URL'],
    ['https://', 'is not a valid URL'],
    ['https://localhost:3000/', 'points at this machine'],
    ['https://127.0.0.1/', 'points at this machine'],
    ['https://addin.example.org/?v=2', 'must not have a ?query'],
    ['https://user:pw@addin.example.org/', 'must not contain a user name or password'],
  ])('%j is refused: %s', (raw, message) => {
    expect(() => parseBaseUrl(raw)).toThrow(message);
  });
});

describe('manifest Version from package.json', () => {
  it('adds a fourth number', () => {
    expect(manifestVersion('1.4.2')).toBe('1.4.2.0');
  });

  it.each(['1.4', '1.4.2-beta.1', '1.4.2.0', '70000.0.0', ''])('refuses %j', (v) => {
    expect(() => manifestVersion(v)).toThrow('cannot become a manifest Version');
  });
});

describe('the release manifest', () => {
  const base = 'https://example.org/outlook/vd/';
  const released = rewriteManifest(manifest, base, '2.3.4.0');

  it('points nowhere at localhost', () => {
    expect(findLoopbackUrls(released)).toEqual([]);
    expect(released).toContain('<SourceLocation DefaultValue="https://example.org/outlook/vd/taskpane.html"/>');
    expect(released).toContain('<bt:Url id="JSRuntime.Url" DefaultValue="https://example.org/outlook/vd/onsend.js"/>');
  });

  it('trusts the hosting origin as its AppDomain', () => {
    expect(released).toContain('<AppDomain>https://example.org</AppDomain>');
  });

  it("says in its header what it is: the release for that address, not the development server's", () => {
    const header = released.slice(0, released.indexOf('<OfficeApp'));
    expect(header).toContain('Release manifest');
    expect(header).toContain(base);
    expect(header).not.toMatch(/development server|localhost/);
  });

  it('carries the package version', () => {
    expect(released).toContain('<Version>2.3.4.0</Version>');
    expect(released).not.toContain('<Version>1.0.0.0</Version>');
  });

  it('passes the manifest check as a release, with every file it names present', () => {
    const readFile = (p: string): Uint8Array | undefined => {
      // The runtime page must load its handlers from the release (manifest-check.ts, checkRuntimePages).
      if (p === 'commands.html') return Buffer.from('<script src="mobile.js"></script><script src="onsend.js"></script>');
      if (['taskpane.html', 'onsend.js', 'mobile.js'].includes(p)) return Buffer.from('built');
      try {
        return readFileSync(path.join(root, p));
      } catch {
        return undefined;
      }
    };
    expect(checkManifest(released, { readFile, built: true, expectedBase: base })).toEqual([]);
  });

  it('leaves a localhost URL in another form visible to the check', () => {
    const odd = manifest.replace('https://localhost:3000/assets/support.html', 'https://localhost:3001/help.html');
    expect(findLoopbackUrls(rewriteManifest(odd, base, '1.0.0.0'))).toEqual(['https://localhost:3001/help.html']);
  });

  it('refuses a manifest without exactly one <Version>', () => {
    expect(() => rewriteManifest(manifest.replace(/<Version>[^<]*<\/Version>/, ''), base, '1.0.0.0')).toThrow('exactly one <Version>');
  });
});

describe('the pilot manifest (ADDIN_CHANNEL=pilot)', () => {
  const base = 'https://addin-pilot.example.org/';
  const pilot = rewriteManifest(manifest, base, '2.3.4.0', 'pilot');
  const readFile = (p: string): Uint8Array | undefined => {
    // As for the release: the runtime page loads both handlers, the phone's and the Send check's.
    if (p === 'commands.html') return Buffer.from('<script src="mobile.js"></script><script src="onsend.js"></script>');
    if (['taskpane.html', 'onsend.js', 'mobile.js'].includes(p)) return Buffer.from('built');
    try {
      return readFileSync(path.join(root, p));
    } catch {
      return undefined;
    }
  };

  it('is another add-in: its own fixed Id, never the release Id', () => {
    expect(manifest).toContain(`<Id>${RELEASE_ADDIN_ID}</Id>`);
    expect(pilot).toContain(`<Id>${PILOT_ADDIN_ID}</Id>`);
    expect(pilot).not.toContain(RELEASE_ADDIN_ID);
    expect(PILOT_ADDIN_ID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('says "(pilot)" where users and admins see its name, in both languages', () => {
    expect(pilot).toContain('<DisplayName DefaultValue="Veilige doorverwijzing (pilot)">');
    expect(pilot).toContain('<Override Locale="en-US" Value="Secure referral (pilot)"/>');
    expect(pilot.match(/<bt:String id="Group\.Label" DefaultValue="Veilige doorverwijzing \(pilot\)">/g)).toHaveLength(2);
  });

  it('uses SoftBlock: a pilot that cannot load never stops mail', () => {
    expect(pilot.match(/SendMode="[^"]*"/g)).toEqual(['SendMode="SoftBlock"']);
    expect(manifest.match(/SendMode="[^"]*"/g)).toEqual(['SendMode="Block"']);
    expect(rewriteManifest(manifest, base, '2.3.4.0', 'release').match(/SendMode="[^"]*"/g)).toEqual(['SendMode="Block"']);
  });

  it('passes the manifest check as a release', () => {
    expect(checkManifest(pilot, { readFile, built: true, expectedBase: base })).toEqual([]);
  });

  it('refuses a manifest it cannot change as a whole', () => {
    expect(() => channelManifest(manifest.replace(/SendMode="Block"/, ''), 'pilot')).toThrow('no SendMode');
    expect(() => channelManifest(manifest.replace('<Override Locale="en-US" Value="Secure referral"/>', ''), 'pilot')).toThrow('exactly one <DisplayName>');
  });

  it("the test build's manifest says never to deploy it", () => {
    const header = rewriteManifest(manifest, base, '1.0.0.0', 'test').split('<OfficeApp')[0] ?? '';
    expect(header).toContain('TEST BUILD');
    expect(header).toContain('Never deploy it');
  });
});

describe('the development address in built files', () => {
  it('is found in HTML and JavaScript', () => {
    expect(findDevUrls('<script src="https://localhost:3000/taskpane.js"></script>')).toEqual(['https://localhost:3000/taskpane.js']);
    expect(findDevUrls('fetch(`https://localhost:3000/registry.json`)')).toEqual(['https://localhost:3000/registry.json']);
  });

  it('is not confused with other local addresses in library code', () => {
    expect(findDevUrls('// see http://localhost:8080/docs and https://localhost:30001/')).toEqual([]);
    expect(findDevUrls(`const u = "${DEV_BASE.replace('https', 'http')}"`)).toEqual([]);
  });
});

/** The release info as the minifier leaves it in a bundle: `version:"1.4.2"` (key quoted or not). */
const carries = (key: string, value: string): RegExp => new RegExp(`"?${key}"?:"${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`);

describe('npm run build', () => {
  const build = (env: Record<string, string | undefined>): { status: number | null; out: string } => {
    const childEnv = { ...process.env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
    const r = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', env: childEnv });
    return { status: r.status, out: r.stdout + r.stderr };
  };

  it('stops with a clear message when ADDIN_BASE_URL is http://', () => {
    const r = build({ ADDIN_BASE_URL: 'http://addin.example.org/', ADDIN_OUT_DIR: 'test-artifacts/never-built' });
    expect(r.status).toBe(1);
    expect(r.out).toContain('build failed: ADDIN_BASE_URL "http://addin.example.org/" must start with https://');
    expect(r.out).not.toContain('webpack');
  });

  it('stops with a clear message when ADDIN_BASE_URL is missing', () => {
    const r = build({ ADDIN_BASE_URL: undefined, ADDIN_OUT_DIR: 'test-artifacts/never-built' });
    expect(r.status).toBe(1);
    expect(r.out).toContain('build failed: ADDIN_BASE_URL is not set');
  });

  it.each([
    ['release', {}],
    ['pilot', { ADDIN_CHANNEL: 'pilot' }],
  ])('refuses another registry file for a %s: only a test build may use one', (channel, env) => {
    const r = build({
      ...env,
      ADDIN_BASE_URL: 'https://addin.example.org/',
      ADDIN_REGISTRY_FILE: 'test/fixtures/registry.json',
      ADDIN_OUT_DIR: 'test-artifacts/never-built',
    });
    expect(r.status).toBe(1);
    expect(r.out).toContain(
      `build failed: ADDIN_REGISTRY_FILE is for test builds only (npm run build:web); a ${channel} is always built from registry/protocols.json`,
    );
    expect(r.out).not.toContain('webpack');
  });

  it('refuses an unknown channel and a helpdesk setting that could become something else, before building', () => {
    const channel = build({ ADDIN_BASE_URL: 'https://addin.example.org/', ADDIN_CHANNEL: 'beta', ADDIN_OUT_DIR: 'test-artifacts/never-built' });
    expect(channel.status).toBe(1);
    expect(channel.out).toContain('ADDIN_CHANNEL "beta" is not a channel');
    const helpdesk = build({
      ADDIN_BASE_URL: 'https://addin.example.org/',
      ADDIN_HELPDESK_NAME: 'ICT',
      ADDIN_HELPDESK_URL: 'javascript:alert(1)',
      ADDIN_HELPDESK_EMAIL: 'a@b.be?subject=x',
      ADDIN_OUT_DIR: 'test-artifacts/never-built',
    });
    expect(helpdesk.status).toBe(1);
    expect(helpdesk.out).toContain('ADDIN_HELPDESK_URL "javascript:alert(1)" must be an https:// address');
    expect(helpdesk.out).toContain('ADDIN_HELPDESK_EMAIL "a@b.be?subject=x" must be a plain address');
    expect(helpdesk.out).not.toContain('webpack');
  });

  // The whole release, webpack included (about a minute): built from registry/protocols.json,
  // whatever it holds, and carrying exactly that registry.
  it('writes a release whose manifest points only at ADDIN_BASE_URL and passes the check', () => {
    const out = path.join(root, 'test-artifacts/release-build');
    rmSync(out, { recursive: true, force: true });
    const r = build({
      ADDIN_BASE_URL: 'https://addin.example.org/vd',
      ADDIN_OUT_DIR: out,
      ADDIN_CHANNEL: undefined,
      ADDIN_REGISTRY_FILE: undefined,
      ADDIN_HELPDESK_NAME: 'ICT-helpdesk <Opgroeien> & co',
      ADDIN_HELPDESK_PHONE: '+32 2 533 12 34',
      ADDIN_HELPDESK_EMAIL: 'helpdesk@opgroeien.be',
    });
    expect(r.out).toContain('manifest.xml passes the manifest check');
    expect(r.status).toBe(0);

    const shipped = parseRegistryBytes(readFileSync(path.join(root, 'registry', 'protocols.json')));
    if (!shipped.ok) throw new Error('registry/protocols.json must be valid');
    const digest = registryDigest(shipped.records);
    const pkgVersion = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(JSON.parse(readFileSync(path.join(out, 'version.json'), 'utf8'))).toEqual({
      version: pkgVersion,
      channel: 'release',
      registry: digest,
      protocols: shipped.records.length,
    });
    // The Send check and the pane carry that registry and say so; every mailbox is in the Send check.
    const onsend = readFileSync(path.join(out, 'onsend.js'), 'utf8');
    expect(onsend).toMatch(carries('registry', digest));
    for (const p of shipped.records) expect(onsend).toContain(JSON.stringify(p.mailbox));
    const support = readFileSync(path.join(out, 'assets', 'support.html'), 'utf8');
    expect(support).toContain(`<code id="version">${pkgVersion}</code>`);
    expect(support).toContain(`<code id="registry">${digest}</code>`);
    expect(support).toContain('ICT-helpdesk &lt;Opgroeien&gt; &amp; co');
    expect(support).toContain('<a href="tel:+3225331234">+32 2 533 12 34</a>');
    expect(support).toContain('<a href="mailto:helpdesk@opgroeien.be">');
    expect(support).not.toContain('<Opgroeien>');
    expect(r.out).toContain(`as releases/${pkgVersion}-${digest}/`);

    const released = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(findLoopbackUrls(released)).toEqual([]);
    expect(released).toContain(`<Version>${pkg.version}.0</Version>`);
    expect(released).toContain('<SourceLocation DefaultValue="https://addin.example.org/vd/taskpane.html"/>');
    for (const f of ['taskpane.html', 'commands.html', 'onsend.js', 'mobile.js', 'assets/icon-16.png', 'assets/icon-128.png']) {
      expect(existsSync(path.join(out, f))).toBe(true);
    }
  }, 300_000);

  it('writes a pilot beside it without touching a tracked file: its own Id, SoftBlock, "(pilot)" everywhere it shows', () => {
    const out = path.join(root, 'test-artifacts/pilot-build');
    rmSync(out, { recursive: true, force: true });
    const tracked = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
    const r = build({ ADDIN_BASE_URL: 'https://addin-pilot.example.org/', ADDIN_CHANNEL: 'pilot', ADDIN_OUT_DIR: out, ADDIN_REGISTRY_FILE: undefined });
    expect(r.out).toContain('manifest.xml passes the manifest check');
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(root, 'manifest.xml'), 'utf8')).toBe(tracked);
    const pilot = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(pilot).toContain(`<Id>${PILOT_ADDIN_ID}</Id>`);
    expect(pilot.match(/SendMode="[^"]*"/g)).toEqual(['SendMode="SoftBlock"']);
    expect(pilot).toContain('Veilige doorverwijzing (pilot)');
    const pkgVersion = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(JSON.parse(readFileSync(path.join(out, 'version.json'), 'utf8'))).toMatchObject({ version: `${pkgVersion}-pilot`, channel: 'pilot' });
    // The referral headers and the test mail name the pilot.
    expect(readFileSync(path.join(out, 'onsend.js'), 'utf8')).toMatch(carries('version', `${pkgVersion}-pilot`));
  }, 300_000);
});
