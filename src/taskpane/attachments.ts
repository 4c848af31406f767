// Adding and removing attachments so that none is ever added twice or called gone while it is
// still there: an add that failed is looked for before it is tried again, a remove that failed is
// checked against the mail. Office may report a failure for a change it made.
import { base64Size } from '../domain/base64';
import type { MailAttachment, MailboxPort } from '../office/port';
import { MailboxError } from '../office/port';
import { withRetry } from '../office/retry';
import type { Call, HeldOriginal } from './types';

const ADD_ATTEMPTS = 3;

/**
 * Puts a held original back: looks first (an earlier, uncertain attempt may have put it there),
 * then adds it. Resolves with its id in the mail, or null when it is not (known to be) back.
 */
export async function restoreHeldOriginal(port: MailboxPort, call: Call, held: HeldOriginal, sleep?: (ms: number) => Promise<void>): Promise<string | null> {
  const size = base64Size(held.base64);
  try {
    const there = (await call(() => port.getAttachments())).find((a) => a.name === held.name && a.size === size && !a.isInline);
    if (there) return there.id;
  } catch {
    return null;
  }
  const added = await addOnce(port, call, held.name, held.base64, size, sleep);
  return added.kind === 'added' ? added.id : null;
}

export type AddOutcome = { kind: 'added'; id: string } | { kind: 'not-added'; tooLarge: boolean } | { kind: 'unknown' };

/** Pauses between the tries of an add (each try: add, and after a failure, look). */
const ADD_DELAYS_MS = [300, 600];

/**
 * Adds a file, never twice: withRetry repeats the whole "add, then look" step, not the add alone,
 * because a transient failure may have attached the file. After any failure the attachments are
 * read again and a file that arrived is used.
 */
export async function addOnce(
  port: MailboxPort,
  call: Call,
  name: string,
  base64: string,
  size: number,
  sleep?: (ms: number) => Promise<void>,
): Promise<AddOutcome> {
  const addOrFind = async (): Promise<AddOutcome> => {
    try {
      return { kind: 'added', id: await port.addFileAttachmentFromBase64(name, base64) };
    } catch (error) {
      let list: MailAttachment[];
      try {
        list = await call(() => port.getAttachments());
      } catch {
        // Added or not, nobody can tell now; repeating the add could make two.
        return { kind: 'unknown' };
      }
      const arrived = list.find((a) => a.name === name && a.size === size);
      if (arrived) return { kind: 'added', id: arrived.id };
      throw error;
    }
  };
  try {
    return await withRetry(addOrFind, { attempts: ADD_ATTEMPTS, delaysMs: ADD_DELAYS_MS, ...(sleep ? { sleep } : {}) });
  } catch (error) {
    return { kind: 'not-added', tooLarge: error instanceof MailboxError && error.code === 'attachment-too-large' };
  }
}

/** Removes an attachment; a failed remove is checked against the mail before calling it failed. */
export async function removeAttachmentChecked(port: MailboxPort, call: Call, id: string): Promise<'removed' | 'still-attached'> {
  try {
    await call(() => port.removeAttachment(id));
    return 'removed';
  } catch {
    try {
      const list = await call(() => port.getAttachments());
      return list.some((a) => a.id === id) ? 'still-attached' : 'removed';
    } catch {
      return 'still-attached';
    }
  }
}

/** Removes every inline image (signature logos, pasted screenshots); true when none is left. */
export async function removeInlineImages(port: MailboxPort, call: Call): Promise<boolean> {
  try {
    const inline = (await call(() => port.getAttachments())).filter((a) => a.isInline);
    let all = true;
    for (const image of inline) all = (await removeAttachmentChecked(port, call, image.id)) === 'removed' && all;
    return all;
  } catch {
    return false;
  }
}
