export { Composer, type ComposerProps } from './Composer';
export { Panel, type PanelProps } from './Panel';
export { verdictText } from './model';
