// npm start: build, then open a browser with Tactful on the demo inbox (a local page served
// at the real Gmail URL by request interception; nothing goes to the network).
//   npm start                     Chromium / Chrome / Edge (TACTFUL_CHROMIUM to pick one)
//   npm start -- --firefox        Firefox 142+ with Tactful as a temporary add-on (TACTFUL_FIREFOX)
//   npm start -- --outlook        the Outlook demo instead of Gmail (with --firefox too)
//   npm start -- --real           the real mail.google.com (sign in yourself)
//   npm start -- --headless       screenshot only, even with a display
// Without a display (Linux without DISPLAY/WAYLAND_DISPLAY) the browser runs headless and
// the run ends with a screenshot in test-results/. A missing browser is a setup problem:
// one paragraph on what to do, exit code 1, no stack trace.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildAll } from './build.mjs';
import { firefoxMajor } from './start/browsers';
import { DEMO_URLS, showTactfulAtWork } from './start/demo';

const args = process.argv.slice(2);
const known = new Set(['--firefox', '--outlook', '--real', '--headless', '--help']);
const unknown = args.filter((a) => !known.has(a));
if (args.includes('--help') || unknown.length) {
  if (unknown.length) console.error(`Unknown option ${unknown.join(' ')}.`);
  console.log('Usage: npm start [-- --firefox] [--outlook] [--real] [--headless]');
  process.exit(unknown.length ? 2 : 0);
}
const firefox = args.includes('--firefox');
const outlook = args.includes('--outlook');
const real = args.includes('--real');
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
const headed = hasDisplay && !args.includes('--headless');
const browserName = firefox ? 'Firefox' : 'Chromium';

// The harness is imported after the argument check, so `--help` works without a build.
const { launch, SetupError, firefoxOrExplain, chromiumOrExplain } = await import('../tests/browser/harness');

function setupProblem(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** Firefox older than the manifest's strict_min_version refuses the add-on: say so first. */
function checkFirefoxVersion(exe: string): void {
  const out = spawnSync(exe, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  const major = firefoxMajor(`${out.stdout ?? ''}`);
  if (major !== null && major < 142) {
    setupProblem(
      `${exe} is Firefox ${major}; Tactful needs Firefox 142 or newer. On Debian 12 the security archive carries a newer ESR: ` +
        '`sudo apt-get update && sudo apt-get install firefox-esr` (check with `apt-cache policy firefox-esr`). ' +
        'Or point TACTFUL_FIREFOX at a newer Firefox.',
    );
  }
}

async function main(): Promise<void> {
  let found: { path: string; loadVia?: 'flag' | 'cdp' };
  try {
    found = firefox ? { path: firefoxOrExplain() } : chromiumOrExplain();
  } catch (e) {
    if (e instanceof SetupError) setupProblem(e.message);
    throw e;
  }
  if (firefox) checkFirefoxVersion(found.path);

  await buildAll({ quiet: true });

  let app: Awaited<ReturnType<typeof launch>>;
  try {
    app = await launch({
      browser: firefox ? 'firefox' : 'chromium',
      executablePath: found.path,
      ...(found.loadVia ? { loadVia: found.loadVia } : {}),
      headless: !headed,
      viewport: { width: 1360, height: 860 },
      inbox: 'demo',
      serve: !real,
    });
  } catch (e) {
    if (e instanceof SetupError) setupProblem(e.message);
    // The browser would not start (missing libraries, a sandbox refusal, a profile problem):
    // a setup problem too. Its first line says why.
    const first = (e instanceof Error ? e.message : String(e)).split('\n').find((l) => l.trim()) ?? '';
    setupProblem(`${browserName} at ${found.path} did not start: ${first.trim()}\nSet ${firefox ? 'TACTFUL_FIREFOX' : 'TACTFUL_CHROMIUM'} to another browser, or see the README's troubleshooting section.`);
  }

  const tab = await app.newTab();
  const url = real ? DEMO_URLS.real : outlook ? DEMO_URLS.outlook : DEMO_URLS.gmail;
  await tab.goto(url);
  console.log(`Tactful loaded in ${browserName} (${found.path}); opened ${url}${real ? '' : ' (demo inbox, served locally: nothing goes to the network)'}.`);

  if (headed) {
    console.log('Close the browser window to stop.');
    await app.closed;
    await app.close();
    return;
  }
  if (!real) {
    const note = await showTactfulAtWork(tab);
    if (note) console.log(note);
  } else {
    await tab.waitForTimeout(3000);
  }
  const page = real ? 'real' : outlook ? 'outlook' : 'gmail';
  // test-results/start-gmail.png, start-outlook.png…; Firefox: start-firefox.png, start-firefox-outlook.png…
  const name = firefox ? (page === 'gmail' ? 'start-firefox' : `start-firefox-${page}`) : `start-${page}`;
  const file = await tab.screenshot(name, { exact: true });
  console.log(`No display here, so ${browserName} ran headless. Screenshot: ${path.relative(process.cwd(), file)}`);
  console.log('Run it on a machine with a display to use the demo yourself.');
  await app.close();
}

await main();
