// The module-graph walk behind the budgets: every way a built page or chunk pulls in
// another file is followed, so a budget cannot be dodged by splitting a chunk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { distSizes, gzipBytes, referencesIn, transitiveFiles } from '../../../scripts/bench/sizes';

const dir = mkdtempSync(path.join(tmpdir(), 'tactful-sizes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
}

describe('referencesIn', () => {
  test('HTML: module scripts, modulepreload and stylesheets; not icons or external URLs', () => {
    const html = `<script type="module" crossorigin src="/assets/a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/b.js"><link rel="stylesheet" href="../c.css">
      <link rel="icon" href="/i.png"><script src="https://cdn.example/x.js"></script>`;
    expect(referencesIn('p/index.html', html).map((r) => r.spec)).toEqual(['/assets/a.js', '/assets/b.js', '../c.css']);
  });
  test('minified JS: static, re-export, side-effect, dynamic imports and Vite preload lists', () => {
    const js = `import{a as e,b as t}from"./x.js";import"./y.js";export*from"./z.js";export{q as r}from'./w.js';` +
      `const m=()=>import("./lazy.js");const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/p.js","assets/q.css"])))=>i.map(i=>d[i]);`;
    const refs = referencesIn('assets/k.js', js);
    expect(refs.filter((r) => !r.fromRoot).map((r) => r.spec).sort()).toEqual(['./lazy.js', './w.js', './x.js', './y.js', './z.js']);
    expect(refs.filter((r) => r.fromRoot).map((r) => r.spec)).toEqual(['assets/p.js', 'assets/q.css']);
  });
});

describe('transitiveFiles / distSizes', () => {
  test('follows chains and cycles once, counts every file, fails on a missing chunk', () => {
    put('manifest.json', JSON.stringify({
      content_scripts: [{ js: ['src/content/index.js'] }],
      action: { default_popup: 'src/popup/index.html' },
      background: { service_worker: 'sw.js' },
      options_ui: { page: 'src/options/index.html' },
    }));
    put('src/content/index.js', '(()=>{console.log(1)})();');
    put('src/popup/index.html', '<script type="module" src="/assets/popup.js"></script>');
    put('assets/popup.js', 'import{a}from"./shared.js";import("./lazy.js");');
    put('assets/shared.js', 'import"./popup.js";export const a=1;');
    put('assets/lazy.js', 'export default 2;');
    put('sw.js', "import './assets/bg.js';");
    put('assets/bg.js', 'import{a}from"./shared.js";');
    put('src/options/index.html', '<link rel="stylesheet" href="/assets/o.css"><script type="module" src="/assets/shared.js"></script>');
    put('assets/o.css', '@import url("./base.css"); body{}');
    put('assets/base.css', 'html{}');
    const d = distSizes(dir);
    expect(d.popup.files.map((f) => f.file)).toEqual(['assets/lazy.js', 'assets/popup.js', 'assets/shared.js', 'src/popup/index.html']);
    expect(d.background.files.map((f) => f.file)).toEqual(['assets/bg.js', 'assets/popup.js', 'assets/shared.js', 'assets/lazy.js', 'sw.js'].sort());
    expect(d.options.files.map((f) => f.file)).toContain('assets/base.css');
    expect(d.content.gzip).toBe(gzipBytes('(()=>{console.log(1)})();'));
    expect(d.popup.raw).toBe(d.popup.files.reduce((s, f) => s + f.raw, 0));
    put('assets/broken.js', 'import"./gone.js";');
    expect(() => transitiveFiles(dir, ['assets/broken.js'])).toThrow(/gone\.js/);
  });
  test('one size per content script (one per webmail), each counting every chunk it loads; `content` is the heaviest', () => {
    const d2 = path.join(dir, 'two');
    const put2 = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(d2, rel)), { recursive: true });
      writeFileSync(path.join(d2, rel), text);
    };
    put2('manifest.json', JSON.stringify({
      content_scripts: [{ js: ['src/content/gmail.js'], matches: ['https://mail.google.com/*'] }, { js: ['src/content/outlook.js'], css: ['o.css'], matches: ['https://outlook.office.com/*'] }],
      action: { default_popup: 'p.html' },
      background: { service_worker: 'sw.js' },
      options_ui: { page: 'p.html' },
    }));
    put2('src/content/gmail.js', 'import"../../assets/shared.js";');
    put2('src/content/outlook.js', 'import("../../assets/lazy.js");');
    put2('assets/shared.js', 'export const a=1;'.repeat(50));
    put2('assets/lazy.js', 'import"./shared.js";export default 2;');
    put2('o.css', 'body{}');
    put2('p.html', '');
    put2('sw.js', '');
    const d = distSizes(d2);
    expect(d.contentScripts.map((c) => c.files.map((f) => f.file))).toEqual([
      ['assets/shared.js', 'src/content/gmail.js'],
      ['assets/lazy.js', 'assets/shared.js', 'o.css', 'src/content/outlook.js'],
    ]);
    expect(d.content).toBe(d.contentScripts.reduce((a, b) => (b.gzip > a.gzip ? b : a)));
    expect(d.content.files.map((f) => f.file)).toContain('src/content/outlook.js');
  });

  test('a missing build says what to do', () => {
    expect(() => distSizes(path.join(dir, 'nope'))).toThrow(/npm run build/);
  });
});
