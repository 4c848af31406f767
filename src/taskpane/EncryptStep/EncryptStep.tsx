// Step 5: encrypt the form and put the zip in place of the original. One state, one message: what
// the team member reads here always matches the mail, and every message that is not a success
// carries the one action that fixes it.
import type { ReactElement } from 'react';
import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Reason } from '../../domain';
import type { MailAttachment } from '../../office/port';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { usePaneWords } from '../controller/usePaneWords';
import type { Missing } from '../flow';
import { focusStep } from '../focus';
import { Section } from '../Section/Section';
import type { PaneWords } from '../../words/paneSteps';
import type { EncryptPlan, EncryptStage, Encryption, FailureCode, FlowState, OriginalAfter } from '../types';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  wrap: { overflowWrap: 'anywhere' },
  start: { alignSelf: 'flex-start' },
  todo: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export type EncryptStepProps = {
  encryption: Encryption;
  held: FlowState['held'];
  blockers: readonly Reason[];
  /** What is still missing that is not a rule (no form chosen yet). */
  missing: readonly Missing[];
  plan: EncryptPlan;
  /** An earlier referral (or this pane's uncertain zip) is in the mail and must go first. */
  priorFound: boolean;
  /** Other attachments that would travel unencrypted next to the zip, and their removal. */
  leftovers: readonly MailAttachment[];
  leftoverStatus: FlowState['leftovers'];
};

function missingText(t: PaneWords, missing: Missing): string {
  return {
    'prior-found': t.priorFirst,
    'prior-checking': t.loading,
    'original-held': t.missingHeld,
    'too-large': t.missingTooLarge,
    'choose-source': t.formSourceLabel,
    'choose-attachment': t.attachmentLabel,
    'fill-form': t.formMake,
  }[missing];
}

function stageText(t: PaneWords, stage: EncryptStage): string {
  return {
    preparing: t.stagePreparing,
    reading: t.stageReading,
    encrypting: t.stageEncrypting,
    'making-room': t.stageMakingRoom,
    attaching: t.stageAttaching,
    confirming: t.stageConfirming,
    removing: t.stageRemoving,
    headers: t.stageHeaders,
    restoring: t.stageRestoring,
  }[stage];
}

function failureText(t: PaneWords, failure: FailureCode): string {
  return {
    'read-original': t.failureReadOriginal,
    'too-large': t.failureTooLarge,
    encrypt: t.failureEncrypt,
    'make-room': t.failureMakeRoom,
    attach: t.failureAttach,
    'attach-too-large': t.failureAttachTooLarge,
  }[failure];
}

function Progress({ label, value }: { label: string; value?: number | undefined }): ReactElement {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.stack} data-testid="encrypt-progress">
      <Field validationMessage={label} validationState="none">
        <ProgressBar aria-label={label} value={value} />
      </Field>
    </div>
  );
}

export function EncryptStep(props: EncryptStepProps): ReactElement {
  const { encryption, blockers, held, plan, priorFound, leftovers, leftoverStatus } = props;
  const { t, actions } = usePaneWords();
  const styles = useStyles();
  // The removal asked from the message bar (not the encrypt button) removes without encrypting.
  const [removeOnly, setRemoveOnly] = useState<'no' | 'yes'>('no');
  const leftoverNames = leftovers.map((a) => a.name || '…');
  const pending = props.missing.filter((m) => m !== 'original-held');
  const ready = blockers.length === 0 && pending.length === 0;
  const formMissing = pending.some((m) => m === 'choose-source' || m === 'choose-attachment' || m === 'fill-form');
  const todo: ReadonlyArray<{ text: string; step?: string }> = [
    ...(blockers.some((r) => r.code !== 'consent-missing') ? [{ text: t.todoRecipients, step: 'recipients' }] : []),
    ...(blockers.some((r) => r.code === 'consent-missing') ? [{ text: t.todoConsent, step: 'consent' }] : []),
    ...(formMissing ? [{ text: t.todoForm, step: 'form' }] : []),
    ...pending.filter((m) => m !== 'choose-source' && m !== 'choose-attachment' && m !== 'fill-form').map((m) => ({ text: missingText(t, m) })),
  ];
  const open = encryption.status === 'idle' || encryption.status === 'failed';

  // The held original: its own message and action, the one thing to do while it is out.
  const heldMessage = held && (
    <MessageBar intent="error" layout="multiline" data-testid="original-held">
      <MessageBarBody className={styles.wrap}>
        {encryption.status === 'failed' && <MessageBarTitle>{t.failureTitle}</MessageBarTitle>}
        {encryption.status === 'failed' ? `${failureText(t, encryption.failure)} ` : ''}
        {priorFound ? t.originalHeldUntilRemoved(held.original.name) : t.originalHeld(held.original.name)}
        {held.restoring === 'failed' ? ` ${t.restoreFailed}` : ''}
      </MessageBarBody>
      {!priorFound && (
        <MessageBarActions>
          <Button size="small" disabled={held.restoring === 'running'} onClick={() => void actions.restoreOriginal()} data-testid="restore-original">
            {held.restoring === 'running' ? t.restoringOriginal : t.restoreOriginal}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );

  const afterwards = (original: OriginalAfter): string => (original === 'put-back' ? t.originalPutBack : t.mailSafe);

  return (
    <Section id="encrypt" title={t.stepEncrypt}>
      <Text as="p" block>
        {t.encryptExplain}
      </Text>
      {open && !ready && (
        // A short checklist, one line per step still open, each leading to that step: the step
        // itself says what is wrong, so its messages are not repeated here.
        <div className={styles.stack} data-testid="encrypt-blockers">
          <Text weight="semibold">{t.encryptBlocked}</Text>
          <ul className={styles.todo}>
            {todo.map((item) => (
              <li key={item.text}>
                {item.step ? (
                  <Link as="button" onClick={() => focusStep(item.step ?? '')}>
                    {item.text}
                  </Link>
                ) : (
                  <Text>{item.text}</Text>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {heldMessage}
      {open && (leftovers.length > 0 || leftoverStatus === 'failed') && (
        <MessageBar intent="warning" layout="multiline" data-testid="leftover-attachments">
          <MessageBarBody className={styles.wrap}>
            {leftovers.length > 0 ? t.leftoverFound(leftoverNames.join(', ')) : ''}
            {leftoverStatus === 'failed' ? ` ${t.leftoverFailed}` : ''}
          </MessageBarBody>
          {leftovers.length > 0 && (
            <MessageBarActions>
              <Button
                size="small"
                disabled={leftoverStatus === 'running'}
                onClick={() => {
                  setRemoveOnly('yes');
                  actions.askLeftovers();
                }}
                data-testid="leftover-remove"
              >
                {leftoverStatus === 'running' ? t.leftoverRemoving : t.leftoverRemove}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {encryption.status === 'failed' && !held && (
        <MessageBar intent="error" layout="multiline" data-testid="encrypt-failed">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>{t.failureTitle}</MessageBarTitle> {failureText(t, encryption.failure)} {afterwards(encryption.original)}
          </MessageBarBody>
        </MessageBar>
      )}
      {open && !held && (
        <Button
          className={styles.start}
          appearance="primary"
          disabled={!ready || leftoverStatus === 'running'}
          onClick={() => {
            setRemoveOnly('no');
            void actions.encryptOrAsk();
          }}
          data-testid="encrypt"
        >
          {encryption.status === 'failed' ? t.retry : plan === 'original-out-first' ? t.encryptOutFirstButton : t.encryptButton}
        </Button>
      )}
      {encryption.status === 'running' && (
        <Progress
          label={encryption.retrying === 'yes' ? t.retrying : stageText(t, encryption.stage)}
          value={encryption.stage === 'encrypting' && encryption.total > 0 ? encryption.done / encryption.total : undefined}
        />
      )}
      {encryption.status === 'uncertain' &&
        (encryption.checking === 'yes' ? (
          <Progress label={t.stageConfirming} />
        ) : (
          <MessageBar intent="warning" layout="multiline" data-testid="encrypt-uncertain">
            <MessageBarBody className={styles.wrap}>
              <MessageBarTitle>{t.uncertainTitle}</MessageBarTitle> {t.uncertainBody}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => void actions.recheck()} data-testid="recheck">
                {t.recheck}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ))}
      {encryption.status === 'unfinished' && (
        <MessageBar intent="error" layout="multiline" data-testid="encrypt-unfinished">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>{t.unfinishedTitle}</MessageBarTitle>{' '}
            {encryption.result.original?.status === 'still-attached' ? t.unfinishedOriginal(encryption.result.original.name) : t.unfinishedHeaders}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={encryption.finishing === 'yes'} onClick={() => void actions.finish()} data-testid="finish">
              {encryption.result.original?.status === 'still-attached' ? t.finishOriginal : t.finishHeaders}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {encryption.status === 'done' && (
        <div className={styles.stack} data-testid="encrypt-done">
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody className={styles.wrap}>
              {t.encryptDone(encryption.result.zipName)}
              {encryption.result.original?.status === 'removed' ? ` ${t.originalRemoved(encryption.result.original.name)}` : ''}
            </MessageBarBody>
          </MessageBar>
          <Text size={200}>{t.headersWritten}</Text>
        </div>
      )}
      <ConfirmDialog
        open={leftoverStatus === 'asking'}
        title={t.leftoverConfirmTitle}
        body={t.leftoverConfirmBody}
        items={leftoverNames}
        confirmLabel={removeOnly === 'yes' ? t.leftoverConfirmOnly : t.leftoverConfirmEncrypt}
        confirmTestId="leftover-confirm"
        onConfirm={() => void actions.removeLeftovers(removeOnly === 'yes' ? 'nothing' : 'encrypt')}
        onClose={() => {
          if (leftoverStatus === 'asking') actions.keepLeftovers();
        }}
      />
    </Section>
  );
}
