import type { ReactElement } from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../controller/PaneContext';
import type { NeutralText } from '../neutralText';
import { Section } from '../Section/Section';
import type { Task } from '../types';

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
});

export type MailTextStepProps = { text: NeutralText; status: Task };

export function MailTextStep({ text, status }: MailTextStepProps): ReactElement {
  const styles = useStyles();
  const { t, actions } = usePane();
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
      {status === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-testid="text-failed">
          <MessageBarBody>{t.textFailed}</MessageBarBody>
        </MessageBar>
      )}
      {status === 'done' ? (
        <MessageBar intent="success" layout="multiline" data-testid="text-written">
          <MessageBarBody>{t.textWritten}</MessageBarBody>
        </MessageBar>
      ) : (
        <Button appearance="primary" disabled={status === 'running'} onClick={() => void actions.useText()} data-testid="use-text">
          {status === 'running' ? t.textWriting : t.useText}
        </Button>
      )}
    </Section>
  );
}
