// What every extension page (popup, options) does before rendering: a localised title
// (index.html's <title> is the English stand-in) and our one stylesheet.
import { STYLES } from './styles';
import { t } from '../shared/i18n';

export function prepareExtensionPage(titleKey: string): void {
  document.title = t(titleKey);
  const style = document.createElement('style');
  style.textContent = STYLES;
  document.head.appendChild(style);
}
