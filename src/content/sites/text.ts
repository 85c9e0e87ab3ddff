// A message body's text without layout, bounded: what the adapters read when innerText is
// missing (jsdom), empty (not rendered) or too costly (a 5 MB body). Content script.

const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIELDSET|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;

/**
 * Plain text of an element the way innerText would give it, without layout: block
 * elements and <br> become line breaks, hidden parts are skipped. Used where innerText is
 * missing (jsdom) or empty because the element is not rendered.
 */
export function plainText(
  root: Element,
  skip: (el: Element) => boolean = () => false,
  maxChars = Infinity,
  skipText: (node: Text) => boolean = () => false,
): string {
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
      if (skipText(node as Text)) return;
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
    // Table cells side by side are apart, as innerText has them (a tab).
    if ((el.tagName === 'TD' || el.tagName === 'TH') && length > 0 && !/\s/.test(lastChar())) push('\t');
  };
  walk(root);
  return parts.join('').slice(0, maxChars).replace(/[ \t]+\n/g, '\n').trim();
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
