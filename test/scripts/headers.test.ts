// The frame-ancestors list against what Microsoft documents (hosting/headers.ts names the source of
// each entry). Outlook on the web and new Outlook frame the pane and the Send check's page: an
// origin missing here makes the pane fail to load, and in Block mode holds every mail.
import { FRAME_ANCESTORS, contentSecurityPolicy } from '../../hosting/headers';

/**
 * Microsoft's table of frame-ancestors for its web hosts (learn.microsoft.com, Teams platform,
 * "tab requirements", read 2026-12): the Outlook row, the Microsoft 365 app row and "all hosts (new)".
 */
const DOCUMENTED_OUTLOOK_HOSTS = [
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
  'https://outlook.cloud.microsoft',
];
const DOCUMENTED_WILDCARDS = ['https://*.cloud.microsoft', 'https://*.office.com', 'https://*.microsoft365.com'];

function frameAncestors(): string[] {
  const directive = contentSecurityPolicy()
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0] === 'frame-ancestors');
  if (!directive) throw new Error('no frame-ancestors directive');
  return directive.slice(1);
}

/** CSP host-source matching for https origins (CSP3 "does url match expression"), enough for this list. */
function allows(sources: readonly string[], origin: string): boolean {
  const host = new URL(origin).host;
  return sources.some((source) => {
    if (!source.startsWith('https://')) return false;
    const pattern = source.slice('https://'.length);
    return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
  });
}

test('every Outlook origin Microsoft documents may frame the add-in, outlook.cloud.microsoft included', () => {
  for (const origin of DOCUMENTED_OUTLOOK_HOSTS) expect([origin, allows(frameAncestors(), origin)]).toEqual([origin, true]);
  expect(frameAncestors()).toContain('https://outlook.cloud.microsoft');
});

test('nothing but documented origins (and the add-in itself) may frame it, each with its source', () => {
  const documented = new Set([...DOCUMENTED_OUTLOOK_HOSTS, ...DOCUMENTED_WILDCARDS]);
  expect(frameAncestors()).toEqual(["'self'", ...FRAME_ANCESTORS.map((a) => a.origin)]);
  for (const { origin, source } of FRAME_ANCESTORS) {
    expect([origin, documented.has(origin)]).toEqual([origin, true]);
    expect(source).toMatch(/^https:\/\/(learn\.microsoft\.com|devblogs\.microsoft\.com)\//);
  }
});

test('look-alikes of Outlook origins may not frame it', () => {
  for (const origin of [
    'https://outlook.cloud.microsoft.evil.example',
    'https://evil-outlook.office.com.example',
    'https://cloud.microsoft.example',
    'https://microsoft.com',
    'https://outlook.office.com.evil.example',
  ]) {
    expect([origin, allows(frameAncestors(), origin)]).toEqual([origin, false]);
  }
});
