// The hosting probe (`npm run probe -- https://addin.example.org/`, scripts/probe.ts): what an
// admin's monitoring checks, because with SendMode Block a host that is down, a certificate that
// expired or a half-finished upload holds every mail of every user (docs/admin.md, "Monitoring").
//
// For each file Outlook loads by a fixed name (taskpane.html, commands.html, onsend.js, and the
// manifest): HTTPS status 200, the content type, the security headers of hosting/headers.ts and
// revalidation (no-cache); then every script the two pages name must be there too (a release
// uploaded half-way names hashed files that are missing); and the certificate must be trusted,
// for this host, and valid for at least `days` more days. version.json says what is live.
import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { securityHeaders } from '../../hosting/headers';

export type ProbeOptions = {
  /** Trouble when the certificate expires within this many days. */
  days: number;
  /** Extra certificate authorities to trust (PEM), e.g. an organisation's own. */
  ca?: string | Buffer;
  timeoutMs: number;
};

export type Finding = { ok: boolean; what: string; detail: string };
export type ProbeResult = { ok: boolean; findings: Finding[]; live: { version: string; registry: string } | null };

type Response = { status: number; headers: IncomingHttpHeaders; body: string; certificate?: CertificateFacts };
type CertificateFacts = { authorized: boolean; error: string | null; validTo: Date | null; subject: string };

/** The files Outlook loads by name, and the content types each may have. */
const FILES: ReadonlyArray<{ path: string; types: readonly string[]; js?: boolean }> = [
  { path: 'taskpane.html', types: ['text/html'] },
  { path: 'commands.html', types: ['text/html'] },
  { path: 'onsend.js', types: ['text/javascript', 'application/javascript'], js: true },
  { path: 'manifest.xml', types: ['application/xml', 'text/xml'] },
];

function get(url: string, options: ProbeOptions, withCertificate: boolean): Promise<Response> {
  return new Promise((resolve, reject) => {
    // rejectUnauthorized false: an untrusted certificate is a finding with its reason, not a crash.
    const req = request(url, { method: 'GET', rejectUnauthorized: false, ...(options.ca ? { ca: options.ca } : {}), agent: false }, (res) => {
      let certificate: CertificateFacts | undefined;
      if (withCertificate) {
        const socket = res.socket as TLSSocket;
        const peer = socket.getPeerCertificate();
        certificate = {
          authorized: socket.authorized,
          error: socket.authorizationError ? String(socket.authorizationError) : null,
          validTo: peer && peer.valid_to ? new Date(peer.valid_to) : null,
          subject: peer?.subject?.CN ? String(peer.subject.CN) : '',
        };
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        // Only the pages are read for their scripts; a big file is not kept.
        size += c.length;
        if (size <= 2 * 1024 * 1024) chunks.push(c);
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ...(certificate ? { certificate } : {}) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(options.timeoutMs, () => req.destroy(new Error(`no answer within ${options.timeoutMs / 1000} s`)));
    req.end();
  });
}

/** The address to probe: the release's base (ADDIN_BASE_URL), https only, ending in one slash. */
export function probeBase(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`"${raw}" is not a URL; give the base address of the release, e.g. https://addin.example.org/`);
  }
  if (url.protocol !== 'https:') throw new Error(`"${raw}" must start with https:// (Outlook loads add-ins over HTTPS only)`);
  if (url.username || url.password || url.search || url.hash) throw new Error(`"${raw}" must be a plain base address: no user, password, ?query or #fragment`);
  url.pathname = url.pathname.replace(/\/*$/, '/');
  return url.href;
}

const contentType = (h: IncomingHttpHeaders): string => String(h['content-type'] ?? '');

/** What a served file's headers get wrong (empty: nothing). */
function headerTrouble(h: IncomingHttpHeaders): string[] {
  const trouble: string[] = [];
  for (const [name, value] of Object.entries(securityHeaders())) {
    const got = h[name.toLowerCase()];
    if (got === undefined) trouble.push(`${name} missing`);
    else if (got !== value) trouble.push(`${name} differs from hosting/headers.ts`);
  }
  const cache = String(h['cache-control'] ?? '');
  if (!/\bno-cache\b/.test(cache)) trouble.push(`Cache-Control "${cache}" (must be no-cache: a new release reaches users at once)`);
  return trouble;
}

/** The local scripts a page loads (`<script src="taskpane.1a2b3c4d5e.js">`), relative to the base. */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)]
    .map((m) => m[1] ?? '')
    .filter((src) => src !== '' && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src));
}

export async function probe(base: string, options: ProbeOptions, now: Date = new Date()): Promise<ProbeResult> {
  const findings: Finding[] = [];
  const add = (ok: boolean, what: string, detail: string): void => {
    findings.push({ ok, what, detail });
  };
  const pages: Record<string, string> = {};
  let certificateChecked = false;

  for (const file of FILES) {
    let res: Response;
    try {
      res = await get(new URL(file.path, base).href, options, !certificateChecked);
    } catch (error) {
      add(false, file.path, `cannot connect: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (res.certificate && !certificateChecked) {
      certificateChecked = true;
      const c = res.certificate;
      if (!c.authorized)
        add(false, 'certificate', `not trusted for ${new URL(base).hostname}: ${c.error ?? 'unknown reason'} (Outlook will not load the add-in)`);
      if (c.validTo) {
        const daysLeft = Math.floor((c.validTo.getTime() - now.getTime()) / 86_400_000);
        const when = c.validTo.toISOString().slice(0, 10);
        if (daysLeft < options.days)
          add(false, 'certificate', `expires in ${daysLeft} days (${when}); renew it: with Block, an expired certificate holds every mail`);
        else if (c.authorized) add(true, 'certificate', `trusted, valid until ${when} (${daysLeft} days)`);
      }
    }
    const type = contentType(res.headers);
    const trouble: string[] = [];
    if (res.status !== 200) trouble.push(`status ${res.status}`);
    else {
      if (!file.types.some((t) => type.toLowerCase().startsWith(t))) trouble.push(`Content-Type "${type}" (must be ${file.types.join(' or ')})`);
      if (file.js && !/charset=utf-8/i.test(type)) trouble.push(`Content-Type "${type}" has no charset=utf-8`);
      trouble.push(...headerTrouble(res.headers));
      if (file.types[0] === 'text/html') pages[file.path] = res.body;
      if (file.path === 'manifest.xml' && !res.body.includes(`DefaultValue="${new URL('taskpane.html', base).href}"`)) {
        trouble.push(`its task pane is not ${new URL('taskpane.html', base).href} (built for another address?)`);
      }
    }
    add(trouble.length === 0, file.path, trouble.length ? trouble.join('; ') : `${res.status} ${type}`);
  }

  // The scripts the pages name: a half-finished upload shows here first.
  const scripts = [...new Set(Object.values(pages).flatMap(scriptsOf))].filter((s) => s !== 'onsend.js');
  for (const script of scripts) {
    try {
      const res = await get(new URL(script, base).href, options, false);
      const type = contentType(res.headers);
      const ok = res.status === 200 && /^(text|application)\/javascript/i.test(type);
      add(ok, script, ok ? `${res.status} ${type}` : `status ${res.status} ${type}: named by the pages but not served (upload not finished?)`);
    } catch (error) {
      add(false, script, `cannot connect: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // What is live: informative; an older release has no version.json.
  let live: ProbeResult['live'] = null;
  try {
    const res = await get(new URL('version.json', base).href, options, false);
    const v = res.status === 200 ? (JSON.parse(res.body) as { version?: unknown; registry?: unknown }) : {};
    if (typeof v.version === 'string' && typeof v.registry === 'string') live = { version: v.version, registry: v.registry };
  } catch {
    live = null;
  }
  return { ok: findings.every((f) => f.ok), findings, live };
}
