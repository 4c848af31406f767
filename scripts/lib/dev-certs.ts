// HTTPS for `npm start`. office-addin-dev-certs makes a CA and a localhost certificate and
// installs the CA into the system trust store; installing needs sudo, which a container or a
// locked-down machine does not have. Then we still serve, with the generated certificate, and
// say how to trust it by hand.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import * as devCerts from 'office-addin-dev-certs';

export type DevCertificate = { cert: Buffer; key: Buffer; trusted: boolean; caPath: string; problem?: string };

const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = {
  caCertificatePath: `${process.env.HOME ?? ''}/.office-addin-dev-certs/ca.crt`,
  localhostCertificatePath: `${process.env.HOME ?? ''}/.office-addin-dev-certs/localhost.crt`,
  localhostKeyPath: `${process.env.HOME ?? ''}/.office-addin-dev-certs/localhost.key`,
};

export async function devCertificate(): Promise<DevCertificate> {
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { cert: options.cert, key: options.key, trusted: true, caPath: caCertificatePath };
  } catch (error) {
    const problem = error instanceof Error ? (error.message.split('\n')[0] ?? String(error)) : String(error);
    if (!existsSync(localhostCertificatePath) || !existsSync(localhostKeyPath) || !devCerts.verifyCertificates()) {
      await devCerts.generateCertificates();
    }
    return {
      cert: await readFile(localhostCertificatePath),
      key: await readFile(localhostKeyPath),
      trusted: false,
      caPath: caCertificatePath,
      problem,
    };
  }
}
