// The tests' (and the preview's) hand on the simulated item: read it whole, act as the user in
// Outlook would (edit a field, attach, dismiss a notice), and inject faults into the port's calls.
//
// Invariants:
// - State leaves only as copies: inspect() never aliases internal arrays or bytes.
// - `control` is a bag of plain closures, so it still works when the preview hangs it on
//   `window.__simulatedOutlook` and a browser test calls it from page.evaluate.

import type { ItemNotice, NewMessage, RecipientField } from './port';
import type { CallRunner, FaultControl, SimulatedCall } from './simulatedCalls';
import type { SimulatedAttachment, SimulatedItem, SimulatedRecipientInput, SimulatedSnapshot } from './simulatedMessage';

export type SimulatedControl = {
  /** A deep copy of the whole message. */
  inspect(): SimulatedSnapshot;
  /** An attachment's bytes as bare base64 (easy to pass out of page.evaluate), or null. */
  attachmentBase64(id: string): string | null;
  faults: FaultControl;
  /** As if the user edited the field in Outlook: replaces it and fires RecipientsChanged. */
  setRecipients(field: RecipientField, recipients: readonly SimulatedRecipientInput[]): void;
  setSubject(subject: string): void;
  setBody(body: string): void;
  /** As if the user attached a file; no limits apply. Returns the id. */
  addAttachment(attachment: SimulatedAttachment): string;
  /** As if the user removed an attachment. */
  removeAttachment(id: string): boolean;
  /** Delay of every port call from now on. */
  setLatency(ms: number): void;
  /** Port calls so far, in order, with their outcome (no arguments: they may hold mail content). */
  calls(): SimulatedCall[];
  /** The most port calls that were in flight at once. */
  maxConcurrentCalls(): number;
  /** Subscribed RecipientsChanged listeners. */
  listenerCount(): number;
  /** The new messages the pane opened (displayNewMessageForm), in order. */
  newMessages(): NewMessage[];
  /** The notices shown on the item (showNotice), by key, in the order they were first shown. */
  notices(): Record<string, ItemNotice>;
  /** As if the user dismissed the notice shown under `key`. */
  dismissNotice(key: string): boolean;
};

export function createSimulatedControl(item: SimulatedItem, runner: CallRunner): SimulatedControl {
  const { state, store, fullBody, copyRecipients, describe, listeners, replaceRecipients, newMessages, notices } = item;
  return {
    inspect: () => ({
      to: copyRecipients(state.to),
      cc: copyRecipients(state.cc),
      bcc: copyRecipients(state.bcc),
      subject: state.subject,
      body: fullBody(),
      attachments: state.attachments.map((a) => ({ ...describe(a), bytes: a.content.bytes().slice() })),
      headers: { ...state.headers },
      sessionData: { ...state.sessionData },
    }),
    attachmentBase64: (id) => {
      const attachment = state.attachments.find((a) => a.id === id);
      return attachment ? attachment.content.base64() : null;
    },
    faults: runner.faults,
    setRecipients: (field, recipients) => {
      // Called from browser tests too, where the type system does not reach.
      if (field !== 'to' && field !== 'cc' && field !== 'bcc') throw new Error(`Unknown recipient field: ${String(field)}`);
      replaceRecipients(field, recipients);
    },
    setSubject: (subject) => {
      state.subject = subject;
    },
    setBody: (body) => {
      state.body = body;
      state.signature = '';
    },
    addAttachment: (attachment) => {
      const stored = store(attachment);
      state.attachments.push(stored);
      return stored.id;
    },
    removeAttachment: (id) => {
      const index = state.attachments.findIndex((a) => a.id === id);
      if (index < 0) return false;
      state.attachments.splice(index, 1);
      return true;
    },
    setLatency: runner.setLatency,
    calls: runner.calls,
    maxConcurrentCalls: runner.maxConcurrentCalls,
    listenerCount: () => listeners.size,
    newMessages: () => newMessages.map((m) => ({ to: [...m.to], subject: m.subject, body: m.body })),
    notices: () => {
      const out: Record<string, ItemNotice> = {};
      for (const [key, notice] of notices) out[key] = { ...notice };
      return out;
    },
    dismissNotice: (key) => notices.delete(key),
  };
}
