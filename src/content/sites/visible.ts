// The text of a message body that the user can see, and nothing else (issue 13): an email
// can hide lines ("Kind regards, Mark Evans", "Role: Treasury Clerk") that innerText would
// still hand to the analysis. Content script.
//
// Skipped: display:none, visibility hidden/collapse, content-visibility hidden, the hidden
// attribute; opacity near 0; text colour transparent or equal to the background behind it;
// a font too small to read; clip / clip-path that clip everything. With layout (a real
// browser): text with no box, text outside the body's own box (off-screen, text-indent
// tricks), and text outside an ancestor that clips its overflow (height:0; overflow:hidden).
// Without layout (jsdom), the style checks alone apply.
import { plainText } from './text';

type Rgba = [number, number, number, number];

/** A computed colour → [r, g, b, alpha], or null when unreadable (also read by ../page-theme.ts). */
export function parseColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return [0, 0, 0, 0];
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Two colours a reader cannot tell apart (RGB distance). */
function same(a: Rgba, b: Rgba): boolean {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) < 28;
}

const CLIP_ALL = /^(?:rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)|inset\(\s*(?:50|100)%\s*\)|circle\(\s*0(?:px|%)?\b.*\))$/;

interface Context {
  view: Window;
  root: Element;
  /** The root's box, when the page has layout (a real browser). */
  rootRect: DOMRect | null;
  styles: Map<Element, CSSStyleDeclaration>;
  inks: Map<Element, boolean>;
  clippers: Map<Element, DOMRect | null>;
}

function style(ctx: Context, el: Element): CSSStyleDeclaration | null {
  let s = ctx.styles.get(el);
  if (!s) {
    try {
      s = ctx.view.getComputedStyle(el);
    } catch {
      return null;
    }
    ctx.styles.set(el, s);
  }
  return s;
}

/** Hidden by its own style (the walk skips its whole subtree). */
function hiddenElement(ctx: Context, el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const s = style(ctx, el);
  if (!s) return false;
  // (visibility, colour and font size are inherited and a child may set them back: checked per text)
  if (s.display === 'none' || s.getPropertyValue('content-visibility') === 'hidden') return true;
  const opacity = parseFloat(s.opacity);
  if (Number.isFinite(opacity) && opacity < 0.05) return true;
  if (CLIP_ALL.test((s.clip || '').trim()) || CLIP_ALL.test((s.getPropertyValue('clip-path') || '').trim())) return true;
  if (ctx.rootRect && el !== ctx.root && clipsOverflow(s)) {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return true; // a clipping box too small to show a letter
  }
  return false;
}

function clipsOverflow(s: CSSStyleDeclaration): boolean {
  return [s.overflow, s.overflowX, s.overflowY].some((o) => o === 'hidden' || o === 'clip' || o === 'scroll' || o === 'auto');
}

/** The background colour behind `el` (the first ancestor that paints one); null when an image may paint it. */
function backgroundBehind(ctx: Context, el: Element): Rgba | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const s = style(ctx, cur);
    if (!s) return null;
    if (s.backgroundImage && s.backgroundImage !== 'none') return null;
    const bg = parseColor(s.backgroundColor || '');
    if (bg && bg[3] >= 0.5) return bg;
  }
  return [255, 255, 255, 1]; // the canvas: white unless the page paints something else
}

/** Does the text directly in `el` show: visible, big enough to read, its colour neither transparent nor the background's? */
function inked(ctx: Context, el: Element): boolean {
  const hit = ctx.inks.get(el);
  if (hit !== undefined) return hit;
  const s = style(ctx, el);
  let ok = true;
  if (s && (s.visibility === 'hidden' || s.visibility === 'collapse')) ok = false;
  const size = s ? parseFloat(s.fontSize) : NaN;
  if (Number.isFinite(size) && size < 3) ok = false;
  if (s && ok) {
    const fg = parseColor(s.color || '');
    const fill = parseColor(s.getPropertyValue('-webkit-text-fill-color') || '');
    const ink = fill && fill[3] > 0 ? fill : fg;
    if (ink && ink[3] < 0.1) ok = false;
    else if (ink) {
      const bg = backgroundBehind(ctx, el);
      if (bg && same(ink, bg)) ok = false;
    }
  }
  ctx.inks.set(el, ok);
  return ok;
}

function clipRect(ctx: Context, el: Element): DOMRect | null {
  if (ctx.clippers.has(el)) return ctx.clippers.get(el)!;
  const s = style(ctx, el);
  const rect = s && clipsOverflow(s) ? el.getBoundingClientRect() : null;
  ctx.clippers.set(el, rect);
  return rect;
}

const meets = (a: DOMRect, b: DOMRect): boolean => a.right > b.left + 1 && a.left < b.right - 1 && a.bottom > b.top + 1 && a.top < b.bottom - 1;

/** With layout: does this text have a box the user can see (inside the body and every clipping ancestor)? */
function textShows(ctx: Context, node: Text): boolean {
  const doc = node.ownerDocument;
  const range = doc.createRange();
  range.selectNodeContents(node);
  const boxes = Array.from(range.getClientRects()).filter((r) => r.width >= 1 && r.height >= 1);
  if (boxes.length === 0) return false;
  const inside = (r: DOMRect): boolean => {
    if (!meets(r, ctx.rootRect!)) return false;
    for (let el = node.parentElement; el && el !== ctx.root; el = el.parentElement) {
      const clip = clipRect(ctx, el);
      if (clip && !meets(r, clip)) return false;
    }
    return true;
  };
  return boxes.some(inside);
}

function hasLayout(root: Element): DOMRect | null {
  try {
    const r = root.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? r : null;
  } catch {
    return null;
  }
}

/**
 * The text of `root` the user can see, as lines (block elements and <br> become breaks, as
 * innerText gives them). `alsoSkip` adds the webmail's own hidden parts (Gmail's trimmed quote).
 */
export function visibleText(root: HTMLElement, alsoSkip: (el: Element) => boolean = () => false, maxChars = Infinity): string {
  const view = root.ownerDocument.defaultView;
  if (!view) return plainText(root, alsoSkip, maxChars);
  const ctx: Context = { view, root, rootRect: hasLayout(root), styles: new Map(), inks: new Map(), clippers: new Map() };
  const skipText = (node: Text): boolean => {
    if (!(node.nodeValue ?? '').trim()) return false;
    const parent = node.parentElement;
    if (parent && !inked(ctx, parent)) return true;
    return !!ctx.rootRect && !textShows(ctx, node);
  };
  return plainText(root, (el) => alsoSkip(el) || hiddenElement(ctx, el), maxChars, skipText);
}
