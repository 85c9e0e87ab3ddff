// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { luminance, pageTheme, parseRgb } from '../../../src/content/page-theme';

describe('page theme', () => {
  test('parses rgb and rgba, ignores transparent', () => {
    expect(parseRgb('rgb(17, 20, 24)')).toEqual([17, 20, 24]);
    expect(parseRgb('rgba(255, 255, 255, 1)')).toEqual([255, 255, 255]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toBeNull();
    expect(parseRgb('transparent')).toBeNull();
  });

  test('luminance orders black below white', () => {
    expect(luminance([0, 0, 0])).toBe(0);
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 5);
    expect(luminance([17, 20, 24])).toBeLessThan(0.4);
    expect(luminance([246, 248, 252])).toBeGreaterThan(0.4);
  });

  test('reads the webmail’s own background: dark Gmail → dark, light → light', () => {
    document.body.innerHTML = '<div role="main"></div>';
    const main = document.querySelector<HTMLElement>('[role="main"]')!;
    main.style.backgroundColor = 'rgb(17, 20, 24)';
    expect(pageTheme(document)).toBe('dark');
    main.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(pageTheme(document)).toBe('light');
  });
});
