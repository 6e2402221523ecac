import { Component, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/**
 * Catches a screen that fails to load or render (e.g. a chunk that cannot be fetched, or an
 * invalid partnership configuration) and shows a plain message instead of a blank page.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error): void {
    // The error's name only: messages may carry patient data.
    console.error('HJP Link screen failed:', error.name);
  }

  override render(): ReactNode {
    if (!this.state.failed) {
      return this.props.children;
    }
    return (
      <div className="nhsuk-error-summary" role="alert" data-testid="screen-failed">
        <h2 className="nhsuk-error-summary__title">This part of HJP Link could not be shown</h2>
        <div className="nhsuk-error-summary__body">
          <p>Nothing you entered has been lost. Close HJP Link and open it again from the record.</p>
          <p>If it keeps happening, contact your IT service desk and say “HJP Link screen failed”.</p>
        </div>
      </div>
    );
  }
}
