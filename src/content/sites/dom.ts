// Small DOM helpers shared by the webmail adapters. Realm-agnostic on purpose:
// nothing here uses `instanceof` or window globals, so the adapters work on any
// Document handed to them (a content script's page, or a jsdom window in tests).

/** Element node check that works across realms. */
export function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** querySelectorAll that never throws on a selector the engine rejects. */
export function queryAll(root: ParentNode, selector: string): HTMLElement[] {
  try {
    return Array.from(root.querySelectorAll<HTMLElement>(selector));
  } catch {
    return [];
  }
}

/** The first element matched by the first selector in `selectors` that matches anything (in order). */
export function queryFirst(
  root: ParentNode,
  selectors: readonly string[],
  accept: (el: HTMLElement) => boolean = () => true,
): HTMLElement | null {
  for (const sel of selectors) {
    for (const el of queryAll(root, sel)) if (accept(el)) return el;
  }
  return null;
}

/** All elements of the first selector in `selectors` that yields any accepted element. */
export function queryAllFirst(
  root: ParentNode,
  selectors: readonly string[],
  accept: (el: HTMLElement) => boolean = () => true,
): HTMLElement[] {
  for (const sel of selectors) {
    const found = queryAll(root, sel).filter(accept);
    if (found.length > 0) return found;
  }
  return [];
}

/** closest() over a list of selectors, tried in order. */
export function closestOf(el: Element, selectors: readonly string[]): HTMLElement | null {
  for (const sel of selectors) {
    try {
      const found = el.closest<HTMLElement>(sel);
      if (found) return found;
    } catch {
      /* selector not supported: try the next one */
    }
  }
  return null;
}

/** Does `el` matches any of `selectors`? Never throws. */
export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((sel) => {
    try {
      return el.matches(sel);
    } catch {
      return false;
    }
  });
}

/**
 * Hidden by markup or style (hidden attribute, display:none, visibility:hidden) on the
 * element or an ancestor. Does not need layout, so it also works in jsdom.
 */
export function isHidden(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.hasAttribute('hidden')) return true;
    const style = view?.getComputedStyle(cur);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

export function isDisabled(el: Element): boolean {
  return el.getAttribute('aria-disabled') === 'true' || el.hasAttribute('disabled');
}

/** Collapse runs of spaces (incl. no-break spaces) and trim. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIELDSET|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;

/**
 * Plain text of an element the way innerText would give it, without layout: block
 * elements and <br> become line breaks, hidden parts are skipped. Used where innerText is
 * missing (jsdom) or empty because the element is not rendered.
 */
export function plainText(root: Element, skip: (el: Element) => boolean = () => false, maxChars = Infinity): string {
  // The text is kept as pieces and joined once: appending to one growing string and then
  // asking for its last character flattens it every time, which made a long body quadratic
  // (0.6–1.2 s for 200 KB). `length` counts what the pieces hold.
  const parts: string[] = [];
  let length = 0;
  const lastChar = (): string => {
    for (let i = parts.length - 1; i >= 0; i--) if (parts[i]) return parts[i]!.charAt(parts[i]!.length - 1);
    return '';
  };
  const push = (text: string): void => {
    if (!text) return;
    parts.push(text);
    length += text.length;
  };
  const trimSpaces = (): void => {
    while (parts.length) {
      const last = parts[parts.length - 1]!;
      let end = last.length;
      while (end > 0 && last.charCodeAt(end - 1) === 32) end--;
      length -= last.length - end;
      if (end > 0) {
        parts[parts.length - 1] = last.slice(0, end);
        return;
      }
      parts.pop();
    }
  };
  // A block boundary is a line break unless the text already ends with one (as innerText does:
  // <div>a</div><div><br></div><div>b</div> gives "a\n\nb").
  const boundary = (): void => {
    trimSpaces();
    if (length > 0 && lastChar() !== '\n') push('\n');
  };
  const walk = (node: Node): void => {
    if (length >= maxChars) return; // bounded: a 5 MB body costs no more than its first part
    if (node.nodeType === 3) {
      // Cut first: one text node can hold megabytes, and only the budget's worth is kept.
      const raw = node.nodeValue ?? '';
      const room = maxChars - length + 1_000;
      const text = (raw.length > room ? raw.slice(0, room) : raw).replace(/[ \t\r\n]+/g, ' ');
      const last = lastChar();
      push(last === '' || last === '\n' || last === ' ' ? text.replace(/^ /, '') : text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') return;
    if (el !== root && (skip(el) || el.hasAttribute('hidden') || /display:\s*none/i.test(el.getAttribute('style') ?? ''))) return;
    if (el.tagName === 'BR') {
      trimSpaces();
      push('\n');
      return;
    }
    if (el.tagName === 'IMG') {
      push(el.getAttribute('data-emoji') ?? '');
      return;
    }
    const block = BLOCK.test(el.tagName);
    if (block) boundary();
    for (let child = el.firstChild; child && length < maxChars; child = child.nextSibling) walk(child);
    if (block) boundary();
  };
  walk(root);
  return parts.join('').slice(0, maxChars).replace(/ +\n/g, '\n').trim();
}

/**
 * How much of a message body Tactful reads. The opening of an invitation says all the
 * analysis needs; a 5 MB body (a pasted log, a huge quote) must not cost a scan more
 * than this, and the service worker never gets more than this.
 */
export const MAX_BODY_CHARS = 200_000;

/** Is there more text under `root` than `max` characters? Stops counting as soon as there is. */
export function textExceeds(root: Node, max: number): boolean {
  if (root.nodeType === 3) return (root.nodeValue ?? '').length > max;
  let total = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      total += (node.nodeValue ?? '').length;
      if (total > max) return true;
    }
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return false;
}

/**
 * Click the way a person does: mousedown, mouseup, click (and mouseleave/mouseout), as
 * InboxSDK's simulateClick. Gmail's T-I buttons act on mousedown/mouseup.
 */
export function simulateClick(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView;
  if (!view) {
    el.click();
    return;
  }
  const rect = el.getBoundingClientRect();
  const init: MouseEventInit = {
    bubbles: true,
    cancelable: true,
    view,
    button: 0,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
  };
  for (const type of ['mouseover', 'mousedown', 'mouseup', 'click', 'mouseleave', 'mouseout']) {
    const Ctor = view.MouseEvent;
    el.dispatchEvent(new Ctor(type, { ...init, buttons: type === 'mousedown' ? 1 : 0 }));
  }
}

/**
 * Open a reply the way both webmails need it: use the editor already open, else click the
 * message's own Reply control and wait, bounded, for the editor. `client` names the
 * webmail in the plain-words problems ("Gmail", "Outlook").
 */
export async function openReplyBy(
  client: string,
  doc: Document,
  editor: () => HTMLElement | null,
  control: () => HTMLElement | null,
  timeoutMs: number,
): Promise<HTMLElement | { problem: string }> {
  const open = editor();
  if (open) return open;
  const button = control();
  if (!button) {
    return { problem: `Tactful could not find ${client}'s Reply button for this message. Click Reply yourself, then try again, or copy the draft.` };
  }
  try {
    simulateClick(button);
  } catch {
    return { problem: `${client}'s Reply button did not respond. Click Reply yourself, then try again, or copy the draft.` };
  }
  const found = await waitFor(doc, editor, timeoutMs);
  return found ?? { problem: `${client}'s reply window did not open in time. Click Reply yourself, then try again, or copy the draft.` };
}

/**
 * Resolve with `find()` as soon as it returns an element (checked now, then on each DOM
 * change), or with null after `timeoutMs`.
 */
export function waitFor(doc: Document, find: () => HTMLElement | null, timeoutMs: number): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const first = safe(find);
    if (first) {
      resolve(first);
      return;
    }
    const view = doc.defaultView;
    const Observer = view?.MutationObserver;
    let done = false;
    let observer: MutationObserver | null = null;
    const finish = (value: HTMLElement | null): void => {
      if (done) return;
      done = true;
      observer?.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
      resolve(value);
    };
    const check = (): void => {
      const found = safe(find);
      if (found) finish(found);
    };
    if (Observer) {
      observer = new Observer(check);
      observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
    }
    // A slow poll as a safety net (an observer can miss changes inside shadow roots).
    const poll = setInterval(check, 250);
    const timer = setTimeout(() => finish(null), timeoutMs);
  });
}

function safe(find: () => HTMLElement | null): HTMLElement | null {
  try {
    return find();
  } catch {
    return null;
  }
}

/** Short, stable, non-cryptographic hash (FNV-1a, 32 bit) as hex. */
export function hashKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Our own injected elements carry this attribute; adapters ignore mutations inside them. */
export const OWN_MARK = 'data-tactful';

/** Is this node (or its nearest element) inside one of our own injected elements? */
export function isOwnNode(node: Node | null): boolean {
  const el = node && (isElement(node) ? node : node.parentElement);
  return !!el && !!el.closest(`[${OWN_MARK}]`);
}

/** Does `node` match, or contain, anything in `selector`? Cheap for text nodes. */
export function touches(node: Node, selector: string): boolean {
  if (!isElement(node)) return false;
  try {
    return node.matches(selector) || node.querySelector(selector) !== null;
  } catch {
    return false;
  }
}
