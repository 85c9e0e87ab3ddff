// What the panel's frame renders: the shared Panel and Composer, with the user's settings
// (read here, in the extension's own page) and the draft they were writing for this message
// when it collapsed or the webmail re-rendered it (kept by the worker, handed back in
// `open.saved`). Insert and Close go to the content script over the port (./port.ts); the
// user's edits go to the worker to keep; nothing else leaves this frame.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Composer, Panel } from '../ui/composer/index';
import type { CoreClient } from '../ui/core-client';
import type { Settings } from '../shared/settings';
import type { InsertResult } from '../shared/messages';
import type { PanelOpen, SavedDraft } from '../shared/messages-panel';
import { t } from '../shared/i18n';
import type { SaveName } from '../ui/composer/NamePrompt';
import { draftFitter } from './fit-draft';

/** How long the panel shows "Inserted …" before it folds to the bar beside the reply. */
const FOLD_AFTER_MS = 700;

export interface FramePanelProps {
  open: PanelOpen;
  /** On screen (the user opened it; the default); false while made ahead of the click: insert, keep and focus nothing then. */
  shown?: boolean | undefined;
  /** Calls back when the stored settings change (a hidden panel drafts again with the new ones). */
  watchSettings?: ((cb: () => void) => void) | undefined;
  client: CoreClient;
  loadSettings(): Promise<Settings>;
  insert(text: string): Promise<InsertResult>;
  /** Keep the user's edited text for this message (or forget it, when not edited). */
  keep(draft: SavedDraft, edited: boolean): void;
  close(): void;
  /** The panel's natural height (px), and whether it is the bar after Insert, so the content script sizes and places the iframe. */
  reportHeight(px: number, folded: boolean): void;
  /** Calls back with the most height the panel has where it sits, now and whenever it changes. */
  watchRoom?: ((cb: (px: number) => void) => void) | undefined;
  /** Store the user's name in the settings (the composer asks for it once, issue 16). */
  saveName?: SaveName | undefined;
  /** Open the options page. */
  openOptions?: (() => void) | undefined;
}

export function FramePanel(p: FramePanelProps) {
  const { open } = p;
  const [settings, setSettings] = useState<Settings | null>(null);
  // A new composer (a new first draft) when the settings change before the user has seen it.
  const [generation, setGeneration] = useState(0);
  const visible = p.shown !== false;
  const shown = useRef(visible);
  shown.current = visible;
  const content = useRef<HTMLDivElement>(null);
  const saved = open.saved;
  const latest = useRef<{ draft: SavedDraft; edited: boolean } | null>(null);
  // After a successful Insert: the panel folds to a bar beside the reply; Show draft unfolds it.
  const [inserted, setInserted] = useState(false);
  const [folded, setFolded] = useState(false);
  const room = useRef(0);
  const fitter = useRef(draftFitter(document));
  const remeasure = useRef<() => void>(() => {});

  // A hidden panel keeps nothing: what the user has not seen is not theirs to get back.
  const keep = (draft: SavedDraft, edited: boolean) => shown.current && p.keep(draft, edited);
  useEffect(() => {
    void p.loadSettings().then(setSettings);
    p.watchSettings?.(() => {
      if (shown.current) return;
      void p.loadSettings().then((s) => {
        if (shown.current) return;
        setSettings(s);
        setGeneration((g) => g + 1);
      });
    });
    // The iframe is removed when the message collapses: say the last words once more.
    const flush = () => latest.current && keep(latest.current.draft, latest.current.edited);
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, []);
  // Shown now: what the hidden panel held back is said once.
  useEffect(() => {
    if (visible && latest.current) keep(latest.current.draft, latest.current.edited);
  }, [visible]);

  useEffect(() => {
    const el = content.current;
    const panel = el?.closest('.tf-panel');
    if (!el || !panel) return;
    const header = panel.querySelector('.tf-header') as HTMLElement | null;
    const body = el.parentElement!;
    const measure = () => {
      fitter.current.fit(room.current);
      const shut = panel.classList.contains('tf-folded');
      const pad = shut ? 0 : parseFloat(getComputedStyle(body).paddingTop) + parseFloat(getComputedStyle(body).paddingBottom);
      p.reportHeight((header?.offsetHeight ?? 0) + (shut ? 0 : el.offsetHeight + pad) + 2, shut);
    };
    remeasure.current = measure;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    if (header) ro.observe(header);
    measure();
    p.watchRoom?.((px) => {
      room.current = px;
      fitter.current.fit(px, true);
    });
    return () => ro.disconnect();
  }, [settings !== null]);
  // Folded or not, the content script sizes and places the frame anew (the bar goes beside the reply).
  useEffect(() => remeasure.current(), [folded]);

  if (!settings) return null;
  const insert = async (text: string): Promise<InsertResult> => {
    // What you see is what is sent: nothing from a panel the user has not seen.
    if (!shown.current) return { ok: false, problem: t('panelNotShown') };
    const r = await p.insert(text);
    // The words are in the reply now: the kept copy has done its job.
    if (r.ok) {
      latest.current = null;
      p.keep({ text: '', intent: 'decline', subject: open.email.subject }, false);
      setInserted(true);
      // Once the user has seen it said, and after a double click's second click (which must
      // not land on the page under where Insert was). Not when they went on in the panel meanwhile.
      setTimeout(() => {
        const on = document.activeElement;
        const idle = !on || on === document.body || on.matches('.tf-primary-actions button.tf-primary');
        if (idle && !document.querySelector('.tf-confirm')) setFolded(true);
      }, FOLD_AFTER_MS);
    }
    return r;
  };
  const onDraftChange = (d: { text: string; edited: boolean; intent: SavedDraft['intent'] }) => {
    const draft = { text: d.text, intent: d.intent, subject: open.email.subject };
    const last = latest.current;
    latest.current = { draft, edited: d.edited };
    if (!last && !d.edited) return; // the empty box before the first draft: nothing to keep or forget
    if (last && last.edited === d.edited && last.draft.text === d.text && last.draft.intent === d.intent) return;
    keep(draft, d.edited);
  };
  const problems = [open.notice, open.problem === 'analysis-failed' ? t('panelAnalysisFailed') : undefined].filter(Boolean);
  return (
    <Panel onClose={p.close} theme={open.theme} autoFocus={visible}
      fold={inserted ? { folded, status: t('composerInserted'), onToggle: () => setFolded((f) => !f) } : undefined}>
      <div ref={content}>
        {problems.map((text) => (
          <p class="tf-notice tf-status tf-problem" role="alert">{text}</p>
        ))}
        {saved && <p class="tf-notice" role="status">{t('panelRestored')}</p>}
        <Composer
          key={generation}
          client={p.client}
          email={open.email}
          analysis={open.analysis}
          settings={settings}
          onInsert={insert}
          onClose={p.close}
          mode="panel"
          initialIntent={saved?.intent ?? open.intent}
          initialText={saved?.text}
          onDraftChange={onDraftChange}
          saveName={p.saveName}
          onOpenOptions={p.openOptions}
        />
      </div>
    </Panel>
  );
}
