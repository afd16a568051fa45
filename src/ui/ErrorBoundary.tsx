import { Component, type ReactNode } from 'react';
import { useT } from './useT';
import './errorBoundary.css';
import { ClosePanelButton } from './ClosePanelButton';

interface Props {
  children: ReactNode;
  /** what to show instead of the failed part; the default is a short message with Retry */
  fallback?: (retry: () => void, error: Error) => ReactNode;
  /** when any of these change, a failed part is tried again (e.g. another region chosen) */
  resetKeys?: readonly unknown[];
}

interface State {
  error: Error | null;
  keys: readonly unknown[] | undefined;
}

/**
 * Contains a failure inside one chart or panel: the rest of the page (the map above all) keeps
 * working, and Retry renders the part again. React still reports the error to the console.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    const changed =
      props.resetKeys &&
      state.keys &&
      (props.resetKeys.length !== state.keys.length || props.resetKeys.some((k, i) => !Object.is(k, state.keys![i])));
    return changed ? { error: null, keys: props.resetKeys } : null;
  }

  retry = () => this.setState({ error: null });

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return this.props.fallback ? this.props.fallback(this.retry, error) : <PartFailed retry={this.retry} error={error} />;
  }
}

/** The default fallback: a short bilingual message, the error's own text in small print, Retry. */
export function PartFailed({ retry, error }: { retry: () => void; error: Error }) {
  const { t } = useT();
  return (
    <div className="part-failed" role="alert">
      <p>{t('boundary.failed')}</p>
      <p className="muted small">{error.message.slice(0, 200)}</p>
      <button type="button" onClick={retry}>
        {t('boundary.retry')}
      </button>
    </div>
  );
}

/** A side panel that contains its own failure: the message and Retry inside the panel, which still closes. */
export function PanelBoundary({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  return (
    <ErrorBoundary
      fallback={(retry, error) => (
        <aside className="panel" data-map-overlay>
          <PanelFailedHeader onClose={onClose} />
          <PartFailed retry={retry} error={error} />
        </aside>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

function PanelFailedHeader({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  return (
    <header className="panel-header">
      <h2>{t('boundary.failed')}</h2>
      <ClosePanelButton onClose={onClose} />
    </header>
  );
}
