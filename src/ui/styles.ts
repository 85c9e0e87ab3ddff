// The one stylesheet for our UI: injected into the content script's shadow root and into
// the popup and options pages. Everything hangs off `.tf-root` so it works in both places
// (`:host` only exists in a shadow root). Neutral, compact, close to Gmail/Outlook.
// Contrast: every text/background pair below is at least 4.5:1 (WCAG AA), controls' borders 3:1.

export const STYLES = `
.tf-root {
  --tf-bg: #ffffff;
  --tf-bg-soft: #f4f6f8;
  --tf-fg: #1f2328;
  --tf-fg-soft: #4b5563;
  --tf-border: #767e88;
  --tf-line: #d6dae0;
  --tf-accent: #0b57d0;
  --tf-accent-fg: #ffffff;
  --tf-accent-soft: #e3edfd;
  --tf-focus: #0b57d0;
  --tf-error: #b3261e;
  --tf-warning: #7a4b00;
  --tf-info: #35506b;
  --tf-ok: #1e6b34;
  --tf-error-bg: #fdecea;
  --tf-warning-bg: #fff4de;
  color-scheme: light;
  box-sizing: border-box;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--tf-fg);
  background: var(--tf-bg);
}
@media (prefers-color-scheme: dark) {
  .tf-root:not([data-theme="light"]) {
    --tf-bg: #1f2124; --tf-bg-soft: #2a2d31; --tf-fg: #e8eaed; --tf-fg-soft: #b5bac1;
    --tf-border: #8d949c; --tf-line: #3c4046; --tf-accent: #8ab4f8; --tf-accent-fg: #0b1e3a;
    --tf-accent-soft: #233a5c; --tf-focus: #8ab4f8; --tf-error: #f2b8b5; --tf-warning: #f6d087;
    --tf-info: #b9cde3; --tf-ok: #8fd6a0; --tf-error-bg: #3b2422; --tf-warning-bg: #3a3020;
    color-scheme: dark; scrollbar-color: var(--tf-border) var(--tf-bg);
  }
}
.tf-root[data-theme="dark"] {
  --tf-bg: #1f2124; --tf-bg-soft: #2a2d31; --tf-fg: #e8eaed; --tf-fg-soft: #b5bac1;
  --tf-border: #8d949c; --tf-line: #3c4046; --tf-accent: #8ab4f8; --tf-accent-fg: #0b1e3a;
  --tf-accent-soft: #233a5c; --tf-focus: #8ab4f8; --tf-error: #f2b8b5; --tf-warning: #f6d087;
  --tf-info: #b9cde3; --tf-ok: #8fd6a0; --tf-error-bg: #3b2422; --tf-warning-bg: #3a3020;
  /* Firefox keeps light scrollbars under color-scheme: dark; scrollbar-color darkens them (both engines). */
  color-scheme: dark; scrollbar-color: var(--tf-border) var(--tf-bg);
}
/* Not "inherit": <details> content inherits through its UA shadow slot, which would reset it. */
.tf-root *, .tf-root *::before, .tf-root *::after { box-sizing: border-box; }
.tf-root :focus-visible { outline: 2px solid var(--tf-focus); outline-offset: 2px; }
.tf-root p { margin: 0 0 8px; }
.tf-root h1, .tf-root h2 { font-size: 14px; margin: 0; font-weight: 600; }
.tf-root h2 { font-size: 13px; margin: 12px 0 6px; }

.tf-panel {
  width: 380px; max-height: min(640px, calc(100vh - 32px)); display: flex; flex-direction: column;
  border: 1px solid var(--tf-line); border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); overflow: hidden;
}
.tf-panel:focus { outline: none; }
.tf-panel:focus-visible { outline: 2px solid var(--tf-focus); outline-offset: -2px; }
.tf-header {
  display: flex; align-items: center; justify-content: space-between; gap: 8px;
  padding: 8px 12px; border-bottom: 1px solid var(--tf-line); background: var(--tf-bg-soft);
}
.tf-body { padding: 10px 12px 12px; overflow: auto; }
.tf-header-actions { display: flex; gap: 6px; align-items: center; flex: none; }
/* The bar after Insert (issue 16): one row — title, what happened, Show draft, Close. */
.tf-root .tf-bar-status { flex: 1 1 auto; margin: 0; font-size: 12px; line-height: 1.35; min-width: 0; }
.tf-folded .tf-header { border-bottom: 0; padding: 6px 8px 6px 12px; }
.tf-root .tf-body[hidden] { display: none; }
/* In the page the panel sits right under the subject it names: one line of it is enough here (all of it on hover). */
.tf-mode-panel .tf-context { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }

.tf-button, .tf-root button {
  font: inherit; color: var(--tf-fg); background: var(--tf-bg); border: 1px solid var(--tf-border);
  border-radius: 4px; padding: 4px 10px; min-height: 28px; cursor: pointer;
}
.tf-root button:hover { background: var(--tf-bg-soft); }
.tf-root button:disabled { cursor: default; opacity: .6; }
.tf-root button.tf-primary { background: var(--tf-accent); color: var(--tf-accent-fg); border-color: var(--tf-accent); font-weight: 600; }
.tf-root button.tf-primary:hover { filter: brightness(1.08); }
.tf-root button.tf-link { border: none; background: none; color: var(--tf-accent); padding: 2px 4px; text-decoration: underline; min-height: 0; }
.tf-close { min-width: 28px; padding: 2px 6px; font-size: 16px; line-height: 1; }

.tf-segmented { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 6px; }
.tf-segmented button[aria-pressed="true"] { background: var(--tf-accent-soft); border-color: var(--tf-accent); color: var(--tf-fg); font-weight: 600; }
.tf-segmented.tf-secondary button { font-size: 12px; min-height: 24px; padding: 2px 8px; }
.tf-group-label { font-size: 12px; color: var(--tf-fg-soft); margin: 0 0 2px; }

.tf-row { display: flex; gap: 8px; flex-wrap: wrap; }
.tf-slot-picker { align-items: flex-end; margin-top: 6px; }
.tf-slot-picker > button { margin-bottom: 8px; }
.tf-row > .tf-field { flex: 1 1 140px; }
.tf-field { display: flex; flex-direction: column; gap: 2px; margin: 0 0 8px; min-width: 0; }
.tf-field > label, .tf-label { font-size: 12px; color: var(--tf-fg-soft); font-weight: 500; }
.tf-check { display: flex; gap: 6px; align-items: center; margin: 0 0 8px; }
.tf-root input[type="text"], .tf-root select, .tf-root textarea {
  font: inherit; color: var(--tf-fg); background: var(--tf-bg); border: 1px solid var(--tf-border);
  border-radius: 4px; padding: 4px 6px; width: 100%; min-height: 28px;
}
.tf-root textarea { resize: vertical; }
.tf-draft { min-height: 180px; line-height: 1.5; }
.tf-root details { margin: 0 0 8px; border: 1px solid var(--tf-line); border-radius: 6px; padding: 4px 8px; }
.tf-root details[open] { padding-bottom: 0; }
.tf-root summary { cursor: pointer; font-weight: 500; padding: 2px 0; }
.tf-root details[open] summary { margin-bottom: 6px; }

.tf-notice { padding: 6px 8px; border-radius: 4px; background: var(--tf-warning-bg); }
.tf-context { color: var(--tf-fg-soft); font-size: 12px; overflow-wrap: anywhere; }
.tf-verdict { padding: 6px 8px; border-radius: 4px; background: var(--tf-bg-soft); }
.tf-verdict.tf-yes { border-left: 3px solid var(--tf-ok); }
.tf-verdict.tf-no { border-left: 3px solid var(--tf-border); }
.tf-verdict.tf-doubt { background: var(--tf-warning-bg); border-left-color: var(--tf-warning); font-weight: 500; }
/* The composer's controls, locked while Insert or Copy takes the draft: no frame of its own. */
.tf-lock { border: 0; margin: 0; padding: 0; min-width: 0; }

.tf-draft-head { display: flex; align-items: end; justify-content: space-between; gap: 8px; margin: 0 0 2px; }
.tf-confirm { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 6px 8px; margin: 0 0 6px; border-radius: 4px; background: var(--tf-warning-bg); color: var(--tf-fg); }
.tf-confirm p { margin: 0; flex: 1 1 100%; }
.tf-findings { list-style: none; margin: 4px 0 8px; padding: 0; font-size: 12px; }
.tf-findings li { display: flex; gap: 6px; padding: 2px 0; }
.tf-sev { font-weight: 600; flex: none; }
.tf-sev-error { color: var(--tf-error); }
.tf-sev-warning { color: var(--tf-warning); }
.tf-sev-info { color: var(--tf-info); }
.tf-quiet { color: var(--tf-fg-soft); font-size: 12px; }
.tf-actions { display: flex; gap: 8px; flex-wrap: wrap; margin: 8px 0 4px; }
.tf-status { min-height: 1.45em; font-size: 12px; margin: 4px 0 0; }
.tf-status.tf-problem { color: var(--tf-error); }
.tf-error { color: var(--tf-error); background: var(--tf-error-bg); padding: 6px 8px; border-radius: 4px; }
.tf-banner { border: 1px solid var(--tf-error); background: var(--tf-error-bg); border-radius: 6px; padding: 8px 12px; margin: 0 0 12px; }
.tf-banner ul { margin: 4px 0 8px; padding-left: 18px; }
.tf-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

/* Draft first (issue 16): the choice, the draft and Insert/Copy on top; everything that varies by
   reply type below them, so Insert never moves between intents. Nothing cuts its text: selects size
   to their longest option and wrap to their own line; the fields are one to a line. */
.tf-root .tf-draft { min-height: calc(8 * 1.5em + 10px); }
.tf-primary-actions { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 6px 0 2px; }
.tf-primary-actions .tf-link { margin-left: auto; }
.tf-choices { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: flex-end; margin: 4px 0 6px; }
.tf-choices .tf-field { margin: 0; }
.tf-root .tf-choices select { width: auto; max-width: 100%; }
.tf-fields .tf-row > .tf-field { flex-basis: 100%; }
.tf-missing input::placeholder { font-style: italic; }
.tf-slots { border: 1px solid var(--tf-line); border-radius: 6px; padding: 4px 8px 0; margin: 0 0 8px; min-width: 0; }
.tf-slots legend { font-size: 12px; color: var(--tf-fg-soft); padding: 0 4px; }
.tf-slots .tf-check { margin: 0 0 6px; }
.tf-name-prompt { margin: 0 0 8px; padding: 6px 8px; border-radius: 4px; background: var(--tf-accent-soft); }
.tf-name-prompt label { display: block; font-size: 12px; margin: 0 0 2px; }
.tf-inline { display: flex; gap: 6px; align-items: center; }
.tf-inline input { flex: 1 1 auto; min-width: 0; }
.tf-inline button { flex: none; white-space: nowrap; }

.tf-popup { width: 400px; min-height: 200px; }
.tf-popup .tf-body { padding: 10px 12px 12px; }
.tf-options { max-width: 880px; margin: 0 auto; padding: 16px 24px 48px; }
.tf-options h1 { font-size: 20px; margin: 0 0 12px; }
.tf-options h2 { font-size: 15px; margin: 24px 0 8px; }
.tf-options section { border-top: 1px solid var(--tf-line); padding-top: 4px; }
.tf-template-grid { display: grid; grid-template-columns: minmax(0, 2fr) minmax(200px, 1fr); gap: 16px; }
.tf-variant { border: 1px solid var(--tf-line); border-radius: 6px; padding: 8px; margin: 0 0 10px; }
.tf-vars { font-size: 12px; margin: 0; padding-left: 0; list-style: none; }
.tf-vars code { background: var(--tf-bg-soft); padding: 0 3px; border-radius: 3px; }
.tf-preview { white-space: pre-wrap; background: var(--tf-bg-soft); border-radius: 4px; padding: 8px; margin: 4px 0; font-size: 12px; }
`;

/** The same stylesheet under the name the content script's panel uses. */
