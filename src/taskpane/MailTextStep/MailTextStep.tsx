// Step 7: the neutral subject and text, and what else travels unencrypted in the body: inline
// images (a logo in the team member's signature, a pasted screenshot), which the pane lists and
// removes after a confirmation.
import type { ReactElement } from 'react';
import { useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MailAttachment } from '../../office/port';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { usePaneWords } from '../controller/usePaneWords';
import type { NeutralText } from '../neutralText';
import { Section } from '../Section/Section';
import type { Task } from '../types';
import { MessageLine } from '../MessageLine/MessageLine';

const useStyles = makeStyles({
  preview: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wrap: { overflowWrap: 'anywhere' },
  start: { alignSelf: 'flex-start' },
});

export type MailTextStepProps = {
  text: NeutralText;
  status: Task;
  /** The inline images in the body, as last read from the mail. */
  inline: readonly MailAttachment[];
  inlineRemoval: Task;
};

export function MailTextStep({ text, status, inline, inlineRemoval }: MailTextStepProps): ReactElement {
  const styles = useStyles();
  const { t, actions } = usePaneWords();
  const [confirming, setConfirming] = useState<'closed' | 'open'>('closed');
  const names = inline.map((a) => a.name || '…');
  return (
    <Section id="mail" title={t.stepMail}>
      <Text as="p" block>
        {t.mailExplain}
      </Text>
      <Text weight="semibold">{t.proposedSubject}</Text>
      <p className={styles.preview} data-testid="proposed-subject">
        {text.subject}
      </p>
      <Text weight="semibold">{t.proposedBody}</Text>
      <p className={styles.preview} data-testid="proposed-body">
        {text.body}
      </p>
      {status === 'failed' && <MessageLine intent="error" testId="text-failed" text={t.textFailed} />}
      {status === 'done' ? (
        <MessageLine intent="success" testId="text-written" text={t.textWritten} />
      ) : (
        <Button className={styles.start} appearance="primary" disabled={status === 'running'} onClick={() => void actions.useText()} data-testid="use-text">
          {status === 'running' ? t.textWriting : t.useText}
        </Button>
      )}
      {inline.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="inline-images">
          <MessageBarBody className={styles.wrap}>
            {t.inlineFound(names.join(', '))}
            {inlineRemoval === 'failed' ? ` ${t.inlineFailed}` : ''}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={inlineRemoval === 'running'} onClick={() => setConfirming('open')} data-testid="inline-remove">
              {inlineRemoval === 'running' ? t.inlineRemoving : t.inlineRemove}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {inline.length === 0 && inlineRemoval === 'done' && <MessageLine intent="success" testId="inline-removed" text={t.inlineRemoved} />}
      <ConfirmDialog
        open={confirming === 'open'}
        title={t.inlineConfirmTitle}
        body={t.inlineConfirmBody}
        items={names}
        confirmLabel={t.inlineConfirm}
        confirmTestId="inline-confirm"
        onConfirm={() => void actions.removeInline()}
        onClose={() => setConfirming('closed')}
      />
    </Section>
  );
}
