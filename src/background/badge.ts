// The toolbar badge marks a tab whose open message is an interview invitation.
import browser from './ext';

export function setBadge(tabId: number, invitation: boolean): void {
  const title = invitation ? browser.i18n.getMessage('badgeInvitation') : browser.i18n.getMessage('actionTitle');
  // The tab may be gone by the time we answer; that is not an error worth surfacing.
  void browser.action.setBadgeText({ tabId, text: invitation ? '1' : '' }).catch(() => {});
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#0d7f78' }).catch(() => {});
  void browser.action.setTitle({ tabId, title }).catch(() => {});
}
