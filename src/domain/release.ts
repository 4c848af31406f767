// What runs: the add-in's version, its channel, the identifier of the registry compiled into it,
// and whom users call for help. Fixed when the bundles are built (shippedRelease.ts), shown in the
// pane's help and on support.html, written into every referral's headers (marker.ts), and said by
// the Send check's test mail (evaluate.ts), so an admin can tell on any client what runs there.
// No value here is about a client or a user.
import * as z from 'zod/mini';
import { sha256Hex, utf8Bytes } from './sha256';
import type { ProtocolRecord } from './registrySchema';
import { badCharacter } from './registrySchema';

/**
 * release: the add-in everybody gets (SendMode Block); pilot: a second add-in beside it with its
 * own Id and SoftBlock (docs/versioning.md); test: built with a test registry, never deployed;
 * development: `npm start` / `npm run build:web`.
 */
export type ReleaseChannel = 'release' | 'pilot' | 'test' | 'development';
export const RELEASE_CHANNELS: readonly ReleaseChannel[] = ['release', 'pilot', 'test', 'development'];

/** package.json's x.y.z, with the channel after a hyphen unless it is the release: 1.4.2, 1.4.2-pilot. */
export const ADDIN_VERSION_PATTERN = /^\d{1,5}\.\d{1,5}\.\d{1,5}(?:-(?:pilot|test|dev))?$/;
/** The registry's identifier: 12 hexadecimal digits (registryDigest). */
export const REGISTRY_DIGEST_PATTERN = /^[0-9a-f]{12}$/;

/** Readable text: no control or invisible character, no space at either end (as in the registry). */
const printable = (max: number) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(max),
    z.refine((s) => s.trim() === s && badCharacter(s) === null),
  );

/**
 * The helpdesk team members call, a build-time setting (ADDIN_HELPDESK_NAME, _PHONE, _EMAIL,
 * _URL; docs/admin.md). Shown as text, a tel:, a mailto: and an https link: each is checked so
 * that none of them can become anything else.
 */
export const Helpdesk = z.strictObject({
  name: printable(80),
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9][0-9 ./()-]{4,24}$/))),
  email: z.optional(z.string().check(z.regex(/^[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i), z.maxLength(120))),
  url: z.optional(z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~%/?#=&+-]*)?$/), z.maxLength(200))),
});
export type Helpdesk = z.infer<typeof Helpdesk>;

export type ReleaseInfo = {
  /** ADDIN_VERSION_PATTERN: what the headers carry and the help shows. */
  readonly version: string;
  readonly channel: ReleaseChannel;
  /** registryDigest of the registry compiled into this build. */
  readonly registry: string;
  readonly protocols: number;
  readonly helpdesk: Helpdesk | null;
};

const SUFFIX: Record<ReleaseChannel, string> = { release: '', pilot: '-pilot', test: '-test', development: '-dev' };

/** "1.4.2" on the release channel, "1.4.2-pilot" on the pilot's. */
export function versionLabel(packageVersion: string, channel: ReleaseChannel): string {
  return `${packageVersion}${SUFFIX[channel]}`;
}

/**
 * The registry's identifier: the first 12 hexadecimal digits of the SHA-256 of its records as the
 * checks read them (JSON, in file order). The same for the same protocols however the file is laid
 * out; `npm run registry -- check` prints it, so an admin can compare it with what a client shows.
 */
export function registryDigest(records: readonly ProtocolRecord[]): string {
  return sha256Hex(utf8Bytes(JSON.stringify(records))).slice(0, 12);
}
