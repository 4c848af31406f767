import type { ReactElement } from 'react';
import { Suspense, lazy } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Protocol } from '../../domain';
import { ChunkBoundary } from '../ChunkBoundary/ChunkBoundary';
import { usePaneWords } from '../controller/usePaneWords';
import { formatSize } from '../format';
import { formCandidates } from '../flow';
import { Section } from '../Section/Section';
import type { PaneWords } from '../../words/paneSteps';
import type { AttachmentsState, FlowState, SizePlan, Source } from '../types';

const PaneForm = lazy(() => import(/* webpackChunkName: "pane-form" */ '../PaneForm/PaneForm'));

export type SourceStepProps = {
  protocol: Protocol;
  source: Source;
  locked: boolean;
  attachments: AttachmentsState;
  /** Known at once, before anything is read or encrypted: do the original and the zip fit? */
  sizePlan: SizePlan;
  paneForm: FlowState['paneForm'];
};

function sizeText(t: PaneWords, plan: SizePlan, size: (bytes: number) => string): string | null {
  if (plan.kind === 'original-out-first') return t.sizeOutFirst(size(plan.originalSize));
  if (plan.kind === 'too-large') return plan.reason === 'form' ? t.sizeTooLargeForm(size(plan.size)) : t.sizeTooLargeMail(size(plan.size));
  return null;
}

// Fluent greys an unchosen radio's label: it read as disabled (see ConsentStep).
const useStyles = makeStyles({ label: { color: tokens.colorNeutralForeground1 } });

export function SourceStep(props: SourceStepProps): ReactElement {
  const styles = useStyles();
  const { source, locked, attachments } = props;
  const { t, lang, actions } = usePaneWords();
  const candidates = attachments.status === 'ready' ? formCandidates(attachments.list) : [];
  const sizeMessage = sizeText(t, props.sizePlan, (bytes) => formatSize(bytes, lang));
  return (
    <Section id="form" title={t.stepForm}>
      <Field label={t.formSourceLabel}>
        <RadioGroup
          value={source.kind === 'none' ? '' : source.kind}
          disabled={locked}
          onChange={(_, data) => actions.chooseSourceKind(data.value as Source['kind'])}
        >
          <Radio value="attachment" label={{ children: t.sourceAttachment, className: locked ? undefined : styles.label }} data-testid="source-attachment" />
          <Radio value="pane-form" label={{ children: t.sourcePaneForm, className: locked ? undefined : styles.label }} data-testid="source-pane-form" />
        </RadioGroup>
      </Field>
      {source.kind === 'attachment' && (
        <>
          {attachments.status === 'loading' && <Spinner size="tiny" label={t.loading} />}
          {attachments.status === 'failed' && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {t.attachmentsReadFailed}{' '}
                <Button size="small" onClick={() => void actions.loadAttachments()}>
                  {t.retry}
                </Button>
              </MessageBarBody>
            </MessageBar>
          )}
          {/* Locked on a form that is not in the list (taken out to make room, or replaced): name it. */}
          {locked && source.attachmentId !== null && !candidates.some((a) => a.id === source.attachmentId) ? (
            <Text>{t.attachmentChosen(source.name)}</Text>
          ) : (
            attachments.status === 'ready' && candidates.length === 0 && <Text>{t.attachmentNone}</Text>
          )}
          {attachments.status === 'ready' && candidates.length > 0 && (
            <Field label={t.attachmentLabel}>
              <RadioGroup
                value={source.attachmentId ?? ''}
                disabled={locked}
                onChange={(_, data) => {
                  const chosen = candidates.find((a) => a.id === data.value);
                  if (chosen) actions.chooseAttachment(chosen.id, chosen.name);
                }}
              >
                {candidates.map((a) => (
                  <Radio
                    key={a.id}
                    value={a.id}
                    label={{ children: `${a.name} (${formatSize(a.size, lang)})`, className: locked ? undefined : styles.label }}
                    data-testid="attachment-option"
                  />
                ))}
              </RadioGroup>
            </Field>
          )}
        </>
      )}
      {sizeMessage && !locked && (
        <MessageBar intent={props.sizePlan.kind === 'too-large' ? 'error' : 'warning'} layout="multiline" data-testid="size-plan">
          <MessageBarBody>{sizeMessage}</MessageBarBody>
        </MessageBar>
      )}
      {source.kind === 'pane-form' && !locked && (
        <ChunkBoundary message={t.formLoadFailed}>
          <Suspense fallback={<Spinner size="tiny" label={t.formLoading} />}>
            <PaneForm protocol={props.protocol} made={source.document} stored={props.paneForm} />
          </Suspense>
        </ChunkBoundary>
      )}
    </Section>
  );
}
