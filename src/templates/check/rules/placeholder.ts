import type { Finding } from '../../../shared/types';
import { said } from '../messages';
import { type Rule } from '../doc';

const PATTERNS: readonly RegExp[] = [
  /\[\s*\p{L}[^[\]\n]{0,40}\]/gu, // [Name], [Company Name]
  /\{\{[^{}\n]{0,80}\}\}/gu, // {{company}}
  /\{\s*\p{L}[\p{L}\p{N}_ .-]{0,30}\}/gu, // {company}
  /\$\{[^}\n]{0,40}\}/gu, // ${name}
  /<\s*\p{Lu}[\p{L}]*(?: [\p{L}]+){0,4}\s*>/gu, // <Company>, <Your Name>
  /%[A-Z_]{2,30}%/gu, // %NAME%
  /(?<![\p{L}\p{N}])(?:XXX+|xxx+)(?![\p{L}\p{N}])/gu,
  /_{3,}/gu, // blanks to fill in
];

function overlaps(spans: readonly [number, number][], s: number, e: number): boolean {
  return spans.some(([a, b]) => s < b && a < e);
}

// "Hiring Manager]" or "[Your name": a bracket that lost its partner in editing.
function halfBrackets(body: string, spans: [number, number][]): void {
  for (const m of body.matchAll(/(?:\p{L}[\p{L} ]{0,38})?\]|\[(?:[\p{L} ]{0,38}\p{L})?/gu)) {
    // "Dear Hiring Manager]": the greeting word is real text, the blank starts after it.
    const lead = /^(?:dear|hi|hello|hey|to|for|at)\s+/i.exec(m[0])?.[0].length ?? 0;
    const s = m.index + lead;
    const e = m.index + m[0].length;
    if (e - s < 3 || overlaps(spans, s, e)) continue;
    spans.push([s, e]);
  }
}

export const placeholder: Rule = {
  id: 'placeholder',
  run(doc) {
    const spans: [number, number][] = [];
    for (const re of PATTERNS) {
      for (const m of doc.body.matchAll(re)) {
        const s = m.index;
        const e = s + m[0].length;
        if (!overlaps(spans, s, e)) spans.push([s, e]);
      }
    }
    halfBrackets(doc.body, spans);
    return spans
      .sort((a, b) => a[0] - b[0])
      .slice(0, 20)
      .map(([s, e]): Finding => {
        const shown = doc.body.slice(s, Math.min(e, s + 40));
        return said('placeholder', 'error', 'findingPlaceholder', [shown], [s, e]);
      });
  },
};
