// Shared test data: the fixture registry, a builder for mail snapshots, and a way to derive
// broken or extended registries from the fixture.
//
// The fixture (test/fixtures/registry.json) holds the two protocols the rules' tests are written
// for (Mesen, Kontich), as test data: registry/protocols.json may gain, end or renew protocols
// without any rule test noticing. Run from source, loadShippedRegistry() gives this fixture too
// (jest.config.js maps the registry file to it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientDetails, MailSnapshotInput, Registry, RegistryResult } from '../../src/domain';
import { MailSnapshot, buildTraces, parseRegistry } from '../../src/domain';

export const REGISTRY_FILE = join(__dirname, '..', 'fixtures', 'registry.json');

/** A fresh, mutable copy of the fixture registry file's data. */
export function fixtureData(): { version: number; protocols: Array<Record<string, unknown>> } {
  return JSON.parse(readFileSync(REGISTRY_FILE, 'utf8')) as { version: number; protocols: Array<Record<string, unknown>> };
}

export function registryFrom(data: unknown): Registry {
  const r = parseRegistry(data);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.en).join('\n'));
  return r.registry;
}

export const registry = registryFrom(fixtureData());

/** The fixture as a handler loads its registry (the Send check's and the phone's `registry` dependency). */
export function fixtureRegistry(): RegistryResult {
  return { ok: true, registry };
}

export const MESEN = 'ocmw@mesen.be';
export const KONTICH = 'sociale.dienst@kontich.be';
export const ZIP_SHA = 'a'.repeat(64);

/** A fixed salt, so test traces are stable; the pane draws a new one for every mail. */
export const SALT = '0123456789abcdef0123456789abcdef';
export const CLIENT: ClientDetails = { firstName: 'Jan', lastName: 'Van den Broeck', phone: '0470 12 34 56', email: 'jan.vdb@example.org' };
/** The traces the pane would store for CLIENT. */
export const CLIENT_TRACES = buildTraces({ client: CLIENT }, SALT);

type R = MailSnapshotInput['recipients'][number];
export const to = (address: string, extra: Partial<R> = {}): R => ({ address, displayName: '', field: 'to', recipientType: 'user', ...extra });
export const cc = (address: string): R => to(address, { field: 'cc' });
export const bcc = (address: string): R => to(address, { field: 'bcc' });

/** A mail that every rule allows for a Kontich client (on or after 2026-02-28). */
export function goodKontichMail(overrides: Partial<MailSnapshotInput> = {}): MailSnapshot {
  return MailSnapshot.parse({
    location: { by: 'postcode', value: '2550' },
    recipients: [to(KONTICH)],
    consentConfirmed: true,
    subject: 'Doorverwijzing KG-20260302-7F3K9Q',
    body: 'Beste,\n\nIn bijlage een doorverwijzing (referentie KG-20260302-7F3K9Q), versleuteld met AES-256. Open het bestand met 7-Zip; het wachtwoord krijgt u telefonisch.\n\nMet vriendelijke groet',
    attachments: [{ name: 'doorverwijzing-KG-20260302-7F3K9Q.zip', size: 20480, isOurEncryptedZip: true, sha256: ZIP_SHA }],
    password: 'K7QM-94TX-HB2R-8WZD',
    traces: CLIENT_TRACES,
    encryptedZipSha256: ZIP_SHA,
    ...overrides,
  });
}
