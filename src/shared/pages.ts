// Extension pages other parts name by path (no imports: scripts/manifests.ts reads it too).

/** The in-page panel's page (src/frame/): the one web-accessible file (manifest, vite input, content script). */
export const PANEL_PAGE = 'src/frame/index.html';
