// Bounds on what a mail hands the rules, applied where it is parsed (recipient.ts, snapshot.ts,
// and the Office adapter's mapping): a value longer than any real one is cut, never refused. A
// mail's own content must not make the check fail (a failed check lets a mail that is no
// referral go), and must not make any rule slow.

/**
 * `value` itself when it has at most `max` characters, else its start and its end joined by
 * `mark`, `max` characters in all: the start is what Outlook shows, the end holds a domain or
 * an extension. Never cuts a surrogate pair.
 */
export function clampMiddle(value: string, max: number, mark: string): string {
  if (value.length <= max) return value;
  let head = Math.ceil((max - mark.length) / 2);
  let tail = max - mark.length - head;
  if (isHighSurrogate(value.charCodeAt(head - 1))) head--;
  if (isLowSurrogate(value.charCodeAt(value.length - tail))) tail--;
  return `${value.slice(0, head)}${mark}${value.slice(value.length - tail)}`;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The longest address judged as written: 64 characters of local part, "@" and 255 of domain
 * (RFC 5321). A longer one is no deliverable address; its start and end are judged, joined by
 * "..." (which no real address has, so it never equals a registered mailbox).
 */
export const MAX_ADDRESS_CHARS = 320;
/** Display names: Outlook shows far less; the start is what the user reads. */
export const MAX_DISPLAY_NAME_CHARS = 1000;
/** Attachment names: Windows allows 255; the start and the extension are judged. */
export const MAX_ATTACHMENT_NAME_CHARS = 1000;

export const clampAddress = (address: string): string => clampMiddle(address, MAX_ADDRESS_CHARS, '...');
export const clampDisplayName = (name: string): string => clampMiddle(name, MAX_DISPLAY_NAME_CHARS, '…');
export const clampAttachmentName = (name: string): string => clampMiddle(name, MAX_ATTACHMENT_NAME_CHARS, '…');
