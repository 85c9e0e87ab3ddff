// Where npm start and the browser tests look for a browser, on machines we can only play:
// Linux with and without Chromium, macOS, Windows, a TACTFUL_CHROMIUM that points nowhere.
import { describe, expect, test } from 'vitest';
import { chromiumKind, findChromium, findFirefox, firefoxMajor, noChromiumMessage, noFirefoxMessage, type Machine } from '../../../../scripts/start/browsers';

function machine(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}, distro = '', dirs: Record<string, string[]> = {}): Machine {
  const set = new Set(files);
  return { platform, env: { PATH: '/usr/local/bin:/usr/bin', HOME: '/home/sam', ...env }, exists: (f) => set.has(f), list: (d) => dirs[d] ?? [], cwd: '/work/tactful', distro };
}

describe('findChromium', () => {
  test('Debian: /usr/bin/chromium, loaded with --load-extension', () => {
    const r = findChromium(machine('linux', ['/usr/bin/chromium', '/usr/bin/google-chrome'], {}, 'debian'));
    expect(r.found).toEqual({ path: '/usr/bin/chromium', kind: 'chromium', loadVia: 'flag', from: 'known place' });
  });

  test('only Google Chrome: found, and loaded through Extensions.loadUnpacked (Chrome 137+ ignores --load-extension)', () => {
    const r = findChromium(machine('linux', ['/usr/bin/google-chrome']));
    expect(r.found).toMatchObject({ path: '/usr/bin/google-chrome', kind: 'chrome', loadVia: 'cdp' });
  });

  test('macOS: the app bundles, Chromium before Chrome; Edge through the DevTools protocol', () => {
    const mac = (files: string[]) => findChromium(machine('darwin', files)).found;
    expect(mac(['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'])).toMatchObject({ kind: 'chromium', loadVia: 'flag' });
    expect(mac(['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'])).toMatchObject({ kind: 'edge', loadVia: 'cdp' });
    expect(mac(['/home/sam/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'])).toMatchObject({ kind: 'chrome-for-testing', loadVia: 'flag' });
  });

  test('Windows: Program Files and LocalAppData', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local', PATH: 'C:\\Windows' };
    const edge = findChromium(machine('win32', ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'], env)).found;
    expect(edge).toMatchObject({ kind: 'edge', loadVia: 'cdp' });
    const chrome = findChromium(machine('win32', ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], env)).found;
    expect(chrome).toMatchObject({ path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', kind: 'chrome' });
  });

  test('Chrome for Testing from `npx @puppeteer/browsers install chrome@stable`, newest version first', () => {
    const dirs = { '/work/tactful/chrome': ['linux-150.0.1.0', 'linux-156.0.2.0'] };
    const files = ['/work/tactful/chrome/linux-150.0.1.0/chrome-linux64/chrome', '/work/tactful/chrome/linux-156.0.2.0/chrome-linux64/chrome'];
    const r = findChromium(machine('linux', files, {}, '', dirs));
    expect(r.found).toMatchObject({ path: '/work/tactful/chrome/linux-156.0.2.0/chrome-linux64/chrome', kind: 'chrome-for-testing', loadVia: 'flag' });
  });

  test('on PATH when nowhere usual', () => {
    const r = findChromium(machine('linux', ['/usr/local/bin/chromium-browser']));
    expect(r.found).toMatchObject({ path: '/usr/local/bin/chromium-browser', from: 'PATH' });
  });

  test('TACTFUL_CHROMIUM wins, and when it points nowhere nothing else is picked', () => {
    expect(findChromium(machine('linux', ['/usr/bin/chromium', '/opt/my/chrome'], { TACTFUL_CHROMIUM: '/opt/my/chrome' })).found).toMatchObject({ path: '/opt/my/chrome', from: 'TACTFUL_CHROMIUM' });
    expect(findChromium(machine('linux', ['/usr/bin/chromium'], { TACTFUL_CHROMIUM: '/nope' })).found).toBeNull();
  });

  test('TACTFUL_LOAD_VIA overrides the loading method', () => {
    expect(findChromium(machine('linux', ['/usr/bin/chromium'], { TACTFUL_LOAD_VIA: 'cdp' })).found?.loadVia).toBe('cdp');
  });

  test('kinds from paths', () => {
    expect(chromiumKind('/snap/bin/chromium')).toBe('chromium');
    expect(chromiumKind('C:\\Users\\sam\\chrome\\win64-156.0\\chrome-win64\\chrome.exe')).toBe('chrome-for-testing');
    expect(chromiumKind('/opt/microsoft/msedge/msedge')).toBe('edge');
  });
});

describe('the no-browser paragraph', () => {
  test('Debian/Ubuntu: apt-get, TACTFUL_CHROMIUM, and the places looked in; one paragraph', () => {
    const m = machine('linux', [], {}, 'ubuntu debian');
    const r = findChromium(m);
    expect(r.found).toBeNull();
    const msg = noChromiumMessage(m, r.looked);
    expect(msg).toContain('sudo apt-get install chromium');
    expect(msg).toContain('TACTFUL_CHROMIUM=');
    expect(msg).toContain('/usr/bin/chromium');
    expect(msg).toContain('on PATH');
    expect(msg).not.toContain('\n');
    expect(msg.length).toBeLessThan(600);
  });

  test('macOS and Windows get the download, Fedora dnf', () => {
    expect(noChromiumMessage(machine('darwin', []), [])).toContain('https://www.google.com/chrome/');
    expect(noChromiumMessage(machine('win32', []), [])).toContain('$env:TACTFUL_CHROMIUM');
    expect(noChromiumMessage(machine('linux', [], {}, 'fedora'), [])).toContain('sudo dnf install chromium');
  });

  test('a TACTFUL_CHROMIUM that points nowhere is named', () => {
    const m = machine('linux', [], { TACTFUL_CHROMIUM: '/opt/none' }, 'debian');
    expect(noChromiumMessage(m, findChromium(m).looked)).toContain('TACTFUL_CHROMIUM is set to /opt/none');
  });
});

describe('Firefox', () => {
  test('firefox-esr first on Debian, TACTFUL_FIREFOX wins, macOS app bundle', () => {
    expect(findFirefox(machine('linux', ['/usr/bin/firefox', '/usr/bin/firefox-esr'])).found?.path).toBe('/usr/bin/firefox-esr');
    expect(findFirefox(machine('linux', ['/usr/bin/firefox-esr', '/opt/ff/firefox'], { TACTFUL_FIREFOX: '/opt/ff/firefox' })).found?.path).toBe('/opt/ff/firefox');
    expect(findFirefox(machine('darwin', ['/Applications/Firefox.app/Contents/MacOS/firefox'])).found?.path).toBe('/Applications/Firefox.app/Contents/MacOS/firefox');
  });

  test('none: the paragraph names the version Tactful needs and the security archive on Debian', () => {
    const m = machine('linux', [], {}, 'debian');
    const msg = noFirefoxMessage(m, findFirefox(m).looked);
    expect(msg).toContain('142');
    expect(msg).toContain('sudo apt-get install firefox-esr');
    expect(msg).toContain('TACTFUL_FIREFOX=');
  });

  test('version from --version output', () => {
    expect(firefoxMajor('Mozilla Firefox 153.8.0esr\n')).toBe(153);
    expect(firefoxMajor('Mozilla Firefox 140.12.0esr')).toBe(140);
    expect(firefoxMajor('')).toBeNull();
  });
});
