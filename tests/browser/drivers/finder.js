// The in-page element finder behind tab.locator / getByRole / getByLabel / getByText, the
// same code in Chromium and Firefox so a test means the same thing in both. Plain JS, read
// as text and evaluated as `(${FINDER})(steps, op)`: no transform, no helper imports
// (tsx's keepNames would otherwise add __name calls the page does not define).
//
// steps: [{css}] | [{role, name?, exact?}] | [{label, exact?}] | [{text, exact?}] |
//        [{nth}] (-1 = last) | [{hasText}]; a text matcher is {s} or {re, flags}.
// op: 'count' | 'first' (the element or null) | 'all' (array) | 'state' ({count, visible}).
// Searches descend into open shadow roots (ours are open), in tree order.
(steps, op) => {
  const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (m, value, exact) => {
    const v = norm(value);
    if (m.re !== undefined) return new RegExp(m.re, m.flags).test(v);
    return exact ? v === norm(m.s) : v.toLowerCase().includes(norm(m.s).toLowerCase());
  };
  // Every element under `scope` (not scope itself), open shadow roots included.
  const descendants = (scope, out) => {
    const visit = (node) => {
      if (node.shadowRoot) for (const c of node.shadowRoot.children) walk(c);
      for (const c of node.children) walk(c);
    };
    const walk = (el) => {
      out.push(el);
      visit(el);
    };
    visit(scope);
    return out;
  };
  const parentOf = (el) => el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
  const hidden = (el) => {
    for (let e = el; e; e = parentOf(e)) if (e.getAttribute('aria-hidden') === 'true' || e.hidden) return true;
    if (typeof el.checkVisibility === 'function') return !el.checkVisibility({ visibilityProperty: true });
    return el.getClientRects().length === 0;
  };
  const byId = (el, id) => el.getRootNode().getElementById?.(id) ?? el.ownerDocument.getElementById(id);
  const labelledBy = (el) => {
    const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    return ids.length ? ids.map((id) => byId(el, id)?.textContent ?? '').join(' ') : null;
  };
  const labelsOf = (el) => {
    const own = el.labels ? [...el.labels] : [];
    return own.length ? own.map((l) => l.textContent).join(' ') : null;
  };
  const tag = (el) => el.localName;
  const implicitRole = (el) => {
    const t = tag(el);
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (t === 'button' || t === 'summary') return 'button';
    if (t === 'a' || t === 'area') return el.hasAttribute('href') ? 'link' : null;
    if (t === 'input') {
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox' || type === 'radio') return type;
      if (type === 'range') return 'slider';
      if (type === 'number') return 'spinbutton';
      if (type === 'search') return el.hasAttribute('list') ? 'combobox' : 'searchbox';
      if (type === 'hidden' || type === 'file' || type === 'color' || type === 'date' || type === 'time' || type === 'datetime-local') return null;
      return el.hasAttribute('list') ? 'combobox' : 'textbox';
    }
    if (t === 'textarea') return 'textbox';
    if (t === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (/^h[1-6]$/.test(t)) return 'heading';
    const simple = { dialog: 'dialog', ul: 'list', ol: 'list', li: 'listitem', nav: 'navigation', main: 'main', table: 'table', tr: 'row', td: 'cell', th: 'columnheader', output: 'status', article: 'article', aside: 'complementary', fieldset: 'group', details: 'group', option: 'option', progress: 'progressbar', img: 'img', hr: 'separator' };
    return simple[t] ?? null;
  };
  const roleOf = (el) => (el.getAttribute('role') ?? '').trim().split(/\s+/)[0] || implicitRole(el);
  const NAME_FROM_CONTENT = new Set(['button', 'link', 'heading', 'tab', 'menuitem', 'option', 'radio', 'checkbox', 'switch', 'cell', 'columnheader', 'row', 'treeitem', 'tooltip', 'listitem']);
  const accName = (el) => {
    const lb = labelledBy(el);
    if (lb !== null) return lb;
    const al = el.getAttribute('aria-label');
    if (al) return al;
    const labels = labelsOf(el);
    if (labels !== null) return labels;
    if (NAME_FROM_CONTENT.has(roleOf(el))) {
      const text = norm(el.innerText ?? el.textContent);
      if (text) return text;
    }
    if (tag(el) === 'img') return el.getAttribute('alt') ?? '';
    return el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '';
  };
  const labelText = (el) => labelsOf(el) ?? labelledBy(el) ?? el.getAttribute('aria-label');

  let set = [document.documentElement];
  let first = true; // the first search step includes the root element itself
  for (const step of steps) {
    if (step.nth !== undefined) {
      const i = step.nth < 0 ? set.length + step.nth : step.nth;
      set = i >= 0 && i < set.length ? [set[i]] : [];
      continue;
    }
    if (step.hasText !== undefined) {
      set = set.filter((el) => matches(step.hasText, el.textContent, false));
      continue;
    }
    const pool = [];
    const seen = new Set();
    for (const scope of set) {
      const all = descendants(scope, first ? [scope] : []);
      for (const el of all) if (!seen.has(el)) (seen.add(el), pool.push(el));
    }
    first = false;
    if (step.css !== undefined) set = pool.filter((el) => el.matches(step.css));
    else if (step.role !== undefined) {
      set = pool.filter((el) => roleOf(el) === step.role && !hidden(el) && (step.name === undefined || matches(step.name, accName(el), step.exact)));
    } else if (step.label !== undefined) {
      set = pool.filter((el) => {
        const l = labelText(el);
        return l !== null && l !== undefined && matches(step.label, l, step.exact);
      });
    } else if (step.text !== undefined) {
      const hit = (el) => !['script', 'style', 'head', 'title', 'noscript'].includes(tag(el)) && matches(step.text, el.textContent, step.exact);
      set = pool.filter((el) => hit(el) && ![...el.children].some(hit));
    }
  }
  if (op === 'count') return set.length;
  if (op === 'first') return set[0] ?? null;
  if (op === 'all') return set;
  const el = set[0];
  const visible = !!el && !hidden(el) && el.getClientRects().length > 0;
  return { count: set.length, visible };
};
