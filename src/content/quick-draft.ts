// Where the user last right-clicked, so the context menu's panel (src/content/app.ts,
// tab/quick-draft) opens on that message, with the reply they chose and its draft shown, one
// click from Insert. Nothing goes into a message the user has not seen: the menu never inserts.
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
