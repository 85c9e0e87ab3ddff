// The in-page panel around the composer: a non-modal dialog named "Tactful" with a Close
// button; Escape closes. The caller (content script) returns focus where it was.
// After Insert it can fold to a bar (`fold`): the header, what happened, and Show draft /
// Hide draft; the composer stays mounted underneath, so unfolding shows it as it was.
// Key events stop here so the webmail's own keyboard shortcuts (Gmail's "r", "c", "#"…)
// never fire while the user types in our shadow root.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';

export interface PanelFold {
  folded: boolean;
  /** What the bar says (the Insert status). */
  status: string;
  onToggle: () => void;
}

export interface PanelProps {
  onClose: () => void;
  children?: ComponentChildren;
  /** Force a theme; default follows prefers-color-scheme. */
  theme?: 'light' | 'dark' | undefined;
  /** Move focus into the panel when it opens, or when this turns true (a panel made hidden, then shown; default true). */
  autoFocus?: boolean | undefined;
  /** The bar after Insert (none before). */
  fold?: PanelFold | undefined;
}

export function Panel({ onClose, children, theme, autoFocus = true, fold }: PanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  useEffect(() => {
    if (!autoFocus) return;
    // The composer marks where the keyboard starts (the chosen reply type); else the dialog itself.
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]');
    (first ?? ref.current)?.focus();
  }, [autoFocus]);
  const folded = !!fold?.folded;
  useEffect(() => {
    // What had the focus is hidden now: the keyboard stays in the panel, on the way back.
    if (folded) toggle.current?.focus({ preventScroll: true });
  }, [folded]);
  const stop = (e: Event) => e.stopPropagation();
  return (
    <div
      ref={ref}
      class={folded ? 'tf-root tf-panel tf-folded' : 'tf-root tf-panel'}
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
        {folded && <p class="tf-bar-status" role="status">{fold!.status}</p>}
        <span class="tf-header-actions">
          {fold && (
            <button type="button" ref={toggle} aria-expanded={!folded} aria-controls={bodyId} onClick={fold.onToggle}>
              {folded ? t('panelShowDraft') : t('panelHideDraft')}
            </button>
          )}
          <button type="button" class="tf-close" aria-label={t('panelClose')} title={t('panelClose')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </span>
      </header>
      <div class="tf-body" id={bodyId} hidden={folded}>{children}</div>
    </div>
  );
}
