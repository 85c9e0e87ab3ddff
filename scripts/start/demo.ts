// What npm start shows: the demo inbox (a local page at the real Gmail or Outlook URL), and
// on a headless machine the first invitation opened with Tactful's panel drafting a reply,
// so the screenshot shows the extension at work.
import { replyButtons, type Tab } from '../../tests/browser/harness';

export const DEMO_URLS = {
  gmail: 'https://mail.google.com/mail/u/0/?recent=1#inbox',
  outlook: 'https://outlook.office.com/mail/inbox?recent=1',
  real: 'https://mail.google.com/',
};

/** Opens an invitation and the panel; returns a note when the button did not show up. */
export async function showTactfulAtWork(tab: Tab): Promise<string | null> {
  await tab.locator('#fixture-app-ready').waitFor({ state: 'attached', timeout: 15_000 });
  await tab.evaluate(() => (window as unknown as { fixture: { open(id: string): void } }).fixture.open('inv-greenhouse'));
  const button = replyButtons(tab).first();
  const shown = await button.waitFor({ timeout: 15_000 }).then(
    () => true,
    () => false,
  );
  if (!shown) return 'Note: the "Reply tactfully" button did not appear within 15 s.';
  await button.click();
  const draft = tab.getByRole('dialog', { name: 'Tactful' }).getByLabel('Draft');
  await draft.waitFor({ timeout: 10_000 }).catch(() => {});
  await tab.waitForTimeout(500);
  return null;
}
