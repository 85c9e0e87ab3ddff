// Injected with scripting.executeScript (activeTab) into a page that is not a webmail,
// after the user chose a Tactful context-menu item on selected text. It must be fully
// self-contained: Chrome serialises the function, so no imports and no outer variables.
export type PlaceOutcome = 'inserted' | 'copied' | 'shown';

export function placeDraftInPage(text: string, words: { inserted: string; copied: string; manual: string }): PlaceOutcome {
  const say = (message: string, draft?: string) => {
    const host = document.createElement('div');
    host.setAttribute('data-tactful-toast', '');
    host.style.cssText = 'position:fixed;z-index:2147483647;right:16px;bottom:16px;';
    const root = host.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.setAttribute('role', 'status');
    box.style.cssText =
      'font:14px/1.4 system-ui,sans-serif;background:#fff;color:#1f2328;border:1px solid #8c959f;border-radius:8px;padding:12px 14px;max-width:420px;box-shadow:0 4px 16px rgba(0,0,0,.2)';
    const p = document.createElement('p');
    p.style.margin = '0 0 8px 0';
    p.textContent = message;
    box.append(p);
    if (draft !== undefined) {
      const area = document.createElement('textarea');
      area.readOnly = true;
      area.value = draft;
      area.setAttribute('aria-label', 'Draft');
      area.style.cssText = 'width:390px;height:160px;font:13px/1.4 system-ui,sans-serif';
      box.append(area);
      setTimeout(() => area.select(), 0);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.addEventListener('click', () => host.remove());
    box.append(close);
    root.append(box);
    document.documentElement.append(host);
    if (draft === undefined) setTimeout(() => host.remove(), 6000);
  };

  const el = document.activeElement as HTMLElement | null;
  const editable =
    !!el &&
    (el.isContentEditable ||
      el instanceof HTMLTextAreaElement ||
      (el instanceof HTMLInputElement && ['text', 'search', ''].includes(el.type)));
  if (editable && el) {
    el.focus();
    const before = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.innerText;
    // insertText goes through the page's own input path: undo works, frameworks see it.
    if (document.execCommand('insertText', false, text)) {
      const after = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.innerText;
      if (after !== before) {
        say(words.inserted);
        return 'inserted';
      }
    }
  }
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
  document.documentElement.append(scratch);
  scratch.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  scratch.remove();
  if (copied) {
    say(words.copied);
    return 'copied';
  }
  say(words.manual, text);
  return 'shown';
}
