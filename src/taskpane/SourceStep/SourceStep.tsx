import type { ReactElement } from 'react';
import { Suspense, lazy } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text } from '@fluentui/react-components';
import type { Protocol } from '../../domain';
import type { MailAttachment } from '../../office/port';
import type { PaneDocument, Source } from '../flow';
import { ChunkBoundary } from '../ChunkBoundary/ChunkBoundary';
import { Section } from '../Section/Section';
import type { Lang } from '../../domain';
import type { Strings } from '../strings';

const PaneForm = lazy(() => import(/* webpackChunkName: "pane-form" */ '../PaneForm/PaneForm'));

export type AttachmentsState = { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; list: readonly MailAttachment[] };

export type SourceStepProps = {
  t: Strings;
  lang: Lang;
  protocol: Protocol;
  today: string;
  source: Source;
  locked: boolean;
  attachments: AttachmentsState;
  onKind: (kind: Source['kind']) => void;
  onAttachment: (id: string, name: string) => void;
  onReloadAttachments: () => void;
  onDocument: (document: PaneDocument) => void;
  onDocumentEdited: () => void;
};

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function SourceStep(props: SourceStepProps): ReactElement {
  const { t, lang, source, locked, attachments } = props;
  return (
    <Section id="form" title={t.stepForm}>
      <Field label={t.formSourceLabel}>
        <RadioGroup value={source.kind === 'none' ? '' : source.kind} disabled={locked} onChange={(_, data) => props.onKind(data.value as Source['kind'])}>
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
                <Button size="small" onClick={props.onReloadAttachments}>
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
                  if (chosen) props.onAttachment(chosen.id, chosen.name);
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
          <PaneForm
            t={t}
            lang={lang}
            protocol={props.protocol}
            today={props.today}
            document={source.document}
            onReady={props.onDocument}
            onEdited={props.onDocumentEdited}
          />
        </Suspense>
        </ChunkBoundary>
      )}
    </Section>
  );
}
