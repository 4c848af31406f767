// assets/support.html (the manifest's SupportUrl) as a build ships it: the helpdesk contact and
// what runs (version, channel, the registry's identifier) written into the page, so a team member
// or the helpdesk reads them on any device, also where the pane does not open. Pure: the build
// and `npm start` call it with the template and the release info.
import type { ReleaseInfo } from '../../src/domain/release';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Replaces the text between `<!-- name… -->` and `<!-- /name -->`; the template must have it once. */
function fill(template: string, name: string, html: string): string {
  const re = new RegExp(`(<!-- ${name}\\b[^>]*-->)[\\s\\S]*?(<!-- /${name} -->)`);
  if (!re.test(template)) throw new Error(`assets/support.html has no <!-- ${name} --> … <!-- /${name} --> section`);
  return template.replace(re, (_m, open: string, close: string) => `${open}\n${html}\n      ${close}`);
}

function helpdeskHtml(info: ReleaseInfo): string {
  const h = info.helpdesk;
  if (!h) {
    return '      <p>\n        Neem contact op met de ICT-dienst van uw organisatie. Zij beheren de invoegtoepassing en de\n        lijst met protocollen.\n      </p>';
  }
  const parts = [escapeHtml(h.name)];
  if (h.phone) parts.push(`<a href="tel:${escapeHtml(h.phone.replace(/[^+0-9]/g, ''))}">${escapeHtml(h.phone)}</a>`);
  if (h.email) parts.push(`<a href="mailto:${escapeHtml(h.email)}">${escapeHtml(h.email)}</a>`);
  if (h.url) parts.push(`<a href="${escapeHtml(h.url)}">${escapeHtml(h.url)}</a>`);
  return `      <p>\n        Neem contact op met <span id="helpdesk">${parts.join(', ')}</span>. Zij beheren de\n        invoegtoepassing en de lijst met protocollen.\n      </p>`;
}

function releaseHtml(info: ReleaseInfo): string {
  const n = info.protocols;
  return [
    '      <p id="release">',
    `        Versie / version <code id="version">${escapeHtml(info.version)}</code>,`,
    `        register / registry <code id="registry">${escapeHtml(info.registry)}</code> (${n} ${n === 1 ? 'protocol' : 'protocollen / protocols'}).`,
    '      </p>',
  ].join('\n');
}

export function renderSupportPage(template: string, info: ReleaseInfo): string {
  return fill(fill(template, 'helpdesk', helpdeskHtml(info)), 'release', releaseHtml(info));
}
