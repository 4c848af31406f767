// One sentence in a message bar, the pane's most common message: the steps' failures, warnings
// and confirmations that carry no title and no button.
import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export type MessageLineProps = { intent: 'info' | 'success' | 'warning' | 'error'; testId?: string; text: string };

export function MessageLine({ intent, testId, text }: MessageLineProps): ReactElement {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
