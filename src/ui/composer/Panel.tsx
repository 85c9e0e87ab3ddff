// The in-page panel around the composer: a non-modal dialog named "Tactful" with a Close
// button; Escape closes. The caller (content script) returns focus where it was.
// Key events stop here so the webmail's own keyboard shortcuts (Gmail's "r", "c", "#"…)
// never fire while the user types in our shadow root.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';

export interface PanelProps {
  onClose: () => void;
  children?: ComponentChildren;
  /** Force a theme; default follows prefers-color-scheme. */
  theme?: 'light' | 'dark' | undefined;
  /** Move focus into the panel when it opens (default true). */
  autoFocus?: boolean | undefined;
}

export function Panel({ onClose, children, theme, autoFocus = true }: PanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    // The composer marks where the keyboard starts (the chosen reply type); else the dialog itself.
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]');
    (first ?? ref.current)?.focus();
  }, []);
  const stop = (e: Event) => e.stopPropagation();
  return (
    <div
      ref={ref}
      class="tf-root tf-panel"
      role="dialog"
      aria-label={t('panelTitle')}
      data-theme={theme}
      tabIndex={-1}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
      onKeyUp={stop}
      onKeyPress={stop}
    >
      <header class="tf-header">
        <h1>{t('panelTitle')}</h1>
        <button type="button" class="tf-close" aria-label={t('panelClose')} title={t('panelClose')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div class="tf-body">{children}</div>
    </div>
  );
}
