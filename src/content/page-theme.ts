// Which theme the webmail itself shows (Gmail and Outlook have their own dark modes,
// independent of the system's): read from the page's background so our button and panel
// match it. Falls back to the system preference when the page gives no colour.
import { parseColor } from './sites/visible';

export function pageTheme(doc: Document): 'light' | 'dark' | undefined {
  const view = doc.defaultView;
  if (!view) return undefined;
  for (const el of [doc.querySelector('[role="main"]'), doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (rgb) return luminance(rgb) < 0.4 ? 'dark' : 'light';
  }
  return undefined;
}

/** "rgb(17, 20, 24)" / "rgba(…, a)" → [r, g, b], or null when transparent or unreadable. */
export function parseRgb(css: string): [number, number, number] | null {
  const c = parseColor(css);
  return c && c[3] >= 0.5 ? [c[0], c[1], c[2]] : null;
}

/** Relative luminance (WCAG), 0 = black, 1 = white. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
