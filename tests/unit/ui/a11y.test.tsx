// @vitest-environment jsdom
// axe-core over the rendered composer (in its panel), the popup and the options page.
// Colour contrast needs layout, which jsdom lacks: the palette's ratios are documented in
// src/ui/styles.ts and checked there by hand; everything else axe knows runs here.
import './i18n-setup'; // chrome.i18n over messages.json: English names, as in the extension
import { afterEach, describe, expect, it } from 'vitest';
import { violations } from './axe';
import { Composer, Panel } from '../../../src/ui/composer';
import { Popup } from '../../../src/popup/Popup';
import { Options } from '../../../src/options/Options';
import { defaultSettings } from '../../../src/shared/settings';
import { fakeAreas } from '../shared/settings/fake-area';
import { fakeClient, mount, sampleAnalysis, sampleEmail, waitFor } from './helpers';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});


describe('accessibility (axe)', () => {
  it('composer in its panel', async () => {
    const m = await mount(
      <Panel onClose={() => {}}>
        <Composer client={fakeClient()} email={sampleEmail()} analysis={sampleAnalysis()} settings={defaultSettings()}
          mode="panel" onInsert={async () => ({ ok: true })} debounceMs={0} />
      </Panel>,
    );
    cleanup = m.unmount;
    await waitFor(() => (m.root.querySelector<HTMLTextAreaElement>('textarea.tf-draft')?.value ?? '') !== '', 'draft');
    expect(await violations(m.root)).toEqual([]);
  });

  it('composer on Accept with three offered times, the name prompt and the Options link (issue 16)', async () => {
    const analysis = sampleAnalysis({ fields: { ...sampleAnalysis().fields, proposedTimes: ['2026-03-10T14:00', '2026-03-11T10:00', '2026-03-12T16:00'] } });
    const m = await mount(
      <Panel onClose={() => {}}>
        <Composer client={fakeClient()} email={sampleEmail()} analysis={analysis} settings={defaultSettings()} initialIntent="accept"
          mode="panel" onInsert={async () => ({ ok: true })} debounceMs={0} ownZone="Europe/London"
          saveName={async () => ({ ok: true })} onOpenOptions={() => {}} />
      </Panel>,
    );
    cleanup = m.unmount;
    await waitFor(() => (m.root.querySelector<HTMLTextAreaElement>('textarea.tf-draft')?.value ?? '') !== '', 'draft');
    expect(m.root.querySelectorAll('input[type=radio]')).toHaveLength(3);
    expect(await violations(m.root)).toEqual([]);
  });

  it('popup in manual mode', async () => {
    const m = await mount(<Popup deps={{
      client: fakeClient(), loadSettings: async () => ({ settings: defaultSettings(), problems: [] }),
      activeTabId: async () => undefined, sendToTab: async () => undefined, openOptions: () => {}, debounceMs: 0,
    }} />);
    cleanup = m.unmount;
    await waitFor(() => !!m.root.querySelector('textarea.tf-draft'), 'manual mode');
    expect(await violations(m.root)).toEqual([]);
  });

  it('options page with the problems banner and a template variant', async () => {
    const m = await mount(<Options deps={{ client: fakeClient(), areas: fakeAreas({ sync: { settings: { version: 2, templates: { 'decline/warm': ['Hi {contact_name}'] } , candidateName: 5 } } }), debounceMs: 0 }} />);
    cleanup = m.unmount;
    await waitFor(() => !!m.root.querySelector('.tf-banner') && !!m.root.querySelector('.tf-variant'), 'loaded');
    expect(await violations(m.root)).toEqual([]);
  });
});
