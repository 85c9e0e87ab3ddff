// Injected with scripting.executeScript (activeTab) into a page that is not a webmail, after
// the user chose a Tactful context-menu item on selected text. It must be fully
// self-contained: Chrome serialises the function, so no imports and no outer variables.
//
// It only ever inserts, and only into the field the user chose: the editable they
// right-clicked in (Firefox names it: menus.getTargetElement; elsewhere it is the focused
// field that holds the very selection the menu was opened on), multi-line (a letter), not a
// password field, not read-only, and visible (on screen, not hidden by size, opacity,
// visibility, clipping or another element). It never copies and never puts the draft into the
// page otherwise: the page shares this DOM and can read it, swap a clipboard write it sees,
// or move focus. Anything else comes back as 'not-placed' and the service worker shows the
// draft in Tactful's own window to copy. 'inserted' only once the field is read back with the
// draft in it, still focused.
export type PlaceResult = { outcome: 'inserted' } | { outcome: 'not-placed'; why: 'no-field' | 'not-chosen' | 'unfit' | 'not-taken' };

export interface Chosen {
  /** The menu was opened on an editable element (OnClickData.editable). */
  editable: boolean;
  /** The text selected when the menu was opened (OnClickData.selectionText). */
  selection: string;
  /** Firefox: the element the menu was opened on (OnClickData.targetElementId). */
  targetElementId: number | null;
}

export function placeDraftInPage(text: string, chosen: Chosen, words: { inserted: string; close: string }): PlaceResult {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const no = (why: 'no-field' | 'not-chosen' | 'unfit' | 'not-taken'): PlaceResult => ({ outcome: 'not-placed', why });
  if (!chosen.editable) return no('no-field');

  // The focused element, through open shadow roots.
  let focused: Element | null = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  if (!(focused instanceof HTMLElement)) return no('no-field');
  const el: HTMLElement = focused;

  // The field the user right-clicked (Firefox can name it) must be the focused one.
  const api = (globalThis as { browser?: { menus?: { getTargetElement?(id: number): Element | null } } }).browser;
  const target = chosen.targetElementId !== null && api?.menus?.getTargetElement ? api.menus.getTargetElement(chosen.targetElementId) : null;
  if (target && target !== el && !el.contains(target)) return no('not-chosen');

  const isArea = el instanceof HTMLTextAreaElement;
  if (!isArea && !el.isContentEditable) return no('unfit'); // one-line inputs (and password fields) cannot hold a letter
  if (isArea && (el.readOnly || el.disabled)) return no('unfit');

  // ... and hold the very text the menu was opened on, selected.
  const selected = isArea ? el.value.slice(el.selectionStart, el.selectionEnd) : (() => {
    const sel = (el.getRootNode() as Document | ShadowRoot & { getSelection?(): Selection | null }).getSelection?.() ?? document.getSelection();
    return sel && sel.rangeCount > 0 && el.contains(sel.getRangeAt(0).commonAncestorContainer) ? sel.toString() : '';
  })();
  const want = squash(chosen.selection);
  const have = squash(selected);
  if (!want || !have || !(have === want || have.startsWith(want) || want.startsWith(have))) return no('not-chosen');

  // Visible: a real size, inside the viewport, not hidden by style, and the element itself
  // under the middle of its visible part (not covered, not clipped away).
  const r = el.getBoundingClientRect();
  const left = Math.max(r.left, 0);
  const top = Math.max(r.top, 0);
  const right = Math.min(r.right, innerWidth);
  const bottom = Math.min(r.bottom, innerHeight);
  if (r.width < 8 || r.height < 8 || right - left < 8 || bottom - top < 8) return no('unfit');
  const check = (el as HTMLElement & { checkVisibility?(o: object): boolean }).checkVisibility;
  if (check && !check.call(el, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return no('unfit');
  for (let e: Element | null = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.visibility === 'hidden' || cs.display === 'none' || Number(cs.opacity) < 0.1) return no('unfit');
  }
  let hit: Element | null = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  if (!hit || !(hit === el || el.contains(hit))) return no('unfit');

  // At the end of the box, after everything in it: the user's words stay whole.
  const read = () => (isArea ? (el as HTMLTextAreaElement).value : el.innerText);
  if (isArea) {
    const a = el as HTMLTextAreaElement;
    a.setSelectionRange(a.value.length, a.value.length);
  } else {
    const range = document.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    const sel = document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  // A blank line between their text and the draft (counting the line ends already there).
  const had = read();
  const ends = (/\n*$/.exec(had)?.[0].length ?? 0);
  const payload = (had.trim() ? '\n'.repeat(Math.max(0, 2 - ends)) : '') + text;
  // insertText goes through the page's own input path: undo works, frameworks see it.
  const done = document.execCommand('insertText', false, payload);
  let focusedNow: Element | null = document.activeElement;
  while (focusedNow?.shadowRoot?.activeElement) focusedNow = focusedNow.shadowRoot.activeElement;
  if (!done || focusedNow !== el || !squash(read()).includes(squash(text))) return no('not-taken');

  // Say so beside the field, in a closed shadow root (no draft in it).
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;z-index:2147483647;right:16px;bottom:16px;';
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.style.cssText = 'font:14px/1.4 system-ui,sans-serif;background:#fff;color:#1f2328;border:1px solid #8c959f;border-radius:8px;padding:12px 14px;max-width:420px;box-shadow:0 4px 16px rgba(0,0,0,.2)';
  const p = document.createElement('p');
  p.style.margin = '0 0 8px 0';
  p.textContent = words.inserted;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = words.close;
  close.addEventListener('click', () => host.remove());
  box.append(p, close);
  root.append(box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), 6000);
  return { outcome: 'inserted' };
}
