// How a message shows a value the user typed or received (an address, a display name, a file
// name): short enough that the words around it always fit Outlook's 500 characters, and without
// the characters that could reorder or break the message on screen.

/** The longest a value typed or received (an address, a display name, a file name) is shown in a message. */
export const SHOWN_VALUE_CHARS = 40;

// Control characters and the bidirectional overrides and isolates: shown as they are, they could
// break the message's lines or reorder its words on screen.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as a message shows it: at most `max` characters, cut with "…" (never inside a surrogate
 * pair), with control and direction characters shown as "\ufffd". Linear; a 2 MB address becomes
 * 40 characters, so the words around it always fit Outlook's 500.
 */
export function shorten(value: string, max = SHOWN_VALUE_CHARS): string {
  let s = value.length > max ? value.slice(0, max) : value;
  s = s.replace(UNSHOWABLE, '\ufffd');
  if (value.length <= max) return s;
  let cut = max - 1;
  const last = s.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${s.slice(0, cut)}…`;
}

/** The parameters that carry what a user typed or received: shortened before any template sees them. */
const SHOWN_PARAMS = ['address', 'shown', 'value'] as const;

/** `params` with every shown value shortened, before any template sees them. */
export function forMessage<P>(params: P): P {
  let out: P = params;
  for (const key of SHOWN_PARAMS) {
    const v = (params as Record<string, unknown>)[key];
    if (typeof v === 'string' && shorten(v) !== v) out = { ...out, [key]: shorten(v) };
  }
  return out;
}

/** Longest user-supplied text (a file name, an address, a typed value) a message shows whole. */
export const MAX_SHOWN = SHOWN_VALUE_CHARS;
