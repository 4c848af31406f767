// What a build says it is (src/domain/release.ts): the settings an admin gives (ADDIN_CHANNEL,
// ADDIN_HELPDESK_*), the registry's identifier, and support.html as it ships. The same values
// reach the pane, the headers and the Send check's test mail (shippedRelease).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readReleaseSettings } from '../../scripts/lib/release-settings';
import { releaseInfo } from '../../scripts/lib/shipped-registry';
import { renderSupportPage } from '../../scripts/lib/support-page';
import type { ReleaseInfo } from '../../src/domain';
import { parseRegistryJson, registryDigest, shippedRelease } from '../../src/domain';
import { fixtureData } from '../fixtures/rules';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'registry.json');
const PACKAGE = path.join(ROOT, 'package.json');

describe('the registry identifier', () => {
  const records = (text: string) => {
    const r = parseRegistryJson(text);
    if (!r.ok) throw new Error('fixture');
    return r.records;
  };
  const text = readFileSync(FIXTURE, 'utf8');

  it('is 12 hex digits, the same however the file is laid out', () => {
    const digest = registryDigest(records(text));
    expect(digest).toMatch(/^[0-9a-f]{12}$/);
    expect(registryDigest(records(JSON.stringify(JSON.parse(text))))).toBe(digest);
    expect(registryDigest(records(`\ufeff${JSON.stringify(JSON.parse(text), null, 8)}`))).toBe(digest);
  });

  it('changes with any field of any protocol', () => {
    const data = fixtureData();
    (data.protocols[1] as Record<string, unknown>).endedOn = '2027-07-01';
    expect(registryDigest(records(JSON.stringify(data)))).not.toBe(registryDigest(records(text)));
  });
});

describe('the build settings', () => {
  it("default to the caller's channel and no helpdesk", () => {
    expect(readReleaseSettings({}, 'release')).toEqual({ ok: true, settings: { channel: 'release', helpdesk: null } });
    expect(readReleaseSettings({ ADDIN_CHANNEL: ' pilot ' }, 'release')).toEqual({ ok: true, settings: { channel: 'pilot', helpdesk: null } });
  });

  it('take a helpdesk with a name and any of phone, e-mail and page', () => {
    const r = readReleaseSettings(
      {
        ADDIN_HELPDESK_NAME: 'ICT-helpdesk Opgroeien',
        ADDIN_HELPDESK_PHONE: '+32 2 533 12 34',
        ADDIN_HELPDESK_URL: 'https://intranet.example.org/hulp?app=kg',
      },
      'release',
    );
    expect(r).toEqual({
      ok: true,
      settings: { channel: 'release', helpdesk: { name: 'ICT-helpdesk Opgroeien', phone: '+32 2 533 12 34', url: 'https://intranet.example.org/hulp?app=kg' } },
    });
  });

  it.each([
    [{ ADDIN_CHANNEL: 'prod' }, 'ADDIN_CHANNEL "prod" is not a channel'],
    [{ ADDIN_HELPDESK_PHONE: '02 533 12 34' }, 'ADDIN_HELPDESK_NAME is not set'],
    [{ ADDIN_HELPDESK_NAME: 'ICT\u200bhelpdesk' }, 'ADDIN_HELPDESK_NAME "ICT\u200bhelpdesk" must be readable text'],
    [{ ADDIN_HELPDESK_NAME: 'x'.repeat(81) }, 'ADDIN_HELPDESK_NAME'],
    [{ ADDIN_HELPDESK_NAME: 'ICT', ADDIN_HELPDESK_PHONE: '02 533<script>' }, 'ADDIN_HELPDESK_PHONE "02 533<script>" must be a phone number'],
    [{ ADDIN_HELPDESK_NAME: 'ICT', ADDIN_HELPDESK_EMAIL: 'helpdesk@opgroeien.be,jan@example.org' }, 'ADDIN_HELPDESK_EMAIL'],
    [
      { ADDIN_HELPDESK_NAME: 'ICT', ADDIN_HELPDESK_URL: 'http://intranet.example.org/' },
      'ADDIN_HELPDESK_URL "http://intranet.example.org/" must be an https:// address',
    ],
    [{ ADDIN_HELPDESK_NAME: 'ICT', ADDIN_HELPDESK_URL: 'https://x.org/" onclick="alert(1)' }, 'ADDIN_HELPDESK_URL'],
  ])('refuse %j, naming the variable', (env, message) => {
    const r = readReleaseSettings(env, 'release');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toContain(message);
  });
});

describe('what a build carries', () => {
  it('is what the source gives run from source, for the same registry (tests judge with what the bundles say)', () => {
    const built = releaseInfo(FIXTURE, PACKAGE, { ADDIN_CHANNEL: 'development' });
    expect(built).toEqual({ ok: true, info: shippedRelease() });
  });

  it('names the channel in its version', () => {
    const pilot = releaseInfo(FIXTURE, PACKAGE, { ADDIN_CHANNEL: 'pilot' });
    const pkg = JSON.parse(readFileSync(PACKAGE, 'utf8')) as { version: string };
    expect(pilot.ok && pilot.info.version).toBe(`${pkg.version}-pilot`);
    expect(releaseInfo(FIXTURE, PACKAGE, { ADDIN_CHANNEL: 'release' })).toMatchObject({ info: { version: pkg.version } });
  });
});

describe('support.html as it ships', () => {
  const template = readFileSync(path.join(ROOT, 'assets', 'support.html'), 'utf8');
  const info: ReleaseInfo = { version: '1.4.2', channel: 'release', registry: '0123456789ab', protocols: 1, helpdesk: null };

  it('shows the version and the registry', () => {
    const page = renderSupportPage(template, info);
    expect(page).toContain('<code id="version">1.4.2</code>');
    expect(page).toContain('<code id="registry">0123456789ab</code> (1 protocol)');
    expect(page).toContain('ICT-dienst van uw organisatie');
  });

  it('shows the helpdesk as text and links, escaped', () => {
    const page = renderSupportPage(template, {
      ...info,
      helpdesk: { name: 'Helpdesk <b>"KG"</b>', email: 'help@example.org', url: 'https://example.org/a?b=1&c=2' },
    });
    expect(page).toContain('Helpdesk &lt;b&gt;&quot;KG&quot;&lt;/b&gt;');
    expect(page).toContain('<a href="mailto:help@example.org">help@example.org</a>');
    expect(page).toContain('<a href="https://example.org/a?b=1&amp;c=2">');
    expect(page).not.toContain('ICT-dienst van uw organisatie');
  });

  it('refuses a template without its sections instead of shipping a page without them', () => {
    expect(() => renderSupportPage('<html></html>', info)).toThrow('no <!-- helpdesk -->');
  });
});
