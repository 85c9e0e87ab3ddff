// The context menu on a webmail message: the panel opens on the message the user
// right-clicked, with the reply they chose and its draft shown, one click from Insert.
// Nothing goes into a message the user has not seen, so the menu itself never inserts; on a
// message that does not look like an invitation the panel says so first (the Composer).
import type { Reply } from '../shared/messages';
import type { QuickIntent } from '../shared/ids';
import type { Webmail } from './sites/webmail';
import type { Tracked } from './messages-state';
import { openPanel } from './panel';

export async function quickDraft(o: {
  adapter: Webmail;
  doc: Document;
  tracked: Tracked;
  intent: QuickIntent;
}): Promise<Reply<string>> {
  openPanel({ adapter: o.adapter, doc: o.doc, tracked: o.tracked, returnFocusTo: null, intent: o.intent });
  return { ok: true, value: 'shown' };
}

/**
 * Where the user last right-clicked (a trusted contextmenu event in the page), so the menu
 * item that follows acts on that message rather than the last one open. Forgotten after a
 * minute, or when the node leaves the page.
 */
export function rightClicks(doc: Document, maxAgeMs = 60_000): { last(): Node | null; stop(): void } {
  let seen: { node: Node; at: number } | null = null;
  const onContextMenu = (e: Event) => {
    if (!e.isTrusted) return;
    const node = e.composedPath()[0] ?? e.target;
    seen = node instanceof Node ? { node, at: Date.now() } : null;
  };
  doc.addEventListener('contextmenu', onContextMenu, true);
  return {
    last: () => (seen && seen.node.isConnected && Date.now() - seen.at < maxAgeMs ? seen.node : null),
    stop: () => doc.removeEventListener('contextmenu', onContextMenu, true),
  };
}
