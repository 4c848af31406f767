import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Reason } from '../../domain';
import { usePaneWords } from '../controller/usePaneWords';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

export type ReasonListProps = { reasons: readonly Reason[]; intent?: 'error' | 'warning'; testId?: string };

/** The rules' own words, verbatim: the pane never rephrases a reason. */
export function ReasonList({ reasons, intent = 'error', testId }: ReasonListProps): ReactElement | null {
  const styles = useStyles();
  const { lang } = usePaneWords();
  if (reasons.length === 0) return null;
  return (
    <ul className={styles.list} data-testid={testId}>
      {reasons.map((r, i) => (
        <li key={`${r.code}-${i}`}>
          <MessageBar intent={intent} layout="multiline" data-reason={r.code}>
            <MessageBarBody className={styles.body}>{r.message[lang]}</MessageBarBody>
          </MessageBar>
        </li>
      ))}
    </ul>
  );
}
