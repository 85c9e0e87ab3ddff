// The keyboard command (default Alt+Shift+Y) opens the panel for the open message; on a
// tab without our content script it opens the popup's manual mode instead.
import browser from './ext';

export async function onCommand(command: string): Promise<void> {
  if (command !== 'open-panel') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) {
    try {
      await browser.tabs.sendMessage(tab.id, { type: 'tab/open-panel' }, { frameId: 0 });
      return;
    } catch {
      // not a webmail tab
    }
  }
  await (browser.action as unknown as { openPopup?: () => Promise<void> }).openPopup?.().catch(() => {});
}
