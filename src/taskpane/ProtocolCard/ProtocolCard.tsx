// The protocol a location resolves to: who receives, from when. Shown only once a municipality is
// chosen, so it loads with the later steps (the flow-steps chunk), not with the first screen.
import type { ReactElement } from 'react';
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CalendarDay, Protocol } from '../../domain';
import { formatDay, protocolStatus } from '../../domain';
import { usePaneWords } from '../controller/usePaneWords';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 360px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  cardHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export type ProtocolCardProps = { protocol: Protocol; day: CalendarDay };

export default function ProtocolCard({ protocol, day }: ProtocolCardProps): ReactElement {
  const styles = useStyles();
  const { t, lang } = usePaneWords();
  const inForce = protocolStatus(protocol, day) === 'in-force';
  return (
    <div data-testid="protocol-card">
      <div className={styles.cardHead}>
        <Text as="h3" size={300} weight="semibold">
          {t.protocolCardTitle}
        </Text>
        <Badge appearance="tint" color={inForce ? 'success' : 'danger'}>
          {inForce ? t.inForce : t.notInForce}
        </Badge>
      </div>
      <dl className={styles.card}>
        <dt className={styles.term}>{t.cardSocialService}</dt>
        <dd className={styles.value}>{protocol.socialService.name}</dd>
        <dt className={styles.term}>{t.cardMailbox}</dt>
        <dd className={styles.value} data-testid="registered-mailbox">
          {protocol.mailbox}
        </dd>
        <dt className={styles.term}>{t.cardLocalTeam}</dt>
        <dd className={styles.value}>{protocol.localTeam}</dd>
        <dt className={styles.term}>{t.cardInForceFrom}</dt>
        <dd className={styles.value}>{formatDay(protocol.inForceFrom, lang)}</dd>
      </dl>
    </div>
  );
}
