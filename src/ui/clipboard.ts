// Copy plain text: the async Clipboard API first, then the old hidden-textarea +
// execCommand('copy') path (content scripts on some pages, older Firefox, no focus).
// Resolves true when one of them worked; never throws.

import { t } from '../shared/i18n';

export async function copyText(text: string, near?: Node | null): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall back below
  }
  return copyWithTextarea(text, near);
}

function copyWithTextarea(text: string, near?: Node | null): boolean {
  const doc = near?.ownerDocument ?? (typeof document !== 'undefined' ? document : null);
  if (!doc) return false;
  // Inside a shadow root, stay inside it so the page never sees the draft.
  const root = near?.getRootNode?.();
  const host: Node | null = root && root !== doc && 'appendChild' in root ? root : doc.body;
  if (!host) return false;
  const active = ((root as unknown as DocumentOrShadowRoot | undefined)?.activeElement ?? doc.activeElement) as HTMLElement | null;
  const ta = doc.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.setAttribute('aria-hidden', 'true');
  ta.tabIndex = -1;
  ta.style.position = 'fixed';
  ta.style.top = '0px';
  ta.style.left = '-9999px';
  ta.style.opacity = '0';
  host.appendChild(ta);
  let ok = false;
  try {
    ta.select();
    ok = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    ta.remove();
    active?.focus?.();
  }
  return ok;
}

/** "Ctrl+V", or "⌘V" on a Mac. */
export function pasteShortcut(): string {
  const p = typeof navigator !== 'undefined' ? navigator.platform || navigator.userAgent : '';
  return t(/Mac|iPhone|iPad/i.test(p) ? 'composerPasteShortcutMac' : 'composerPasteShortcut');
}
