// `npm run bench:false-blocks`: how often the text rules stop a legitimate referral. Every first
// name of @zxcvbn-ts/language-nl-be's Flemish lists, and its 2,000 most common surnames, in turn
// the client of a referral that never names the client: the pane's neutral text for each protocol,
// alone and followed by one of the sentences and signatures below, signed by the team member whose
// display name Office gives. Each mail is judged by evaluateSend exactly as the pane and the Send
// check judge it (the traces built as the pane builds them). Targets: 0 blocks, prompts < 1 %.
// Results are recorded by hand in BENCHMARKS.md ("False blocks").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import lang from '@zxcvbn-ts/language-nl-be';
import COMMON_NAME_WORDS from '../src/domain/commonNameWords.json';
import type { Decision, MailSnapshotInput, Protocol } from '../src/domain';
import { MailSnapshot, buildTraces, evaluateSend, loadShippedRegistry, protocolWords } from '../src/domain';
import { neutralText } from '../src/taskpane/neutralText';
import { SENTENCES } from './sentences';

const REF = 'KG-20260302-7K3M9Q';
const NOW = new Date('2026-03-02T09:30:00Z');
const SALT = '0123456789abcdef0123456789abcdef';
const ZIP_SHA = 'a'.repeat(64);

/** The team members who write (their display names in Outlook). */
const TEAM = ['An Peeters', 'Sofie Janssens', 'Karim El Amrani', 'Els Van Damme', 'Pieter De Smet'];

type Client = { firstName: string; lastName: string };

const title = (s: string): string =>
  s
    .split(' ')
    .map((w, i) =>
      i > 0 && ['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'le', 'la', 'du', 'des'].includes(w) ? w : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');

function clients(): Client[] {
  const dictionary = lang.dictionary as Record<string, string[]>;
  const first = [...new Set([...(dictionary.boysFirstnames ?? []), ...(dictionary.girlsFirstnames ?? [])])];
  const last = (dictionary.lastnames ?? []).slice(0, 2000);
  const out: Client[] = [];
  // Every first name with a surname, every surname with a first name: each is a client at least once.
  first.forEach((f, i) => out.push({ firstName: title(f), lastName: title(last[i % last.length] as string) }));
  last.forEach((l, i) => out.push({ firstName: title(first[(i * 7) % first.length] as string), lastName: title(l) }));
  return out;
}

type Mail = { protocol: Protocol; signer: string; subject: string; body: string; label: string };

function mails(protocols: readonly Protocol[]): Mail[] {
  const out: Mail[] = [];
  protocols.forEach((protocol, p) => {
    const neutral = neutralText(REF, protocol);
    out.push({ protocol, signer: TEAM[p % TEAM.length] as string, subject: neutral.subject, body: neutral.body, label: `neutral text (${protocol.id})` });
    SENTENCES.forEach((sentence, i) => {
      const signer = TEAM[(i + p) % TEAM.length] as string;
      out.push({
        protocol,
        signer,
        subject: neutral.subject,
        body: `${neutral.body}\n\n${sentence.replace('{name}', signer)}`,
        label: `sentence ${i + 1} (${protocol.id})`,
      });
    });
  });
  return out;
}

function judge(client: Client, mail: Mail, registry: ReturnType<typeof loadShippedRegistry>): Decision {
  if (!registry.ok) throw new Error('the shipped registry does not load');
  const traces = buildTraces({ client, exclude: protocolWords(mail.protocol), ownName: mail.signer }, SALT);
  const snapshot: MailSnapshotInput = {
    location: { by: 'protocolId', value: mail.protocol.id },
    recipients: [{ address: mail.protocol.mailbox, displayName: mail.protocol.socialService.name, field: 'to', recipientType: 'externalUser' }],
    consentConfirmed: true,
    subject: mail.subject,
    body: mail.body,
    attachments: [{ name: `doorverwijzing-${REF}.zip`, size: 20480, isOurEncryptedZip: true, sha256: ZIP_SHA }],
    traces,
    encryptedZipSha256: ZIP_SHA,
  };
  return evaluateSend(MailSnapshot.parse(snapshot), registry.registry, NOW);
}

/**
 * tsx imports src/domain/commonNameWords.json as it is in the repository (its `words` empty); the
 * bundles and Jest fill it with scripts/lib/common-words-loader.cjs. The same here, before the
 * first trace is built.
 */
function fillCommonWords(): void {
  const require = createRequire(import.meta.url);
  const loader = require('../scripts/lib/common-words-loader.cjs') as { fill(source: string): string };
  const file = new URL('../src/domain/commonNameWords.json', import.meta.url);
  Object.assign(COMMON_NAME_WORDS, JSON.parse(loader.fill(readFileSync(file, 'utf8'))) as object);
}

function main(): void {
  fillCommonWords();
  const registry = loadShippedRegistry();
  if (!registry.ok) throw new Error('the shipped registry does not load');
  const all = clients();
  const list = mails(registry.registry.protocols);
  let blocks = 0;
  let prompts = 0;
  let total = 0;
  const blocked: string[] = [];
  const why = new Map<string, number>();
  const promptedClients = new Set<string>();
  const start = performance.now();
  for (const client of all) {
    for (const mail of list) {
      const d = judge(client, mail, registry);
      total++;
      if (d.outcome === 'block') {
        blocks++;
        if (blocked.length < 20) blocked.push(`${client.firstName} ${client.lastName} / ${mail.label}: ${d.reasons.map((r) => r.code).join(', ')}`);
      } else if (d.outcome === 'prompt') {
        prompts++;
        promptedClients.add(`${client.firstName} ${client.lastName}`);
        for (const r of d.reasons) {
          const key = r.code === 'content-client-name-word' ? `${r.part} name, ${r.why}` : r.code;
          why.set(key, (why.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const pct = (n: number): string => `${((100 * n) / total).toFixed(2)} %`;
  console.log(`clients: ${all.length} (every first name of the nl-be lists, the 2,000 most common surnames)`);
  console.log(
    `texts: ${list.length} (neutral text of ${registry.registry.protocols.length} protocols, alone and with ${SENTENCES.length} sentences and signatures)`,
  );
  console.log(`mails judged: ${total} in ${seconds.toFixed(1)} s`);
  console.log(`blocks: ${blocks} (${pct(blocks)}), target 0: ${blocks === 0 ? 'met' : 'MISSED'}`);
  console.log(
    `prompts: ${prompts} (${pct(prompts)}), target < 1 %: ${prompts / total < 0.01 ? 'met' : 'MISSED'}; ${promptedClients.size} clients asked about at least once`,
  );
  for (const [k, v] of [...why].sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${v}`);
  for (const b of blocked) console.log(`  blocked: ${b}`);
  process.exitCode = blocks === 0 && prompts / total < 0.01 ? 0 : 1;
}

main();
