import retextEnglish from 'retext-english';
import retextSentiment from 'retext-sentiment';
import type { Root } from 'nlcst';
import { type Plugin, unified } from 'unified';

// Words that describe the candidate's own situation in a decline ("I'm unable", "a clash",
// "sorry to miss it") are not criticism; neutral here so only remarks about others count.
const SITUATION_WORDS: Record<string, number> = {
  sorry: 0, apologise: 0, apologize: 0, apologies: 0, regret: 0, unable: 0, miss: 0, missing: 0,
  ill: 0, illness: 0, sick: 0, unwell: 0, conflict: 0, clash: 0, clashes: 0, inconvenience: 0,
  delay: 0, delayed: 0, cancel: 0, hard: 0, difficult: 0, pity: 0, no: 0, stop: 0, leave: 0,
  drop: 0, limited: 0, excuse: 0, withdraw: 0, withdrawing: 0, decline: 0, declining: 0,
  unfortunately: 0, afraid: 0, fallen: 0, recover: 0, forced: 0, pressure: 0,
};

// retext-sentiment's declaration refers to an older unist Node type; the runtime contract is the same.
const sentiment = retextSentiment as unknown as Plugin<[Record<string, number>], Root, Root>;
const processor = unified().use(retextEnglish).use(sentiment, SITUATION_WORDS);

// Word → AFINN polarity as retext-sentiment scores it. Lookups are batched and cached because
// running the plugin over a whole long draft is quadratic in the number of words.
const cache = new Map<string, number>();
const MAX_CACHE = 50_000;
const CHUNK = 100;

interface LooseNode {
  type: string;
  value?: string;
  children?: LooseNode[];
  data?: { polarity?: number };
}

function textOf(node: LooseNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function collect(node: LooseNode, into: Map<string, number>): void {
  if (node.type === 'WordNode' || node.type === 'SymbolNode') {
    const p = node.data?.polarity;
    if (typeof p === 'number') into.set(textOf(node), p);
    return;
  }
  for (const child of node.children ?? []) collect(child, into);
}

/** Only plain English words and emoji can be in the lexicon; everything else scores 0 without a lookup. */
function lookupable(token: string): boolean {
  return /^[a-z][a-z'’-]{0,24}$/.test(token) || /^\p{Extended_Pictographic}/u.test(token);
}

function fill(tokens: Iterable<string>): void {
  const missing: string[] = [];
  for (const t of tokens) {
    if (cache.has(t)) continue;
    if (!lookupable(t)) {
      cache.set(t, 0);
      continue;
    }
    cache.set(t, 0);
    missing.push(t);
  }
  if (cache.size > MAX_CACHE) cache.clear();
  for (let i = 0; i < missing.length; i += CHUNK) {
    const chunk = missing.slice(i, i + CHUNK);
    const found = new Map<string, number>();
    collect(processor.runSync(processor.parse(chunk.join(' '))) as unknown as LooseNode, found);
    for (const [word, p] of found) cache.set(word, p);
  }
}

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\p{Extended_Pictographic}/gu;

export function tokens(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(TOKEN), (m) => m[0]);
}

/** Prepares the lexicon for a batch of sentences at once. */
export function prime(sentenceTokens: readonly string[][]): void {
  const all = new Set<string>();
  for (const ts of sentenceTokens) for (const t of ts) all.add(t);
  fill(all);
}

/** Sum of word polarities, with retext-sentiment's rule that "not"/"n't" flips the next word. */
export function polarity(sentenceTokens: readonly string[]): number {
  let score = 0;
  let negated = false;
  for (const t of sentenceTokens) {
    const p = cache.get(t) ?? 0;
    score += negated ? -p : p;
    if (negated) negated = false;
    else if (/^(not|neither|nor)$|n['’]t/.test(t)) negated = true;
  }
  return score;
}
