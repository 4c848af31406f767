// The pane's banners that are not part of the flow (the preview, Outlook not answering, a broken
// registry), loaded on demand: inside Outlook the first screen shows none of them, so their
// MessageBar code need not be in its JavaScript.
import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export type NoticeProps = { intent: 'info' | 'error'; title: string; body: string; testId?: string };

export default function Notice({ intent, title, body, testId }: NoticeProps): ReactElement {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {body}
      </MessageBarBody>
    </MessageBar>
  );
}
