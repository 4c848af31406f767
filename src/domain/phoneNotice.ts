// What Outlook on a phone tells the team member about the recipients of the mail being written.
// The Send check does not run on Outlook for iOS and Android (Smart Alerts: not applicable), so
// the phone's launch-event handler (src/mobile) can only inform: it shows a notice when a
// recipient is, imitates or comes near a registered OCMW mailbox. The recipients are sorted by
// the same screenRecipients as the Send check's, so the phone warns about exactly the recipients
// that make the Send check hold or ask about a mail on a computer.
import type { PhoneNoticeKind } from './reasonParams';
import type { Recipient } from './recipient';
import type { Registry } from './registry';
import { screenRecipients } from './recipients';

/**
 * The notice the recipients call for, the more alarming first; null when none.
 * - imitation: a recipient looks like a registered mailbox but is not one (confusable letters, a
 *   +tag, a longer domain, any non-ASCII or xn-- address, a display name showing a registered
 *   mailbox over another address);
 * - ocmw: a registered mailbox, a near miss of one (a typo, another real OCMW, a display name
 *   naming an OCMW or a registered municipality), or another address at a registered mailbox's
 *   domain.
 */
export function phoneNoticeKind(recipients: readonly Recipient[], registry: Registry): PhoneNoticeKind | null {
  const screen = screenRecipients(recipients, registry);
  if (screen.imitation) return 'imitation';
  if (screen.registered.length > 0 || screen.nearMisses.length > 0 || screen.sameDomain.length > 0) return 'ocmw';
  return null;
}
