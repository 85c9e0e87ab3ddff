// The page's own scripts must not read or drive Tactful (issue 13), in real Chromium and real
// Firefox. A hostile script runs in the webmail page from its first line (before our
// content script): it patches attachShadow to force roots open, records every key, input and
// window message and every piece of text that enters the DOM. It then tries to open the
// panel, to read the draft and the user's own templates (with their phone number and address
// from the signature), to rewrite the draft and to press Insert. It gets nothing and changes
// nothing; only the text the user inserts, when they insert it, enters the page.
// tab.evaluate() is exactly what a page script can do; the locators are the user's eyes and
// mouse (they reach our frame, as the user does).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture, launch, openWebmail, replyButtons, type App, type Tab } from './harness';
import { SITES } from './sites';

const TEMPLATE = 'Hello {contact_name}, CANARY-TEMPLATE-7731 thanks but no.\n\nKind regards,\n{signature}';
const SIGNATURE = 'Sam Lee\n+44 7700 900123\n12 Quince Lane, Bristol';
const SECRETS = ['CANARY-TEMPLATE-7731', '7700 900123', 'Quince Lane'];
const TYPED = ' typed-secret-4412';

interface Spy {
  roots: number;
  keys: string[];
  messages: string[];
  added: string[];
  attrs: string[];
}

/** Installed before any other script of the page: what a hostile page or injected script would do. */
function hostilePage(): void {
  const spy = { roots: 0, keys: [] as string[], messages: [] as string[], added: [] as string[], attrs: [] as string[] };
  (window as unknown as { __spy: typeof spy }).__spy = spy;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    spy.roots++;
    return attach.call(this, { ...init, mode: 'open' });
  };
  for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input']) {
    // The user's own key presses (its own synthetic events below are not the user's).
    window.addEventListener(type, (e) => e.isTrusted && spy.keys.push(`${type}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''}`), true);
  }
  window.addEventListener('message', (e) => spy.messages.push(String(JSON.stringify(e.data)).slice(0, 200)), true);
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) spy.added.push((n.textContent ?? '').slice(0, 5000));
      if (r.type === 'characterData') spy.added.push(r.target.textContent ?? '');
      if (r.type === 'attributes' && r.target instanceof Element) spy.attrs.push(`${r.attributeName}=${r.target.getAttribute(r.attributeName ?? '') ?? ''}`.slice(0, 300));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Everything a page script can read: text, input values, attributes, open shadow roots, frames it can reach, resource URLs. */
const pageCanRead = (tab: Tab) =>
  tab.evaluate(() => {
    const out: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        out.push(el.textContent ?? '');
        for (const a of el.attributes) out.push(a.value);
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) out.push(el.value);
        if (el.shadowRoot) visit(el.shadowRoot);
        if (el instanceof HTMLIFrameElement) {
          out.push(el.src);
          try {
            if (el.contentDocument) visit(el.contentDocument);
          } catch {
            // another origin
          }
        }
      }
    };
    visit(document);
    for (let i = 0; i < window.length; i++) {
      try {
        out.push(window.frames[i]!.document.documentElement.outerHTML);
      } catch {
        out.push('frame:cross-origin');
      }
    }
    for (const e of performance.getEntries()) out.push(e.name);
    const host = document.querySelector('[data-tactful-panel]');
    return {
      text: out.join('\n'),
      panelRoot: host ? String((host as HTMLElement).shadowRoot) : 'no host',
      frames: window.length,
      iframes: document.querySelectorAll('iframe').length,
    };
  });

const spyOf = (tab: Tab) => tab.evaluate(() => (window as unknown as { __spy: Spy }).__spy);

let app: App;
beforeAll(async () => {
  app = await launch({ inbox: 'demo' });
  // The user's own templates and signature (storage.sync's v2 item, which every reader reads).
  await app.ext(
    (api, _bg, s) => api.storage.sync.set({ settings: s }),
    { version: 2, candidateName: 'Sam Lee', signature: SIGNATURE, templates: { 'decline/warm': [TEMPLATE], 'decline/formal': [TEMPLATE], 'decline/brief': [TEMPLATE] } },
  );
});
afterAll(async () => {
  await app?.close();
});

describe.each(SITES)('$name: a hostile page script', (site) => {
  let tab: Tab;
  beforeAll(async () => {
    tab = await app.newTab();
    await tab.addInitScript(hostilePage);
    await openWebmail(tab, site.url);
    await fixture(tab, 'open', 'inv-greenhouse');
    await replyButtons(tab).first().waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await tab?.close();
  });

  test('cannot open the panel: clicks, key presses and events it makes are ignored; the roots stay closed', async () => {
    const tried = await tab.evaluate(() => {
      const host = document.querySelector('[data-tactful-button]') as HTMLElement;
      const inner = host.shadowRoot?.querySelector('button') ?? null; // an open root would give it away
      inner?.click();
      host.focus(); // focus reaches the button (delegatesFocus), activation does not
      host.click();
      for (const target of [host, inner].filter(Boolean) as HTMLElement[]) {
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        target.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
        for (const key of ['Enter', ' ']) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
      const r = host.getBoundingClientRect();
      (document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) as HTMLElement | null)?.click();
      return { root: String(host.shadowRoot), found: !!inner };
    });
    expect(tried).toEqual({ root: 'null', found: false });
    await tab.waitForTimeout(1000);
    // No panel shown (the one made hidden ahead of a click, if any, stays hidden and inert).
    const panels = await tab.evaluate(() => [...document.querySelectorAll('[data-tactful-panel]')].map((h) => ({ shown: h.checkVisibility({ visibilityProperty: true }), inert: (h as HTMLElement).inert })));
    expect(panels.filter((p) => p.shown || !p.inert)).toEqual([]);
    expect(await tab.getByRole('dialog', { name: 'Tactful' }).count()).toBe(0);
    // Our content script's attachShadow is its own world's: the page's patch never ran for it.
    expect((await spyOf(tab)).roots).toBe(0);
  });

  test('reads neither the draft nor the templates, the signature or what the user types; cannot rewrite the draft or press Insert', async () => {
    await replyButtons(tab).first().click(); // the user
    const panel = tab.getByRole('dialog', { name: 'Tactful' });
    const draft = panel.getByLabel('Draft');
    await expect.poll(() => draft.inputValue(), { timeout: 15_000 }).toContain('CANARY-TEMPLATE-7731');
    expect(await draft.inputValue()).toContain('+44 7700 900123'); // the signature, phone and address
    await panel.getByLabel('Your name').fill('Sam Lee'); // fields typed in the panel
    await draft.click();
    await tab.keyboard.press('Control+End');
    await tab.keyboard.type(TYPED);
    await expect.poll(() => draft.inputValue()).toContain(TYPED.trim());
    const shown = await draft.inputValue();

    // Read: nothing of it in the DOM, the frames it can reach, the resource list or the mutations it saw.
    const seen = await pageCanRead(tab);
    expect(seen.panelRoot).toBe('null');
    expect(seen.iframes).toBe(0);
    expect(seen.frames).toBe(0);
    for (const secret of [...SECRETS, TYPED.trim(), shown.split('\n')[0]!]) expect(seen.text, secret).not.toContain(secret);
    expect(seen.text).not.toMatch(/(chrome|moz)-extension:\/\//); // not even where our page is
    const spy = await spyOf(tab);
    const mutated = [...spy.added, ...spy.attrs].join('\n');
    for (const secret of [...SECRETS, TYPED.trim()]) expect(mutated, secret).not.toContain(secret);
    expect(mutated).not.toMatch(/(chrome|moz)-extension:\/\//);
    // The user's typing in the panel never reached the page's key listeners.
    expect(spy.keys).toEqual([]);

    // Drive: rewrite the draft, press Insert, talk to the panel by messages.
    await tab.evaluate(() => {
      const panelHost = document.querySelector('[data-tactful-panel]') as HTMLElement;
      panelHost.focus();
      document.execCommand('insertText', false, 'PWNED-DRAFT');
      for (const key of ['Tab', 'Enter']) panelHost.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      const r = panelHost.getBoundingClientRect();
      for (let y = r.top + 5; y < r.bottom; y += 20) (document.elementFromPoint(r.left + r.width / 2, y) as HTMLElement | null)?.click();
      for (let i = 0; i < window.length; i++) window.frames[i]!.postMessage({ type: 'panel/insert', id: 1, text: 'PWNED-INSERT' }, '*');
      window.postMessage({ type: 'panel/insert', id: 1, text: 'PWNED-INSERT' }, '*');
      const rt = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return typeof rt?.sendMessage; // Chromium gives pages no way to message an extension without externally_connectable
    });
    await tab.waitForTimeout(1500);
    expect(await draft.inputValue()).toBe(shown);
    expect(await tab.locator(site.editor).count()).toBe(0); // no reply was opened, nothing inserted
    expect(await tab.evaluate(() => document.body.innerText)).not.toContain('PWNED');

    // Only when the user presses Insert does the text they saw enter the page.
    await panel.getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => tab.locator(site.editor).first().innerText().catch(() => ''), { timeout: 10_000 }).toContain(TYPED.trim());
    await tab.screenshot(`isolation-${site.name}-inserted`);
    await panel.getByRole('button', { name: 'Close' }).click();
  });
});

describe('the panel page itself', () => {
  test('a page cannot load it from the address every copy of the extension has (Chromium: only the per-session URL works)', async () => {
    const tab = await app.newTab();
    await openWebmail(tab, 'https://mail.google.com/mail/u/0/#inbox');
    const fixed = `${app.origin}/src/frame/index.html`;
    const session = await app.ext((api) => api.runtime.getURL('src/frame/index.html'));
    const load = (u: string) =>
      tab.evaluate(async (url) => {
        try {
          return (await fetch(url)).status;
        } catch {
          return 'refused';
        }
      }, u);
    if (app.browser === 'chromium') {
      // use_dynamic_url: the extension id is public (one per store listing); the session URL is not.
      expect(session).not.toBe(fixed);
      expect(await load(fixed)).toBe('refused');
      expect(await load(session)).toBe(200);
    } else {
      // Firefox 153 ignores use_dynamic_url: its moz-extension host is random per installation
      // instead (fixed here only by the test profile's pref), so there is no shared address.
      expect(session).toBe(fixed);
    }
    // A page of ours that is not web-accessible cannot be loaded at all.
    expect(await load(`${app.origin}/src/popup/index.html`)).toBe('refused');
    await tab.close();
  });
});

describe('the accessible names are the contract’s, as assistive technology gets them', () => {
  test('Reply tactfully, the Tactful dialog in its frame, Insert into reply, Copy, Close, Decline', async () => {
    const tab = await app.newTab();
    await openWebmail(tab, 'https://mail.google.com/mail/u/0/#inbox');
    await fixture(tab, 'open', 'inv-greenhouse');
    await replyButtons(tab).first().click();
    await tab.getByRole('dialog', { name: 'Tactful' }).getByLabel('Draft', { exact: true }).waitFor({ timeout: 15_000 });
    const want = [
      ['button', 'Reply tactfully'],
      ['iframe', 'Tactful'],
      ['dialog', 'Tactful'],
      ['button', 'Insert into reply'],
      ['button', 'Copy'],
      ['button', 'Close'],
      ['button', 'Decline'],
    ];
    const has = async () => {
      const tree = await tab.accessibility();
      return want.filter(([role, name]) => !tree.some((n) => n.role === role && n.name === name)).map((w) => w.join(' '));
    };
    await expect.poll(has, { timeout: 10_000 }).toEqual([]);
    await tab.close();
  });
});
