import { Component, type ReactNode } from 'react';
import { ApiError } from '../api/errors';
import { ErrorMessage } from './ErrorMessage';

interface ViewLoadBoundaryProps {
  children: ReactNode;
  /** Called by Retry: the caller loads the views anew. */
  onRetry: () => void;
}

/** A view whose code could not be fetched says so like any call that could not reach Outreach, with Retry. */
export class ViewLoadBoundary extends Component<ViewLoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <ErrorMessage
          error={new ApiError('network')}
          onRetry={() => {
            this.setState({ failed: false });
            this.props.onRetry();
          }}
        />
      );
    }

    return this.props.children;
  }
}
