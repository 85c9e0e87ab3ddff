// src/ui/: the Preact UI shared by the in-page panel (content script) and the extension
// pages (popup, options). It imports no entry point: whatever needs the browser comes in
// as props. This is the composer's entry.
export { Composer, type ComposerProps } from './Composer';
export { Panel, type PanelProps } from './Panel';
export { verdictText } from './model';
