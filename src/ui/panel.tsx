/** A titled region of the dashboard with its own error boundary: one failing panel leaves the rest. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

class PanelBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('panel failed', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function Panel({
  id,
  title,
  className,
  actions,
  children,
}: {
  id: string;
  title: string;
  className?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section id={id} className={`panel ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <div className="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {actions}
      </div>
      <PanelBoundary
        fallback={
          <p className="data-error" role="alert">
            {t.panelFailed}
          </p>
        }
      >
        {children}
      </PanelBoundary>
    </section>
  );
}
