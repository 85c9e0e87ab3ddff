// A draft the context menu did not put into a page, shown whole in Tactful's own window
// (the popup page, ?pending=1) with Copy: the clipboard is written there, from the
// extension's own page, where the web page cannot read the draft or swap what is copied.
// The draft waits in storage.session (memory only) until that page has read it.
import browser from './ext';

const POPUP = 'src/popup/index.html?pending=1';

export async function showDraftToCopy(text: string, why: string): Promise<void> {
  await browser.storage.session.set({ pendingDraft: { text, why } });
  const url = browser.runtime.getURL(POPUP);
  try {
    // A small window of its own, beside the page the user was on.
    await browser.windows.create({ url, type: 'popup', width: 460, height: 640 });
  } catch {
    await browser.tabs.create({ url });
  }
}
