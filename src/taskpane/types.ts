// The task pane's shared types, in one module: the flow's state and actions (flow.ts), what the
// pane does to the mail (mailActions.ts) and the steps that show both all read them from here,
// so none of those modules has to import another for its types.
import type { ClientDetails, ClientTraces, Decision, MarkerResult, Reason, Recipient } from '../domain';
import type { MailAttachment } from '../office/port';

export type Task = 'idle' | 'running' | 'done' | 'failed';

export type RecipientsState = { status: 'loading' } | { status: 'ready'; list: readonly Recipient[] } | { status: 'failed' };

/** The mail's attachments a team member could mean as "the form" (formCandidates). */
export type AttachmentsState = { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; list: readonly MailAttachment[] };

/** How the pane learns that To/Cc/Bcc changed: Outlook's event, or a re-read at each step. */
export type Following = 'event' | 'polling';

export type PaneDocument = {
  name: string;
  reference: string;
  bytes: Uint8Array;
  client: ClientDetails;
  transliteratedFields: readonly string[];
};

export type Source =
  | { kind: 'none' }
  | { kind: 'attachment'; attachmentId: string | null; name: string }
  | { kind: 'pane-form'; document: PaneDocument | null };

export type SourceReadiness = 'ready' | 'choose-source' | 'choose-attachment' | 'fill-form';

export type EncryptStage = 'reading' | 'encrypting' | 'attaching' | 'confirming' | 'removing' | 'headers';

export type FailureCode = 'read-original' | 'too-large' | 'encrypt' | 'attach' | 'confirm';

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

export type Encryption =
  | { status: 'idle' }
  | { status: 'running'; stage: EncryptStage; done: number; total: number; retrying: 'no' | 'yes' }
  | { status: 'failed'; failure: FailureCode }
  | { status: 'done'; result: Encrypted };

export type CheckState = { status: 'idle' | 'running' | 'failed' } | { status: 'done'; decision: Decision; marker: 'valid' | 'absent' | 'invalid' };

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
  | { status: 'found'; prior: PriorReferral; choice: 'undecided' | 'keep'; clearing: Task }
  | { status: 'cleared' };

export type FlowState = {
  view: 'flow' | 'help';
  prior: PriorState;
  query: string;
  /** 'typing' hides "not found" until the query is complete, left, or confirmed. */
  queryState: 'typing' | 'committed';
  recipients: RecipientsState;
  following: Following;
  setRecipients: Task;
  consent: 'unconfirmed' | 'confirmed';
  source: Source;
  attachments: AttachmentsState;
  encryption: Encryption;
  passOn: 'pending' | 'confirmed';
  mailText: Task;
  check: CheckState;
};

export type FlowAction =
  | { type: 'view'; view: FlowState['view'] }
  | { type: 'prior-found'; prior: PriorReferral | null }
  | { type: 'prior-keep' }
  | { type: 'prior-clearing'; status: Task }
  | { type: 'query-typed'; query: string }
  | { type: 'query-committed'; query?: string }
  | { type: 'recipients-loading' }
  | { type: 'recipients-read'; list: readonly Recipient[] }
  | { type: 'recipients-failed' }
  | { type: 'following'; following: Following }
  | { type: 'set-recipients'; status: Task }
  | { type: 'consent'; consent: FlowState['consent'] }
  | { type: 'source-kind'; kind: Source['kind'] }
  | { type: 'source-attachment'; attachmentId: string; name: string }
  | { type: 'attachments'; attachments: AttachmentsState }
  | { type: 'document-ready'; document: PaneDocument }
  | { type: 'document-cleared' }
  | { type: 'encrypt-progress'; stage: EncryptStage; done?: number; total?: number }
  | { type: 'encrypt-retrying' }
  | { type: 'encrypt-failed'; failure: FailureCode }
  | { type: 'encrypt-done'; result: Encrypted }
  | { type: 'original'; status: 'removed' | 'still-attached' }
  | { type: 'headers'; status: Encrypted['headers'] }
  | { type: 'pass-on'; passOn: FlowState['passOn'] }
  | { type: 'mail-text'; status: Task }
  | { type: 'check'; check: CheckState };

export type StepReasons = {
  location: readonly Reason[];
  recipients: readonly Reason[];
  consent: readonly Reason[];
};

/** Every Office call of the pane goes through one of these (limited, transient failures retried). */
export type Call = <T>(op: () => Promise<T>) => Promise<T>;

export type EncryptSource = { kind: 'attachment'; id: string; name: string } | { kind: 'document'; name: string; bytes: Uint8Array; reference: string };
