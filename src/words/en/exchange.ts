// English twin of src/words/nl/exchange.ts (ASCII only).
import type * as nl from '../nl/exchange';

export const rejectReason: typeof nl.rejectReason =
  'Not sent: this mail to a registered OCMW mailbox has an attachment that is not encrypted (no password-protected zip). ' +
  'A referral goes only through the Veilige doorverwijzing add-in in Outlook on a computer or on the web.';
