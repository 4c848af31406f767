import type { ReactElement } from 'react';
import { useMemo } from 'react';
import { Badge, Combobox, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Registry } from '../../domain';
import { formatDay, normalizeName, protocolStatus } from '../../domain';
import { usePane } from '../controller/PaneContext';
import type { ReferralView } from '../flow';
import { ReasonList } from '../ReasonList/ReasonList';
import { Section } from '../Section/Section';

const useStyles = makeStyles({
  combobox: { width: '100%', minWidth: 0 },
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

type Suggestion = { value: string; text: string; detail: string };

function suggestionsOf(registry: Registry): Suggestion[] {
  return registry.protocols.flatMap((p) => {
    const postcodes = p.municipality.postcodes.join(', ');
    const names = [p.municipality.name, ...(p.municipality.localities ?? []).filter((l) => normalizeName(l) !== normalizeName(p.municipality.name))];
    return names.map((name) => ({
      value: name,
      text: name === p.municipality.name ? `${name} (${postcodes})` : `${name} (${postcodes}, ${p.municipality.name})`,
      detail: postcodes,
    }));
  });
}

export type LocationStepProps = { query: string; view: ReferralView };

export function LocationStep({ query, view }: LocationStepProps): ReactElement {
  const { t, lang, registry, actions } = usePane();
  const { day, locked, showVerdict, protocol } = view;
  const reasons = view.steps.location;
  const styles = useStyles();
  const all = useMemo(() => suggestionsOf(registry), [registry]);
  const wanted = normalizeName(query);
  const shown = all.filter((s) => wanted === '' || normalizeName(s.text).includes(wanted) || s.detail.includes(query.trim()));
  const status = protocol ? protocolStatus(protocol, day) : null;

  return (
    <Section id="location" title={t.stepLocation}>
      <Field label={t.locationLabel} hint={t.locationHint}>
        <Combobox
          className={styles.combobox}
          freeform
          disabled={locked}
          value={query}
          placeholder="2550, Kontich…"
          data-testid="location-input"
          onChange={(e) => actions.typeQuery(e.target.value)}
          onOptionSelect={(_, data) => {
            if (data.optionValue !== undefined) actions.commitQuery(data.optionValue);
          }}
          onBlur={() => actions.commitQuery()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') actions.commitQuery();
          }}
        >
          {shown.map((s) => (
            <Option key={s.text} value={s.value} text={s.value}>
              {s.text}
            </Option>
          ))}
          {shown.length === 0 && (
            <Option key="none" disabled value="" text="">
              {t.locationNoSuggestions}
            </Option>
          )}
        </Combobox>
      </Field>
      {showVerdict && <ReasonList reasons={reasons} testId="location-reasons" />}
      {protocol && showVerdict && (
        <div data-testid="protocol-card">
          <div className={styles.cardHead}>
            <Text as="h3" size={300} weight="semibold">
              {t.protocolCardTitle}
            </Text>
            <Badge appearance="tint" color={status === 'in-force' ? 'success' : 'danger'}>
              {status === 'in-force' ? t.inForce : t.notInForce}
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
      )}
      {showVerdict && status !== 'in-force' && (
        <Text as="p" block>
          {t.flowClosed}
        </Text>
      )}
    </Section>
  );
}
