// Steps 2 to 8, loaded after first paint (React.lazy, prefetched at start): the pane shows the
// municipality field at once, and these components (dialogs, radios, progress) need not delay it.
// Words and actions come from the pane context; only what to show comes in as props.
import type { ReactElement } from 'react';
import { useEffect, useRef } from 'react';
import type { Protocol } from '../../domain';
import { CheckStep } from '../CheckStep/CheckStep';
import { ConsentStep } from '../ConsentStep/ConsentStep';
import { EncryptStep } from '../EncryptStep/EncryptStep';
import { focusHeading } from '../focus';
import type { ReferralView } from '../flow';
import { MailTextStep } from '../MailTextStep/MailTextStep';
import { PasswordStep } from '../PasswordStep/PasswordStep';
import { RecipientsStep } from '../RecipientsStep/RecipientsStep';
import { SourceStep } from '../SourceStep/SourceStep';
import type { Encrypted, FlowState } from '../types';

export type FlowStepsProps = { state: FlowState; view: ReferralView; protocol: Protocol };

export default function FlowSteps({ state, view, protocol }: FlowStepsProps): ReactElement {
  const { encrypted, steps } = view;
  // Encrypted: the next thing to do is passing the password on; focus goes to that step, once.
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (encrypted && announced.current !== encrypted.reference) {
      announced.current = encrypted.reference;
      focusHeading('password');
    }
  }, [encrypted]);
  return (
    <>
      <RecipientsStep
        protocol={protocol}
        recipients={state.recipients}
        reasons={steps.recipients}
        onlyRegistered={state.onlyRegistered}
        following={state.following}
      />
      <ConsentStep socialService={protocol.socialService.name} consent={state.consent} locked={view.locked} reasons={steps.consent} />
      <SourceStep
        protocol={protocol}
        source={state.source}
        locked={view.locked}
        attachments={state.attachments}
        sizePlan={view.sizePlan}
        paneForm={state.paneForm}
      />
      <EncryptStep
        encryption={state.encryption}
        held={state.held}
        blockers={[...steps.recipients, ...steps.consent]}
        missing={view.missing}
        plan={view.plan}
        priorFound={state.prior.status === 'found'}
        leftovers={view.leftovers}
        leftoverStatus={state.leftovers}
      />
      {/* Only in the final safe state: zip in, original out, headers set. */}
      {encrypted && (
        <>
          <PasswordStep protocol={protocol} reference={encrypted.reference} password={encrypted.password} passOn={state.passOn} />
          <LastSteps state={state} view={view} encrypted={encrypted} />
        </>
      )}
    </>
  );
}

export type KeptStepsProps = { state: FlowState; view: ReferralView };

/** A kept earlier referral: nothing left to encrypt, only the neutral text and the check. */
export function KeptSteps({ state, view }: KeptStepsProps): ReactElement {
  return <LastSteps state={state} view={view} encrypted={null} />;
}

/**
 * The neutral text and the check, after this pane's encryption or for a kept earlier referral
 * (encrypted null: no traces of ours, and a password this pane never had to pass on).
 */
function LastSteps({ state, view, encrypted }: KeptStepsProps & { encrypted: Encrypted | null }): ReactElement {
  return (
    <>
      {view.text && <MailTextStep text={view.text} status={state.mailText} inline={view.inline} inlineRemoval={state.inlineRemoval} />}
      <CheckStep
        check={state.check}
        tracesStored={encrypted?.tracesStored ?? null}
        leftovers={view.leftovers}
        passOn={encrypted ? state.passOn : null}
        mailText={state.mailText}
      />
    </>
  );
}
