// The release build: which hosting addresses it accepts, what the release manifest looks
// like, and that `npm run build` stops with a clear message before building anything wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkManifest } from '../../scripts/lib/manifest-check';
import { DEV_BASE, findDevUrls, findLoopbackUrls, manifestVersion, parseBaseUrl, rewriteManifest } from '../../scripts/lib/release';

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

  // The whole release, webpack included (about half a minute).
  it('writes a release whose manifest points only at ADDIN_BASE_URL and passes the check', () => {
    const out = path.join(root, 'test-artifacts/release-build');
    rmSync(out, { recursive: true, force: true });
    const r = build({ ADDIN_BASE_URL: 'https://addin.example.org/vd', ADDIN_OUT_DIR: out });
    expect(r.out).toContain('manifest.xml passes the manifest check');
    expect(r.status).toBe(0);

    const released = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(findLoopbackUrls(released)).toEqual([]);
    expect(released).toContain(`<Version>${pkg.version}.0</Version>`);
    expect(released).toContain('<SourceLocation DefaultValue="https://addin.example.org/vd/taskpane.html"/>');
    for (const f of ['taskpane.html', 'commands.html', 'onsend.js', 'mobile.js', 'assets/icon-16.png', 'assets/icon-128.png']) {
      expect(existsSync(path.join(out, f))).toBe(true);
    }
  }, 180_000);
});
