// Step 1, the first screen: where the client lives. A native input, styled with Fluent's tokens as
// Fluent's outline Input, with the browser's own list of suggestions (<datalist>): no combobox,
// positioning, field or icon code, which keeps the first screen's JavaScript under its budget
// (BENCHMARKS.md, "Task pane"); the verdict (reasons, protocol card) loads with the later steps.
import type { ReactElement } from 'react';
import { Suspense, lazy, useId, useMemo } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Registry } from '../../domain';
import { normalizeName } from '../../domain';
import { ChunkBoundary } from '../ChunkBoundary/ChunkBoundary';
import { usePane } from '../controller/PaneContext';
import type { ReferralView } from '../flow';
import { Section } from '../Section/Section';

const LocationVerdict = lazy(() => import(/* webpackChunkName: "flow-steps" */ '../LocationVerdict/LocationVerdict'));

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground1 },
  // As Fluent's outline Input: a 32 px box, a darker bottom edge, the brand colour under focus.
  input: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    height: '32px',
    padding: `0 ${tokens.spacingHorizontalMNudge}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: 'none',
    '::placeholder': { color: tokens.colorNeutralForeground4, opacity: 1 },
    ':hover': {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ':focus': { borderBottomColor: tokens.colorCompoundBrandStroke, boxShadow: `inset 0 -${tokens.strokeWidthThick} 0 0 ${tokens.colorCompoundBrandStroke}` },
    ':disabled': {
      color: tokens.colorNeutralForegroundDisabled,
      backgroundColor: tokens.colorTransparentBackground,
      borderTopColor: tokens.colorNeutralStrokeDisabled,
      borderRightColor: tokens.colorNeutralStrokeDisabled,
      borderBottomColor: tokens.colorNeutralStrokeDisabled,
      borderLeftColor: tokens.colorNeutralStrokeDisabled,
      cursor: 'not-allowed',
    },
  },
  hint: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground3 },
});

type Suggestion = { value: string; text: string };

function suggestionsOf(registry: Registry): Suggestion[] {
  return registry.protocols.flatMap((p) => {
    const postcodes = p.municipality.postcodes.join(', ');
    const names = [p.municipality.name, ...(p.municipality.localities ?? []).filter((l) => normalizeName(l) !== normalizeName(p.municipality.name))];
    return names.map((name) => ({
      value: name,
      text: name === p.municipality.name ? `${name} (${postcodes})` : `${name} (${postcodes}, ${p.municipality.name})`,
    }));
  });
}

export type LocationStepProps = { query: string; view: ReferralView };

export function LocationStep({ query, view }: LocationStepProps): ReactElement {
  const { t, registry, actions } = usePane();
  const { locked, showVerdict } = view;
  const styles = useStyles();
  const id = useId();
  const [inputId, listId, hintId] = [`${id}-input`, `${id}-list`, `${id}-hint`];
  // The browser filters the list as the team member types (on the name and the postcodes).
  const suggestions = useMemo(() => suggestionsOf(registry), [registry]);

  return (
    <Section id="location" title={t.stepLocation}>
      <div className={styles.field}>
        <label htmlFor={inputId} className={styles.label}>
          {t.locationLabel}
        </label>
        <input
          id={inputId}
          className={styles.input}
          type="text"
          list={listId}
          aria-describedby={hintId}
          autoComplete="off"
          disabled={locked}
          value={query}
          placeholder="2550, Kontich…"
          data-testid="location-input"
          onChange={(e) => actions.typeQuery(e.target.value)}
          onBlur={() => actions.commitQuery()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') actions.commitQuery();
          }}
        />
        <span id={hintId} className={styles.hint}>
          {t.locationHint}
        </span>
      </div>
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s.text} value={s.value} label={s.text} />
        ))}
      </datalist>
      {showVerdict && (
        <ChunkBoundary message={t.formLoadFailed}>
          <Suspense fallback={<Text role="status">{t.loading}</Text>}>
            <LocationVerdict view={view} query={query} />
          </Suspense>
        </ChunkBoundary>
      )}
    </Section>
  );
}
