// Runs Debian's nginx with the project's generated server block (scripts/lib/nginx.ts) over
// HTTPS on a free loopback port, serving a release build. Used by test/browser/hosting.test.ts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import * as devCerts from 'office-addin-dev-certs';
import { nginxServerBlock } from '../../scripts/lib/nginx';

export function nginxPath(): string {
  const found = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  if (!found) throw new Error('nginx ontbreekt / is missing: `apt-get install -y nginx` (.ci/run does this).');
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** `ca`: the certificate authority that signed the test certificate (for `npm run probe -- --ca`). */
export type Nginx = { url: string; port: number; ca: string; stop(): Promise<void> };

/**
 * Serves `root` as production does, under the name localhost (SNI: a request to another name, or
 * to the bare IP address, reaches the catch-all default_server and is refused). `days`: the test
 * certificate's validity.
 */
export async function startNginx(root: string, options: { days?: number } = {}): Promise<Nginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-nginx-'));
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  const ca = path.join(dir, 'ca.crt');
  await devCerts.generateCertificates(ca, cert, key, options.days ?? 30, ['127.0.0.1', 'localhost']);
  const port = await freePort();
  const server = nginxServerBlock({
    serverName: 'localhost',
    root,
    certificate: cert,
    certificateKey: key,
    listen: `127.0.0.1:${port} ssl`,
    redirectHttp: false,
  });
  // Everything nginx writes goes into the temp dir, so it runs as any user. Started as root,
  // nginx would hand the requests to workers running as `nobody`, who cannot read a clone in a
  // private (0700) directory: every file would be a 404. The workers run as the user who runs
  // the tests instead, so the tests pass wherever the clone lives.
  const runAs = typeof process.getuid === 'function' && process.getuid() === 0 ? `user ${userInfo().username};\n` : '';
  const conf = `${runAs}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${server}
}
`;
  const confFile = path.join(dir, 'nginx.conf');
  writeFileSync(confFile, conf);
  const check = spawnSync(nginxPath(), ['-t', '-p', dir, '-c', confFile], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child: ChildProcess = spawn(nginxPath(), ['-p', dir, '-c', confFile, '-g', 'daemon off;'], { stdio: 'ignore' });
  const url = `https://localhost:${port}/`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetchInsecure(`${url}taskpane.html`);
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        const log = existsSync(path.join(dir, 'error.log')) ? readFileSync(path.join(dir, 'error.log'), 'utf8') : '';
        throw new Error(`nginx did not answer on ${url}: ${String(error)}\n${log}`, { cause: error });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    port,
    ca,
    async stop() {
      child.kill('SIGQUIT');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type FetchOptions = {
  /** The Host header, when it differs from the URL's (another site on the same address). */
  host?: string;
  /** The TLS server name (SNI); '' sends none, as a client that asks for an IP address. */
  servername?: string;
};

/**
 * A request with the test's self-signed certificate accepted; returns status and headers. Always
 * to 127.0.0.1 (nginx listens there only), with the URL's host name as SNI and Host.
 */
export async function fetchInsecure(
  url: string,
  method = 'GET',
  options: FetchOptions = {},
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const https = await import('node:https');
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method,
        rejectUnauthorized: false,
        servername: options.servername ?? target.hostname,
        headers: { Host: options.host ?? target.host },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers[k] = v;
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.setTimeout(3000, () => req.destroy(new Error('timeout')));
    req.end();
  });
}
