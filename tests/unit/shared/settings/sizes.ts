// Settings of an exact size, as one storage item would be counted by Chrome (the key
// "settings" + the value's JSON): the text mixes what costs more than it looks — typographic
// quotes and accents (2–3 bytes), newlines and quotes (escaped), `<` (six bytes in Chrome's
// JSON) — as real templates do.
import { defaultSettings, normalise, type Settings } from '../../../../src/shared/settings';
import { chromeItemBytes } from './fake-area';

const PHRASE = 'Dear {contact_name},\n“Thank you” — I’m grateful for the {role} role at <{company}>; café, Zürich.\n';

export const itemSize = (s: Settings) => chromeItemBytes('settings', normalise(s));

/** Settings that, stored as today's one `settings` item, take exactly `bytes` bytes. */
export function settingsOfBytes(bytes: number, over: Partial<Settings> = {}): Settings {
  const base: Settings = { ...defaultSettings(), candidateName: 'Zoë Brontë', signature: 'Zoë Brontë\n+44 20 7946 0000', defaultTone: 'formal', ...over, templates: {} };
  const groups = ['decline/warm', 'decline/formal', 'reschedule/warm', 'withdraw/brief', 'accept/warm', 'follow_up/formal', 'call_points/brief', 'withdraw/warm', 'reschedule/formal', 'decline/brief'];
  const s = normalise(base);
  let g = 0;
  const phraseBytes = chromeItemBytes('', PHRASE);
  let known = itemSize(s);
  let sinceKnown = 0;
  // Whole phrases while they fit, variants of up to ~1,500 characters spread over groups
  // (the size is recounted only near the target: recounting every phrase is quadratic).
  for (;;) {
    const key = groups[g % groups.length]!;
    const list = (s.templates[key] ??= []);
    if (list.length === 0 || list[list.length - 1]!.length > 1_500) {
      if (list.length >= 10) { g++; continue; }
      list.push('');
    }
    const last = list.length - 1;
    const before = list[last]!;
    list[last] = before + PHRASE;
    if (list[last]!.length > 1_500) g++;
    sinceKnown += phraseBytes + 40;
    if (known + sinceKnown < bytes - 500) continue;
    known = itemSize(s);
    sinceKnown = 0;
    if (known > bytes - 40) {
      list[last] = before;
      if (before === '') list.pop();
      break;
    }
  }
  // Pad with ASCII to the exact byte.
  const key = 'decline/warm';
  const list = (s.templates[key] ??= ['']);
  list[list.length - 1] += 'x'.repeat(Math.max(0, bytes - itemSize(s))); // one byte each
  if (itemSize(s) !== bytes) throw new Error(`could not build settings of ${bytes} bytes (got ${itemSize(s)})`);
  return normalise(s);
}

/** Every template string of `s`, to check none went missing. */
export function allTexts(s: Settings): string[] {
  return [s.candidateName, s.signature, ...Object.values(s.templates).flat()];
}
