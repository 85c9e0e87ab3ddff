// npm start: build, then open Chromium with Tactful loaded on the demo inbox (a local
// page served at the real Gmail URL by request interception; --outlook for Outlook,
// --real for the real mail.google.com). Headless machines get a screenshot instead.
import { buildAll } from './build.mjs';
import { launchWithExtension, screenshot, RESULTS } from '../tests/browser/harness';
import { routeWebmail } from '../tests/fixtures/webmail/serve.mjs';
import path from 'node:path';

const args = process.argv.slice(2);
const outlook = args.includes('--outlook');
const real = args.includes('--real');
const headed = !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

await buildAll({ quiet: true });
const app = await launchWithExtension({ headless: !headed, viewport: { width: 1360, height: 860 } });
if (!real) await routeWebmail(app.context, { inbox: 'demo' });
const page = app.context.pages()[0] ?? (await app.context.newPage());
const url = real ? 'https://mail.google.com/' : outlook ? 'https://outlook.office.com/mail/inbox?recent=1' : 'https://mail.google.com/mail/u/0/?recent=1#inbox';
await page.goto(url);
console.log(`Tactful ${app.extId} loaded; opened ${url}${real ? '' : ' (demo inbox, served locally: nothing goes to the network)'}.`);

if (headed) {
  console.log('Close the browser window to stop.');
  await new Promise<void>((resolve) => app.context.on('close', () => resolve()));
} else {
  if (!real) {
    // Open the first invitation so the screenshot shows Tactful at work.
    await page.locator('#fixture-app-ready').waitFor({ state: 'attached', timeout: 15_000 });
    await page.evaluate(() => (window as unknown as { fixture: { open(id: string): void } }).fixture.open('inv-greenhouse'));
    const button = page.getByRole('button', { name: 'Reply tactfully' }).first();
    const shown = await button.waitFor({ timeout: 15_000 }).then(() => true, () => false);
    if (shown) {
      // Open the panel too, so the screenshot shows a draft.
      await button.click();
      await page.getByRole('dialog', { name: 'Tactful' }).getByLabel('Draft').waitFor({ timeout: 10_000 }).catch(() => {});
      await page.waitForTimeout(500);
    } else {
      console.log('Note: the "Reply tactfully" button did not appear within 15 s.');
    }
  } else {
    await page.waitForTimeout(3000);
  }
  const file = await screenshot(page, real ? 'start-real' : outlook ? 'start-outlook' : 'start-gmail');
  console.log(`No display here, so Chromium ran headless. Screenshot: ${path.relative(process.cwd(), file)}`);
  console.log(`(All screenshots go to ${path.relative(process.cwd(), RESULTS)}/.) Run with a display to use the demo interactively.`);
  await app.close();
}
