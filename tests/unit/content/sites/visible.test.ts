// @vitest-environment jsdom
// visibleText without layout (jsdom): the style checks alone. The layout checks (zero size,
// off-screen, clipped) run in real browsers: tests/browser/visible-text.test.ts.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { visibleText } from '../../../../src/content/sites/visible';

function body(html: string): HTMLElement {
  const doc = new JSDOM(`<div id="b">${html}</div>`).window.document;
  return doc.getElementById('b')!;
}

describe('visibleText (styles, no layout)', () => {
  it('skips display:none, visibility:hidden, opacity 0, tiny fonts, transparent or background-coloured text', () => {
    const text = visibleText(body(`<div>Hi Sam,</div>
      <div style="display:none">A</div><div style="visibility:hidden">B</div><div style="opacity:0.01">C</div>
      <div style="font-size:0">Kind regards, Mark Evans</div><div style="color:#fff">Role: Treasury Clerk</div>
      <div style="color:rgba(0,0,0,0)">D</div><div style="background:#123456"><span style="color:#123457">E</span></div>
      <div style="clip-path: inset(50%)">F</div><div hidden>G</div><div>Best regards,</div>`));
    expect(text).toBe('Hi Sam,\nBest regards,');
  });
  it('a child that sets visibility or font size back shows; white text on a dark box shows', () => {
    const text = visibleText(body(`<div style="visibility:hidden"><span style="visibility:visible">shown one</span></div>
      <div style="font-size:0"><span style="font-size:14px">shown two</span></div>
      <div style="background:#202124;color:#ffffff">shown three</div>`));
    expect(text).toBe('shown one\nshown two\nshown three');
  });
  it('keeps table cells apart and lines as innerText gives them', () => {
    expect(visibleText(body('<table><tr><td>Mon 10:00</td><td>Tue 11:00</td></tr><tr><td>Wed</td></tr></table>'))).toBe('Mon 10:00\tTue 11:00\nWed');
  });
});
