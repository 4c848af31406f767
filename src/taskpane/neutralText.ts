// The neutral subject and body the pane offers, from a protocol and a reference; the words, always
// Dutch, are the catalogue's (src/words/nl/neutral.ts). The body goes above the team member's own
// Outlook signature (MailboxPort.setBodyTextAboveSignature).
import type { Protocol } from '../domain';
import { neutral } from '../words/nl/neutral';

export type NeutralText = { subject: string; body: string };

export function neutralText(reference: string, protocol: Protocol): NeutralText {
  return {
    subject: neutral.subject(reference),
    body: neutral.body({ reference, socialService: protocol.socialService.name, localTeam: protocol.localTeam }),
  };
}

/**
 * Who signs, when the team member's Outlook adds no signature of its own: their name (the OCMW
 * must know whom to call back) and their team.
 */
export function signoff(protocol: Protocol, userDisplayName: string): string {
  return [userDisplayName.trim(), protocol.localTeam].filter((line) => line !== '').join('\n');
}
