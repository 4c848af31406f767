// `npm start`: build the add-in (development mode, rebuilt on every change) and serve it over
// HTTPS on port 3000, the address the committed manifest.xml points at.
import path from 'node:path';
import { copyFile, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import webpack from 'webpack';
import { fileURLToPath } from 'node:url';
import configFactory from '../webpack.config.js';
import { startStaticServer } from './lib/static-server';
import { devCertificate } from './lib/dev-certs';
import { releaseInfo } from './lib/shipped-registry';
import { renderSupportPage } from './lib/support-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// ADDIN_OUT_DIR and PORT exist for the test of this script; the manifest expects dist/ on 3000.
const dist = path.resolve(root, process.env.ADDIN_OUT_DIR ?? 'dist');
const PORT = Number(process.env.PORT ?? 3000);

async function copyStatic(): Promise<void> {
  await mkdir(dist, { recursive: true });
  await cp(path.join(root, 'assets'), path.join(dist, 'assets'), { recursive: true });
  await copyFile(path.join(root, 'manifest.xml'), path.join(dist, 'manifest.xml'));
  // support.html as a build ships it, with the version and registry this server runs.
  const registryFile = path.resolve(root, process.env.ADDIN_REGISTRY_FILE ?? 'registry/protocols.json');
  const about = releaseInfo(registryFile, path.join(root, 'package.json'), { ...process.env, ADDIN_CHANNEL: 'development' });
  if (about.ok) {
    const support = path.join(dist, 'assets', 'support.html');
    await writeFile(support, renderSupportPage(await readFile(support, 'utf8'), about.info));
  }
}

function firstBuild(): Promise<void> {
  process.env.ADDIN_OUT_DIR = dist;
  // The pane's help and the Send check's test mail say this is a development build.
  process.env.ADDIN_CHANNEL = 'development';
  const compiler = webpack(configFactory({}, { mode: 'development' }));
  let first = true;
  return new Promise((resolve, reject) => {
    compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
      if (error || stats?.hasErrors()) {
        const text = error ? error.message : stats?.toString('errors-only');
        console.error(`Build mislukt / Build failed:\n${text}`);
        if (first) reject(new Error('build failed'));
        return;
      }
      if (!first) console.log(`Opnieuw gebouwd / Rebuilt ${new Date().toLocaleTimeString('nl-BE')}`);
      first = false;
      resolve();
    });
  });
}

async function main(): Promise<void> {
  console.log('Bouwen (development)… / Building (development)…');
  await firstBuild();
  await copyStatic();
  const certificate = await devCertificate();
  let server;
  try {
    server = await startStaticServer({ root: dist, port: PORT, host: '127.0.0.1', tls: certificate });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Poort ${PORT} is al in gebruik. Stop het andere proces. / Port ${PORT} is in use; stop the other process.`
        : `De server kon niet starten / The server could not start: ${String(error)}`,
    );
    process.exit(1);
  }
  const base = `https://localhost:${PORT}/`;
  console.log('');
  console.log(`Taakvenster / Task pane:          ${base}taskpane.html`);
  console.log(`Voorbeeldmodus / Standalone preview (open in a browser): ${base}taskpane.html`);
  console.log(`Manifest om te sideloaden / Manifest to sideload: ${path.join(root, 'manifest.xml')}`);
  if (!certificate.trusted) {
    console.log('');
    console.log('Let op: het ontwikkelcertificaat kon niet als vertrouwd geïnstalleerd worden');
    console.log(`(${certificate.problem ?? 'geen sudo'}). De server draait toch, met het gegenereerde certificaat.`);
    console.log('Note: the development CA could not be installed (no sudo?). The server runs anyway.');
    console.log('Vertrouw het zo / Trust it like this:');
    console.log(`  - CA-bestand / CA file: ${certificate.caPath}`);
    console.log('  - Debian/Ubuntu (als admin): cp <CA-bestand> /usr/local/share/ca-certificates/office-addin-dev.crt && update-ca-certificates');
    console.log('  - Chrome/Edge: Instellingen > Privacy en beveiliging > Certificaten beheren > Autoriteiten > Importeren');
    console.log('  - of op een machine met beheerrechten / or with admin rights: npx office-addin-dev-certs install');
  }
  console.log('');
  console.log('Stoppen / Stop: Ctrl+C');
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
