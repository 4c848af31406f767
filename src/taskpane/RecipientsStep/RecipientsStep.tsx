import type { ReactElement } from 'react';
import { useState } from 'react';
import { Badge, Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Protocol, Reason, Recipient } from '../../domain';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { usePaneWords } from '../controller/usePaneWords';
import { generalRecipientReasons, reasonsFor, recipientsToRemove } from '../flow';
import { focusStep, focusTestId } from '../focus';
import { ReasonList } from '../ReasonList/ReasonList';
import { Section } from '../Section/Section';
import type { Following, RecipientsState, Task } from '../types';
import { MessageLine } from '../MessageLine/MessageLine';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap', minWidth: 0 },
  address: { overflowWrap: 'anywhere', minWidth: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * One message per recipient: the most important (the rules rank them), except that "in Cc/Bcc,
 * remove it" says more than "not the registered mailbox" about the same colleague in copy.
 */
function oneMessage(own: readonly Reason[]): Reason[] {
  const copy = own.find((r) => r.code === 'recipient-cc' || r.code === 'recipient-bcc');
  const first = own[0];
  if (!first) return [];
  return [first.code === 'recipient-not-registered' && copy ? copy : first];
}

export type RecipientsStepProps = {
  protocol: Protocol;
  recipients: RecipientsState;
  reasons: readonly Reason[];
  onlyRegistered: Task;
  following: Following;
};

export function RecipientsStep(props: RecipientsStepProps): ReactElement {
  const { protocol, recipients, reasons, onlyRegistered } = props;
  const { t, actions } = usePaneWords();
  const styles = useStyles();
  const [confirming, setConfirming] = useState<'closed' | 'open'>('closed');
  const fieldName = { to: t.fieldTo, cc: t.fieldCc, bcc: t.fieldBcc } as const;
  const list = recipients.status === 'ready' ? recipients.list : [];
  const toRemove = recipientsToRemove(list, protocol.mailbox);
  const alreadyRight = reasons.length === 0 && recipients.status === 'ready';
  // To is already right and only Cc/Bcc hold others: the button says that is what it does.
  const onlyCopies = toRemove.length > 0 && toRemove.every((r) => r.field !== 'to') && list.some((r) => r.field === 'to');
  // Nothing entered yet is not a mistake: "no recipients yet" and the button say what to do.
  const general = generalRecipientReasons(reasons).filter((r) => !(list.length === 0 && r.code === 'recipient-missing'));

  // Done here: focus goes on to the next thing to do, not back to the top of a long pane.
  const setAndMoveOn = async (): Promise<void> => {
    await actions.setOnlyRegistered();
    const now = actions.getState();
    if (now.onlyRegistered === 'done') focusStep(now.consent === 'confirmed' ? 'form' : 'consent');
  };

  const onSetClick = (): void => {
    if (toRemove.length > 0) setConfirming('open');
    else void setAndMoveOn();
  };

  return (
    <Section id="recipients" title={t.stepRecipients}>
      {recipients.status === 'loading' && <Spinner size="tiny" label={t.recipientsReading} />}
      {recipients.status === 'failed' && <MessageLine intent="error" text={t.recipientsReadFailed} />}
      {recipients.status === 'ready' && list.length === 0 && <Text>{t.recipientsNone}</Text>}
      {list.length > 0 && (
        <ul className={styles.list} data-testid="recipient-list">
          {list.map((r: Recipient, i) => {
            const own = reasonsFor(r, reasons);
            return (
              <li key={`${r.field}-${r.address}-${i}`} className={styles.item} data-testid="recipient" data-verdict={own.length === 0 ? 'ok' : 'refused'}>
                <div className={styles.head}>
                  <Badge appearance="outline" color="informative">
                    {fieldName[r.field]}
                  </Badge>
                  <Text className={styles.address} weight="semibold">
                    {r.address}
                  </Text>
                  <Badge appearance="tint" color={own.length === 0 ? 'success' : 'danger'}>
                    {own.length === 0 ? t.recipientOk : t.recipientRefused}
                  </Badge>
                </div>
                <ReasonList reasons={oneMessage(own)} />
              </li>
            );
          })}
        </ul>
      )}
      <ReasonList reasons={general} testId="recipient-reasons" />
      {onlyRegistered === 'failed' && <MessageLine intent="error" text={t.setRecipientsFailed} />}
      <div className={styles.actions}>
        {!alreadyRight && (
          <Button appearance="primary" onClick={onSetClick} disabled={onlyRegistered === 'running'} data-testid="set-recipients">
            {onlyRegistered === 'running' ? t.setRecipientsBusy : onlyCopies ? t.clearCcBcc : t.setRecipients(protocol.mailbox)}
          </Button>
        )}
        <Button appearance="secondary" onClick={() => void actions.rereadRecipients()}>
          {t.reread}
        </Button>
      </div>
      <Text size={200}>{props.following === 'event' ? t.recipientsFollowing : t.recipientsPolling}</Text>
      <ConfirmDialog
        open={confirming === 'open'}
        title={t.confirmTitle}
        body={t.confirmBody(protocol.mailbox)}
        items={toRemove.map((r) => `${fieldName[r.field]}: ${r.address}`)}
        confirmLabel={onlyCopies ? t.clearCcBcc : t.confirmRemove}
        confirmTestId="confirm-remove"
        onConfirm={() => void setAndMoveOn()}
        onClose={() => {
          setConfirming('closed');
          // Cancelled (or confirmed, until the change is made): back on the button that opened it.
          setTimeout(() => focusTestId('set-recipients'), 0);
        }}
      />
    </Section>
  );
}
