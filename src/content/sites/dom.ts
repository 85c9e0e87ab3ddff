// Small DOM helpers shared by the webmail adapters, in the content script. Realm-agnostic on
// purpose: nothing here uses `instanceof` or window globals, so the adapters work on any
// Document handed to them (a content script's page, or a jsdom window in tests). Reading a
// body's text is ./text.ts; opening a reply is ./open-reply.ts.

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

/** The page's language, then the user's (navigator.languages): how dates on the page are read. */
export function pageLocales(doc: Document): string[] {
  const own = doc.documentElement?.getAttribute('lang') ?? '';
  const nav = doc.defaultView?.navigator;
  return [own, ...(nav?.languages ?? (nav?.language ? [nav.language] : []))].filter(Boolean);
}
