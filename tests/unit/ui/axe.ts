import axe from 'axe-core';

/** axe's violations under `root`, one line each (contrast and landmarks are a page's concern, not a component's). */
export async function violations(root: HTMLElement): Promise<string[]> {
  const r = await axe.run(root, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
