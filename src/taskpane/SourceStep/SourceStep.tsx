import type { ReactElement } from 'react';
import { Suspense, lazy } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text } from '@fluentui/react-components';
import type { Protocol } from '../../domain';
import { ChunkBoundary } from '../ChunkBoundary/ChunkBoundary';
import { usePane } from '../controller/PaneContext';
import { Section } from '../Section/Section';
import type { AttachmentsState, Source } from '../types';

const PaneForm = lazy(() => import(/* webpackChunkName: "pane-form" */ '../PaneForm/PaneForm'));

export type SourceStepProps = {
  protocol: Protocol;
  today: string;
  source: Source;
  locked: boolean;
  attachments: AttachmentsState;
};

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function SourceStep(props: SourceStepProps): ReactElement {
  const { source, locked, attachments } = props;
  const { t, actions } = usePane();
  return (
    <Section id="form" title={t.stepForm}>
      <Field label={t.formSourceLabel}>
        <RadioGroup value={source.kind === 'none' ? '' : source.kind} disabled={locked} onChange={(_, data) => actions.chooseSourceKind(data.value as Source['kind'])}>
          <Radio value="attachment" label={t.sourceAttachment} data-testid="source-attachment" />
          <Radio value="pane-form" label={t.sourcePaneForm} data-testid="source-pane-form" />
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
          {attachments.status === 'ready' && attachments.list.length === 0 && <Text>{t.attachmentNone}</Text>}
          {attachments.status === 'ready' && attachments.list.length > 0 && (
            <Field label={t.attachmentLabel}>
              <RadioGroup
                value={source.attachmentId ?? ''}
                disabled={locked}
                onChange={(_, data) => {
                  const chosen = attachments.list.find((a) => a.id === data.value);
                  if (chosen) actions.chooseAttachment(chosen.id, chosen.name);
                }}
              >
                {attachments.list.map((a) => (
                  <Radio key={a.id} value={a.id} label={`${a.name} (${formatSize(a.size)})`} data-testid="attachment-option" />
                ))}
              </RadioGroup>
            </Field>
          )}
        </>
      )}
      {source.kind === 'pane-form' && !locked && (
        <ChunkBoundary message={t.formLoadFailed}>
        <Suspense fallback={<Spinner size="tiny" label={t.formLoading} />}>
          <PaneForm protocol={props.protocol} today={props.today} document={source.document} />
        </Suspense>
        </ChunkBoundary>
      )}
    </Section>
  );
}
