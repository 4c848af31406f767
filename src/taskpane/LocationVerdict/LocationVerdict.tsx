// What the rules say about the chosen location: their reasons, the protocol card, and that the
// flow stays closed without a protocol in force. Shown once something was typed, so it loads with
// the later steps (the flow-steps chunk, fetched right after first paint).
import type { ReactElement } from 'react';
import { Text } from '@fluentui/react-components';
import { protocolStatus } from '../../domain';
import { usePaneWords } from '../controller/usePaneWords';
import type { ReferralView } from '../flow';
import ProtocolCard from '../ProtocolCard/ProtocolCard';
import { ReasonList } from '../ReasonList/ReasonList';

export type LocationVerdictProps = { view: ReferralView };

export default function LocationVerdict({ view }: LocationVerdictProps): ReactElement {
  const { t } = usePaneWords();
  const { protocol, day } = view;
  return (
    <>
      <ReasonList reasons={view.steps.location} testId="location-reasons" />
      {protocol && <ProtocolCard protocol={protocol} day={day} />}
      {(!protocol || protocolStatus(protocol, day) !== 'in-force') && (
        <Text as="p" block>
          {t.flowClosed}
        </Text>
      )}
    </>
  );
}
