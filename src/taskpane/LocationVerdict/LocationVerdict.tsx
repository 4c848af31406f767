// What the rules say about the chosen location: their reasons, the protocol card, and that the
// flow stays closed without a protocol in force. Shown once something was typed, so it loads with
// the later steps (the flow-steps chunk, fetched right after first paint).
import type { ReactElement } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { protocolStatus, suggestLocations } from '../../domain';
import { usePaneWords } from '../controller/usePaneWords';
import type { ReferralView } from '../flow';
import ProtocolCard from '../ProtocolCard/ProtocolCard';
import { ReasonList } from '../ReasonList/ReasonList';

export type LocationVerdictProps = { view: ReferralView; query: string };

const useStyles = makeStyles({
  suggestions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export default function LocationVerdict({ view, query }: LocationVerdictProps): ReactElement {
  const { t, registry, actions } = usePaneWords();
  const styles = useStyles();
  const { protocol, day } = view;
  // Nothing found: what they may have meant, and whom to ask when it really is not there.
  const notFound = view.decision.protocolStatus === 'not-found' || view.decision.protocolStatus === 'invalid-location';
  const suggestions = notFound ? suggestLocations(registry, query) : [];
  return (
    <>
      <ReasonList reasons={view.steps.location} testId="location-reasons" />
      {suggestions.length > 0 && (
        <div className={styles.suggestions} data-testid="location-suggestions">
          {suggestions.map((s) => (
            <Button key={s.query} onClick={() => actions.commitQuery(s.query)}>
              {t.didYouMean(s.query)}
            </Button>
          ))}
        </div>
      )}
      {notFound && (
        <Text as="p" block data-testid="location-contact">
          {t.noProtocolContact}
        </Text>
      )}
      {protocol && <ProtocolCard protocol={protocol} day={day} />}
      {(!protocol || protocolStatus(protocol, day) !== 'in-force') && (
        <Text as="p" block>
          {t.flowClosed}
        </Text>
      )}
    </>
  );
}
