import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import { Text } from '@fluentui/react-components';

export type ChunkBoundaryProps = { message: string; children: ReactNode };
type ChunkBoundaryState = { failed: 'no' | 'yes' };

/**
 * A part of the pane that is loaded on demand (or renders) failed: say so in words, keep the rest
 * of the pane working. Nothing is logged: the error may carry mail content.
 */
export class ChunkBoundary extends Component<ChunkBoundaryProps, ChunkBoundaryState> {
  override state: ChunkBoundaryState = { failed: 'no' };

  static getDerivedStateFromError(): ChunkBoundaryState {
    return { failed: 'yes' };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Deliberately silent (see above); the message is shown by render.
  }

  override render(): ReactNode {
    if (this.state.failed === 'yes') {
      // Plain words, announced once: a MessageBar here would put its code on the first screen,
      // and this shows exactly when code could not be loaded.
      return (
        <Text as="p" block role="alert" weight="semibold">
          {this.props.message}
        </Text>
      );
    }
    return this.props.children;
  }
}
