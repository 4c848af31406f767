// Steps 2 to 8, loaded after first paint (React.lazy, prefetched at start): the pane shows the
// municipality field at once, and these components (dialogs, radios, progress) need not delay it.
import type { Dispatch, ReactElement } from 'react';
import type { Lang, Protocol } from '../../domain';
import { CheckStep } from '../CheckStep/CheckStep';
import { ConsentStep } from '../ConsentStep/ConsentStep';
import { EncryptStep } from '../EncryptStep/EncryptStep';
import type { Encrypted, FlowAction, FlowState, StepReasons } from '../flow';
import { MailTextStep } from '../MailTextStep/MailTextStep';
import type { NeutralText } from '../neutralText';
import { PasswordStep } from '../PasswordStep/PasswordStep';
import { RecipientsStep } from '../RecipientsStep/RecipientsStep';
import type { AttachmentsState } from '../SourceStep/SourceStep';
import { SourceStep } from '../SourceStep/SourceStep';
import type { Strings } from '../strings';

export type FlowStepsProps = {
  t: Strings;
  lang: Lang;
  protocol: Protocol;
  state: FlowState;
  dispatch: Dispatch<FlowAction>;
  steps: StepReasons;
  following: 'event' | 'polling';
  attachments: AttachmentsState;
  today: string;
  locked: boolean;
  missing: readonly string[];
  encrypted: Encrypted | null;
  text: NeutralText | null;
  onSetRecipients: () => Promise<void>;
  rereadRecipients: () => Promise<unknown>;
  loadAttachments: () => Promise<void>;
  onEncrypt: () => Promise<void>;
  onRetryRemove: () => Promise<void>;
  onRetryHeaders: () => Promise<void>;
  onUseText: () => Promise<void>;
  onCheck: () => Promise<void>;
};

export default function FlowSteps(props: FlowStepsProps): ReactElement {
  const { t, lang, protocol, state, dispatch, steps, following, attachments, today, locked, missing, encrypted, text } = props;
  const { onSetRecipients, rereadRecipients, loadAttachments, onEncrypt, onRetryRemove, onRetryHeaders, onUseText, onCheck } = props;
  return (
    <>
      <RecipientsStep
        t={t}
        lang={lang}
        protocol={protocol}
        recipients={state.recipients}
        reasons={steps.recipients}
        setStatus={state.setRecipients}
        following={following}
        onSet={() => void onSetRecipients()}
        onReread={() => void rereadRecipients()}
      />
      <ConsentStep
        t={t}
        lang={lang}
        socialService={protocol.socialService.name}
        consent={state.consent}
        locked={locked}
        reasons={steps.consent}
        onChange={(consent) => {
          dispatch({ type: 'consent', consent });
          if (following === 'polling') void rereadRecipients();
        }}
      />
      <SourceStep
        t={t}
        lang={lang}
        protocol={protocol}
        today={today}
        source={state.source}
        locked={locked}
        attachments={attachments}
        onKind={(kind) => {
          dispatch({ type: 'source-kind', kind });
          if (kind === 'attachment') void loadAttachments();
        }}
        onAttachment={(attachmentId, name) => dispatch({ type: 'source-attachment', attachmentId, name })}
        onReloadAttachments={() => void loadAttachments()}
        onDocument={(document) => dispatch({ type: 'document-ready', document })}
        onDocumentEdited={() => dispatch({ type: 'document-cleared' })}
      />
      <EncryptStep
        t={t}
        lang={lang}
        encryption={state.encryption}
        blockers={[...steps.recipients, ...steps.consent]}
        missing={missing}
        onEncrypt={() => void onEncrypt()}
        onRetryRemove={() => void onRetryRemove()}
        onRetryHeaders={() => void onRetryHeaders()}
      />
      {encrypted && (
        <>
          <PasswordStep
            t={t}
            lang={lang}
            protocol={protocol}
            reference={encrypted.reference}
            password={encrypted.password}
            passOn={state.passOn}
            onPassOn={(passOn) => dispatch({ type: 'pass-on', passOn })}
          />
          {text && <MailTextStep t={t} text={text} status={state.mailText} onUse={() => void onUseText()} />}
          <CheckStep t={t} lang={lang} check={state.check} onCheck={() => void onCheck()} />
        </>
      )}
    </>
  );
}

export type KeptStepsProps = { t: Strings; lang: Lang; text: NeutralText | null; state: FlowState; onUseText: () => Promise<void>; onCheck: () => Promise<void> };

/** A kept earlier referral: nothing left to encrypt, only the neutral text and the check. */
export function KeptSteps({ t, lang, text, state, onUseText, onCheck }: KeptStepsProps): ReactElement {
  return (
    <>
      {text && <MailTextStep t={t} text={text} status={state.mailText} onUse={() => void onUseText()} />}
      <CheckStep t={t} lang={lang} check={state.check} onCheck={() => void onCheck()} />
    </>
  );
}
