export { Composer, type ComposerProps, type InsertResult } from './Composer';
export { Panel, type PanelProps } from './Panel';
export { verdictText } from './model';
