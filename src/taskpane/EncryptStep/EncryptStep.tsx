import type { ReactElement } from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Reason } from '../../domain';
import { usePane } from '../controller/PaneContext';
import type { Missing } from '../flow';
import type { EncryptStage, Encryption, FailureCode } from '../types';
import { ReasonList } from '../ReasonList/ReasonList';
import { Section } from '../Section/Section';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  wrap: { overflowWrap: 'anywhere' },
});

export type EncryptStepProps = {
  encryption: Encryption;
  blockers: readonly Reason[];
  /** What is still missing that is not a rule (no form chosen yet). */
  missing: readonly Missing[];
};

function missingText(t: Strings, missing: Missing): string {
  return {
    'prior-found': t.priorFirst,
    'prior-checking': t.loading,
    'choose-source': t.formSourceLabel,
    'choose-attachment': t.attachmentLabel,
    'fill-form': t.formMake,
  }[missing];
}

function stageText(t: Strings, stage: EncryptStage): string {
  return {
    reading: t.stageReading,
    encrypting: t.stageEncrypting,
    attaching: t.stageAttaching,
    confirming: t.stageConfirming,
    removing: t.stageRemoving,
    headers: t.stageHeaders,
  }[stage];
}

function failureText(t: Strings, failure: FailureCode): string {
  return {
    'read-original': t.failureReadOriginal,
    'too-large': t.failureTooLarge,
    encrypt: t.failureEncrypt,
    attach: t.failureAttach,
    confirm: t.failureConfirm,
  }[failure];
}

export function EncryptStep(props: EncryptStepProps): ReactElement {
  const { encryption, blockers } = props;
  const { t, actions } = usePane();
  const missing = props.missing.map((m) => missingText(t, m));
  const styles = useStyles();
  const ready = blockers.length === 0 && missing.length === 0;
  return (
    <Section id="encrypt" title={t.stepEncrypt}>
      <Text as="p" block>
        {t.encryptExplain}
      </Text>
      {(encryption.status === 'idle' || encryption.status === 'failed') && !ready && (
        <div className={styles.stack} data-testid="encrypt-blockers">
          <Text weight="semibold">{t.encryptBlocked}</Text>
          {missing.map((m) => (
            <MessageBar key={m} intent="info" layout="multiline">
              <MessageBarBody>{m}</MessageBarBody>
            </MessageBar>
          ))}
          <ReasonList reasons={blockers} intent="warning" />
        </div>
      )}
      {encryption.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-testid="encrypt-failed">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>{t.failureTitle}</MessageBarTitle> {failureText(t, encryption.failure)}{' '}
            {encryption.failure === 'confirm' ? '' : t.mailSafe}
          </MessageBarBody>
        </MessageBar>
      )}
      {(encryption.status === 'idle' || encryption.status === 'failed') && (
        <Button appearance="primary" disabled={!ready} onClick={() => void actions.encrypt()} data-testid="encrypt">
          {encryption.status === 'failed' ? t.retry : t.encryptButton}
        </Button>
      )}
      {encryption.status === 'running' && (
        <div role="status" aria-live="polite" className={styles.stack} data-testid="encrypt-progress">
          <Field validationMessage={encryption.retrying === 'yes' ? t.retrying : stageText(t, encryption.stage)} validationState="none">
            <ProgressBar
              aria-label={stageText(t, encryption.stage)}
              value={encryption.stage === 'encrypting' && encryption.total > 0 ? encryption.done / encryption.total : undefined}
            />
          </Field>
        </div>
      )}
      {encryption.status === 'done' && (
        <div className={styles.stack} data-testid="encrypt-done">
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody className={styles.wrap}>
              {t.encryptDone(encryption.result.zipName)}
              {encryption.result.original?.status === 'removed' ? ` ${t.originalRemoved(encryption.result.original.name)}` : ''}
            </MessageBarBody>
          </MessageBar>
          {encryption.result.original?.status === 'still-attached' && (
            <MessageBar intent="error" layout="multiline" data-testid="original-still-attached">
              <MessageBarBody className={styles.wrap}>
                {t.failureRemove(encryption.result.original.name)}{' '}
                <Button size="small" onClick={() => void actions.retryRemove()}>
                  {t.retryRemove}
                </Button>
              </MessageBarBody>
            </MessageBar>
          )}
          {encryption.result.headers === 'failed' && (
            <MessageBar intent="error" layout="multiline" data-testid="headers-failed">
              <MessageBarBody className={styles.wrap}>
                {t.failureHeaders}{' '}
                <Button size="small" onClick={() => void actions.retryHeaders()}>
                  {t.retryHeaders}
                </Button>
              </MessageBarBody>
            </MessageBar>
          )}
          {encryption.result.headers === 'written' && <Text size={200}>{t.headersWritten}</Text>}
        </div>
      )}
    </Section>
  );
}
