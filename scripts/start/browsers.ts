// Where a browser lives on Linux, macOS and Windows, for npm start and the browser tests.
// Pure over its inputs (environment, platform, a file-exists check, PATH lookup) so the
// unit tests can play any machine.
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ChromiumKind = 'chromium' | 'chrome-for-testing' | 'chrome' | 'edge';
export type LoadVia = 'flag' | 'cdp';

export interface Machine {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists(file: string): boolean;
  /** Entries of a directory ([] when it is missing). */
  list(dir: string): string[];
  cwd: string;
  /** Debian/Ubuntu/Fedora… from /etc/os-release (ID and ID_LIKE), lower case; '' elsewhere. */
  distro: string;
}

export interface FoundChromium {
  path: string;
  kind: ChromiumKind;
  /**
   * How to load the unpacked extension. Chromium and Chrome for Testing still honour
   * --load-extension; branded Google Chrome (137+) and Edge ignore it, so there the
   * DevTools protocol's Extensions.loadUnpacked (with --enable-unsafe-extension-debugging,
   * over the pipe Playwright uses) loads it instead.
   */
  loadVia: LoadVia;
  from: 'TACTFUL_CHROMIUM' | 'known place' | 'PATH';
}

export interface FoundFirefox {
  path: string;
  from: 'TACTFUL_FIREFOX' | 'known place' | 'PATH';
}

export function thisMachine(): Machine {
  let distro = '';
  try {
    const rel = readFileSync('/etc/os-release', 'utf8');
    distro = [...rel.matchAll(/^(ID|ID_LIKE)=("?)([^"\n]*)\2$/gm)].map((m) => m[3]).join(' ').toLowerCase();
  } catch {
    distro = '';
  }
  const list = (dir: string) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  return { env: process.env, platform: process.platform, exists: isExecutable, list, cwd: process.cwd(), distro };
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return existsSync(file);
  } catch {
    return false;
  }
}

export function chromiumKind(file: string): ChromiumKind {
  const p = file.toLowerCase();
  if (p.includes('for testing') || /chrome-(linux64|mac-(x64|arm64)|win(32|64))/.test(p)) return 'chrome-for-testing';
  if (p.includes('edge')) return 'edge';
  if (p.includes('chromium')) return 'chromium';
  if (p.includes('chrome')) return 'chrome';
  return 'chromium';
}

function loadViaFor(kind: ChromiumKind, env: Machine['env']): LoadVia {
  const forced = env.TACTFUL_LOAD_VIA;
  if (forced === 'flag' || forced === 'cdp') return forced;
  return kind === 'chrome' || kind === 'edge' ? 'cdp' : 'flag';
}

/**
 * Chrome for Testing where `npx @puppeteer/browsers install chrome@stable` puts it: under
 * ./chrome/ (the folder it was run in) or puppeteer's cache, one folder per version.
 */
function chromeForTesting(m: Machine): string[] {
  const join = m.platform === 'win32' ? path.win32.join : path.posix.join;
  const home = m.env.HOME ?? m.env.USERPROFILE ?? '';
  const roots = [join(m.cwd, 'chrome'), ...(home ? [join(home, '.cache', 'puppeteer', 'chrome')] : [])];
  const inside =
    m.platform === 'win32'
      ? ['chrome-win64/chrome.exe', 'chrome-win32/chrome.exe']
      : m.platform === 'darwin'
        ? ['chrome-mac-arm64', 'chrome-mac-x64'].map((d) => `${d}/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`)
        : ['chrome-linux64/chrome'];
  return roots.flatMap((root) => m.list(root).sort().reverse().flatMap((version) => inside.map((rel) => join(root, version, rel))));
}

/** The places checked, in order, for this platform. */
export function chromiumCandidates(m: Machine): string[] {
  return [...installedChromiums(m), ...chromeForTesting(m)];
}

function installedChromiums(m: Machine): string[] {
  const env = m.env;
  if (m.platform === 'darwin') {
    const apps = ['/Applications', path.posix.join(env.HOME ?? '~', 'Applications')];
    const bundles = [
      ['Chromium.app', 'Chromium'],
      ['Google Chrome for Testing.app', 'Google Chrome for Testing'],
      ['Google Chrome.app', 'Google Chrome'],
      ['Microsoft Edge.app', 'Microsoft Edge'],
    ];
    return apps.flatMap((dir) => bundles.map(([app, bin]) => `${dir}/${app}/Contents/MacOS/${bin}`));
  }
  if (m.platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((r): r is string => !!r);
    const rel = ['Chromium\\Application\\chrome.exe', 'Google\\Chrome for Testing\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return rel.flatMap((r) => roots.map((root) => path.win32.join(root, r)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/microsoft/msedge/msedge',
  ];
}

const CHROMIUM_ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'msedge'];
const FIREFOX_ON_PATH = ['firefox-esr', 'firefox'];

function onPath(names: string[], m: Machine): string | null {
  const dirs = (m.env.PATH ?? m.env.Path ?? '').split(m.platform === 'win32' ? ';' : ':').filter(Boolean);
  const exts = m.platform === 'win32' ? ['.exe', ''] : [''];
  const join = m.platform === 'win32' ? path.win32.join : path.posix.join;
  for (const name of names) for (const dir of dirs) for (const ext of exts) if (m.exists(join(dir, name + ext))) return join(dir, name + ext);
  return null;
}

export type Search<T> = { found: T; looked: string[] } | { found: null; looked: string[] };

export function findChromium(m: Machine): Search<FoundChromium> {
  const looked: string[] = [];
  const make = (p: string, from: FoundChromium['from']): FoundChromium => {
    const kind = chromiumKind(p);
    return { path: p, kind, loadVia: loadViaFor(kind, m.env), from };
  };
  const forced = m.env.TACTFUL_CHROMIUM;
  if (forced) {
    looked.push(`TACTFUL_CHROMIUM=${forced}`);
    // An explicit choice that does not exist is an error, not a reason to pick another browser.
    return m.exists(forced) ? { found: make(forced, 'TACTFUL_CHROMIUM'), looked } : { found: null, looked };
  }
  for (const c of chromiumCandidates(m)) {
    looked.push(c);
    if (m.exists(c)) return { found: make(c, 'known place'), looked };
  }
  looked.push(`${CHROMIUM_ON_PATH.join(', ')} on PATH`);
  const p = onPath(CHROMIUM_ON_PATH, m);
  return p ? { found: make(p, 'PATH'), looked } : { found: null, looked };
}

export function firefoxCandidates(m: Machine): string[] {
  const env = m.env;
  if (m.platform === 'darwin') {
    return ['Firefox.app', 'Firefox Developer Edition.app', 'Firefox Nightly.app'].map((app) => `/Applications/${app}/Contents/MacOS/firefox`);
  }
  if (m.platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.map((root) => path.win32.join(root, 'Mozilla Firefox\\firefox.exe'));
  }
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox', '/opt/firefox/firefox'];
}

export function findFirefox(m: Machine): Search<FoundFirefox> {
  const looked: string[] = [];
  const forced = m.env.TACTFUL_FIREFOX;
  if (forced) {
    looked.push(`TACTFUL_FIREFOX=${forced}`);
    return m.exists(forced) ? { found: { path: forced, from: 'TACTFUL_FIREFOX' }, looked } : { found: null, looked };
  }
  for (const c of firefoxCandidates(m)) {
    looked.push(c);
    if (m.exists(c)) return { found: { path: c, from: 'known place' }, looked };
  }
  looked.push(`${FIREFOX_ON_PATH.join(', ')} on PATH`);
  const p = onPath(FIREFOX_ON_PATH, m);
  return p ? { found: { path: p, from: 'PATH' }, looked } : { found: null, looked };
}

const isDebianLike = (m: Machine) => /\b(debian|ubuntu)\b/.test(m.distro);

/** One short paragraph: what was looked for, how to get a browser here, how to point at one. */
export function noChromiumMessage(m: Machine, looked: string[]): string {
  const forced = m.env.TACTFUL_CHROMIUM;
  const install =
    m.platform === 'darwin'
      ? 'Install Chromium or Google Chrome (https://www.google.com/chrome/), or Chrome for Testing with `npx @puppeteer/browsers install chrome@stable`.'
      : m.platform === 'win32'
        ? 'Install Google Chrome (https://www.google.com/chrome/) or use Microsoft Edge, or get Chrome for Testing with `npx @puppeteer/browsers install chrome@stable`.'
        : isDebianLike(m)
          ? 'Install it with `sudo apt-get install chromium`.'
          : /\bfedora\b|\brhel\b/.test(m.distro)
            ? 'Install it with `sudo dnf install chromium`.'
            : /\barch\b/.test(m.distro)
              ? 'Install it with `sudo pacman -S chromium`.'
              : 'Install Chromium from your distribution, or Chrome for Testing with `npx @puppeteer/browsers install chrome@stable`.';
  const head = forced
    ? `Tactful could not start a browser: TACTFUL_CHROMIUM is set to ${forced}, which is not an executable file.`
    : `Tactful needs Chromium, Google Chrome or Microsoft Edge to open the demo, and found none (looked in ${shortList(looked)}).`;
  return `${head} ${install} To use a browser installed elsewhere, run \`TACTFUL_CHROMIUM=/path/to/chrome npm start\`${m.platform === 'win32' ? ' (PowerShell: `$env:TACTFUL_CHROMIUM="C:\\path\\to\\chrome.exe"; npm start`)' : ''}. Or try Firefox: \`npm start -- --firefox\`.`;
}

export function noFirefoxMessage(m: Machine, looked: string[]): string {
  const forced = m.env.TACTFUL_FIREFOX;
  const install =
    m.platform === 'darwin' || m.platform === 'win32'
      ? 'Install Firefox 142 or newer from https://www.mozilla.org/firefox/.'
      : isDebianLike(m)
        ? 'Install it with `sudo apt-get install firefox-esr` (Debian 12: from bookworm-security, which carries a recent enough ESR).'
        : 'Install Firefox 142 or newer from your distribution or https://www.mozilla.org/firefox/.';
  const head = forced
    ? `Tactful could not start Firefox: TACTFUL_FIREFOX is set to ${forced}, which is not an executable file.`
    : `Tactful needs Firefox 142 or newer for --firefox, and found none (looked in ${shortList(looked)}).`;
  return `${head} ${install} To use a Firefox installed elsewhere, run \`TACTFUL_FIREFOX=/path/to/firefox npm start -- --firefox\`.`;
}

/** "the usual places such as A and B, and for x, y and z on PATH" */
function shortList(looked: string[]): string {
  const onPath = looked.find((l) => l.endsWith(' on PATH'));
  const places = looked.filter((l) => l !== onPath);
  const names = onPath ? onPath.replace(/ on PATH$/, '').split(', ') : [];
  const examples = [places[0], places.find((p, i) => i > 0 && /google-chrome|Google Chrome\.app|Google\\Chrome\\/.test(p))].filter((p): p is string => !!p);
  const pathPart = names.length ? `, and for ${names.slice(0, -1).join(', ')} and ${names.at(-1)} on PATH` : '';
  return `${places.length} usual places such as ${examples.join(' and ')}${pathPart}`;
}

/** "Mozilla Firefox 153.8.0esr" → 153; null when the output says nothing usable. */
export function firefoxMajor(versionOutput: string): number | null {
  const m = /Firefox\s+(\d+)\./.exec(versionOutput);
  return m ? Number(m[1]) : null;
}
