// The task pane's shared types, in one module: the flow's state (flow.ts, changed by the
// intents), what the pane does to the mail (mailActions.ts) and the steps that show both all read
// them from here, so none of those modules has to import another for its types.
import type { ClientDetails, ClientTraces, Decision, MarkerResult, Reason, Recipient } from '../domain';
import type { MailAttachment } from '../office/port';
import type { ReferralField } from '../referral/form';

export type Task = 'idle' | 'running' | 'done' | 'failed';

export type RecipientsState = { status: 'loading' } | { status: 'ready'; list: readonly Recipient[] } | { status: 'failed' };

/** Every attachment of the mail as last read (the form candidates, inline images and sizes come from it). */
export type AttachmentsState = { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; list: readonly MailAttachment[] };

/** How the pane learns that To/Cc/Bcc changed: Outlook's event, or a re-read at each step. */
export type Following = 'event' | 'polling';

export type PaneDocument = {
  name: string;
  reference: string;
  bytes: Uint8Array;
  client: ClientDetails;
  /** The fields whose letters the PDF could not print as typed (the form names them). */
  transliteratedFields: readonly ReferralField[];
};

export type Source =
  { kind: 'none' } | { kind: 'attachment'; attachmentId: string | null; name: string } | { kind: 'pane-form'; document: PaneDocument | null };

export type SourceReadiness = 'ready' | 'choose-source' | 'choose-attachment' | 'fill-form';

export type EncryptStage = 'preparing' | 'reading' | 'encrypting' | 'making-room' | 'attaching' | 'confirming' | 'removing' | 'headers' | 'restoring';

/** Why nothing of ours is in the mail after a run (the mail is as before, or the original is held). */
export type FailureCode = 'read-original' | 'too-large' | 'encrypt' | 'make-room' | 'attach' | 'attach-too-large';

/**
 * How the zip gets in. 'add-first' (the safe order: zip in, confirmed, then the original out)
 * unless original and zip do not fit in the mail together; then 'original-out-first': the
 * original's content is kept in memory, the original removed, the zip added, and the original put
 * back if the add fails.
 */
export type EncryptPlan = 'add-first' | 'original-out-first';

/** The original form taken out of the mail to make room, kept in memory until it is back or replaced. */
export type HeldOriginal = { name: string; base64: string };

/** Where the original is after a run that added nothing of ours (and its id, when in the mail). */
export type OriginalOutcome = { where: 'kept' } | { where: 'put-back'; id: string } | { where: 'held'; original: HeldOriginal };

/** The same, as the state keeps it: the id and the held bytes have their own fields (source, held). */
export type OriginalAfter = OriginalOutcome['where'];

/** What the pane knows before encrypting: do the original and the zip fit in the mail? */
export type SizePlan =
  | { kind: 'unknown' }
  | { kind: 'fits' }
  | { kind: 'original-out-first'; originalSize: number }
  /** 'form': the zip alone is over the limit; 'mail': the mail's other attachments leave no room. */
  | { kind: 'too-large'; reason: 'form' | 'mail'; size: number };

export type Encrypted = {
  reference: string;
  /** What the checks look for in the subject and body (salted hashes; src/domain/traces.ts). */
  traces: ClientTraces;
  /** Whether the Send check can see them too (item sessionData, Mailbox 1.11). */
  tracesStored: 'written' | 'unsupported' | 'failed';
  password: string;
  zipName: string;
  zipId: string;
  sha256: string;
  protocolId: string;
  /** The plaintext attachment we replaced, if the form came from the mail. */
  original: { id: string; name: string; status: 'removed' | 'still-attached' } | null;
  headers: 'written' | 'failed';
};

/**
 * One state, one message. The password only exists on screen in 'done': the mail is then in its
 * final safe state (zip in and confirmed, original out, headers set).
 */
export type Encryption =
  | { status: 'idle' }
  | { status: 'running'; stage: EncryptStage; done: number; total: number; retrying: 'no' | 'yes' }
  /** Nothing of ours is in the mail. */
  | { status: 'failed'; failure: FailureCode; original: OriginalAfter }
  /** Office reported a failure (or nothing readable) after the zip was handed over: is it in? */
  | { status: 'uncertain'; zipName: string; checking: 'yes' | 'no' }
  /** The zip is in, but the original is still there or the headers are missing. */
  | { status: 'unfinished'; result: Encrypted; finishing: 'yes' | 'no' }
  | { status: 'done'; result: Encrypted };

export type CheckState =
  | { status: 'idle' | 'running' | 'failed' }
  | {
      status: 'done';
      decision: Decision;
      marker: 'valid' | 'absent' | 'invalid';
      /** The salt of the traces the check used ('' without): an acknowledgement is bound to it. */
      salt: string;
      /** The user's "Toch verzenden" on the weak findings could not be stored. */
      acknowledgeFailed?: boolean;
    };

/** A referral the pane made earlier on this mail (its zip and/or our headers), found at start. */
export type PriorReferral = {
  /** From our headers when they are readable, else from the zip's name, else null. */
  reference: string | null;
  /** Attachments named as our zip. */
  zips: ReadonlyArray<{ id: string; name: string }>;
  marker: MarkerResult;
  /**
   * Valid headers and exactly the one zip they name: a whole referral, which its sender may keep
   * if they still have the password. Anything less can only be removed.
   */
  whole: boolean;
};

/**
 * An encrypted referral the pane made earlier on this mail (found at start). Its password is gone
 * with the pane that made it, so the team member decides: remove it and start again, or (a whole
 * referral only) keep it because they still have the password.
 */
export type PriorState =
  | { status: 'checking' }
  | { status: 'none' }
  /** origin 'start': found when the pane opened; 'this-pane': a zip this pane added without knowing it. */
  | { status: 'found'; prior: PriorReferral; origin: 'start' | 'this-pane'; choice: 'undecided' | 'keep'; clearing: Task }
  | { status: 'cleared' };

export type FlowState = {
  /** Which screen the pane shows: the referral's steps, or the help after a wrong send. */
  screen: 'flow' | 'help';
  prior: PriorState;
  query: string;
  /** 'typing' hides "not found" until the query is complete, left, or confirmed. */
  queryState: 'typing' | 'committed';
  recipients: RecipientsState;
  following: Following;
  /** Setting To to the registered mailbox alone (and emptying Cc and Bcc). */
  onlyRegistered: Task;
  consent: 'unconfirmed' | 'confirmed';
  source: Source;
  attachments: AttachmentsState;
  encryption: Encryption;
  /** The original, out of the mail and only in memory (see EncryptPlan), or null. */
  held: { original: HeldOriginal; restoring: Task } | null;
  passOn: 'pending' | 'confirmed';
  mailText: Task;
  /** Removing the inline images (signature logos, pasted screenshots) from the mail. */
  inlineRemoval: Task;
  /**
   * The other attachments that would travel unencrypted next to the zip: 'asking' while the
   * confirmation before encrypting is open, then removing them.
   */
  leftovers: 'idle' | 'asking' | 'running' | 'failed';
  /**
   * What was typed in the pane's form, for the protocol it was typed under: kept here (in memory
   * only) so that leaving for another view and coming back loses nothing.
   */
  paneForm: { protocolId: string; values: Readonly<Record<string, string>> } | null;
  check: CheckState;
  /** The breach notification to the DPOs (a new message the pane opens in Outlook). */
  breachMail: Task | 'unsupported';
};

export type StepReasons = {
  location: readonly Reason[];
  recipients: readonly Reason[];
  consent: readonly Reason[];
};

/** Every Office call of the pane goes through one of these (limited, transient failures retried). */
export type Call = <T>(op: () => Promise<T>) => Promise<T>;

export type EncryptSource = { kind: 'attachment'; id: string; name: string } | { kind: 'document'; name: string; bytes: Uint8Array; reference: string };
