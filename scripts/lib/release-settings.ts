// The build-time settings an admin gives through the environment, read in one place: by
// `npm run build` before anything is built (a clear message, nothing half-built) and by the
// webpack loader that writes them into the bundles (src/domain/shippedRelease.ts).
//
//   ADDIN_CHANNEL          release (default for npm run build) | pilot | test; webpack alone
//                          (npm start, npm run build:web) builds 'development'
//   ADDIN_HELPDESK_NAME    who team members call for help, e.g. "ICT-helpdesk Opgroeien"
//   ADDIN_HELPDESK_PHONE   optional, e.g. "+32 2 533 12 34"
//   ADDIN_HELPDESK_EMAIL   optional, e.g. helpdesk@opgroeien.be
//   ADDIN_HELPDESK_URL     optional, an https:// page
import type { Helpdesk, ReleaseChannel } from '../../src/domain/release';
import { Helpdesk as HelpdeskSchema, RELEASE_CHANNELS } from '../../src/domain/release';

export type ReleaseSettings = { readonly channel: ReleaseChannel; readonly helpdesk: Helpdesk | null };
export type SettingsResult = { readonly ok: true; readonly settings: ReleaseSettings } | { readonly ok: false; readonly problems: string[] };

const HELPDESK_VARS = { name: 'ADDIN_HELPDESK_NAME', phone: 'ADDIN_HELPDESK_PHONE', email: 'ADDIN_HELPDESK_EMAIL', url: 'ADDIN_HELPDESK_URL' } as const;
const EXPECTED: Record<keyof typeof HELPDESK_VARS, string> = {
  name: 'readable text of 1 to 80 characters, no tab or invisible character, no space at either end',
  phone: 'a phone number: digits, spaces and + . / ( ) -, e.g. "+32 2 533 12 34"',
  email: 'a plain address such as helpdesk@example.org',
  url: 'an https:// address',
};

/** Reads the settings; `defaultChannel` is what an unset ADDIN_CHANNEL means for this caller. */
export function readReleaseSettings(env: NodeJS.ProcessEnv, defaultChannel: ReleaseChannel): SettingsResult {
  const problems: string[] = [];
  const rawChannel = (env.ADDIN_CHANNEL ?? '').trim() || defaultChannel;
  const channel = RELEASE_CHANNELS.find((c) => c === rawChannel);
  if (!channel) problems.push(`ADDIN_CHANNEL "${rawChannel}" is not a channel: use release, pilot or test`);

  const raw: Partial<Record<keyof typeof HELPDESK_VARS, string>> = {};
  for (const [field, name] of Object.entries(HELPDESK_VARS) as Array<[keyof typeof HELPDESK_VARS, string]>) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') raw[field] = value.trim();
  }
  let helpdesk: Helpdesk | null = null;
  if (Object.keys(raw).length > 0) {
    if (raw.name === undefined) problems.push(`${HELPDESK_VARS.name} is not set: the pane and support.html show the helpdesk by its name`);
    const parsed = HelpdeskSchema.safeParse(raw);
    if (parsed.success) helpdesk = parsed.data;
    else {
      const fields = new Set(
        parsed.error.issues.map((i) => i.path[0]).filter((f): f is keyof typeof HELPDESK_VARS => typeof f === 'string' && f in HELPDESK_VARS),
      );
      for (const f of fields) if (raw[f] !== undefined) problems.push(`${HELPDESK_VARS[f]} "${raw[f]}" must be ${EXPECTED[f]}`);
    }
  }
  if (problems.length > 0 || !channel) return { ok: false, problems };
  return { ok: true, settings: { channel, helpdesk } };
}
