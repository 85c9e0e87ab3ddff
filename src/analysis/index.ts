// src/analysis/: the pure reading core. Runs in the service worker (the content script and
// the pages ask it through messages), the analyze CLI and the tests; never in a page. Plain
// functions over plain data: no DOM, no browser API (eslint.config.js enforces it).
// This is its entry: the verdict, the fields and the language of one email.
import type { Analysis, EmailInput, ExtractedFields } from '../shared/types';
import { prepare } from './pipeline';
import { decide, gateFields, loadModel, type LoadedModel, type Verdict } from './verdict';
import { englishWhy } from './why';
import { detectAddress } from './address';
import modelFile from './model/weights.json';
import type { ModelFile } from './model/types';

export { normalizeBody } from './normalize';
export { detectLanguage } from './language';
export { extractTimes, findTimezone } from './times';

let model: LoadedModel | undefined;
/** The committed weights, unpacked on first use. */
export function currentModel(): LoadedModel {
  return (model ??= loadModel(modelFile as unknown as ModelFile));
}

/** Fields of an invitation (company, role, contact, times…), from the new text only. */
export function extractFields(email: EmailInput, m: LoadedModel = currentModel()): ExtractedFields {
  const p = prepare(email);
  return gateFields(m, p.fields, p.values);
}

/** The verdict alone. */
export function detectInvitation(email: EmailInput): Verdict {
  const p = prepare(email);
  return decide(currentModel(), p.features, { fields: p.fields, links: p.links, fromEmail: p.email.fromEmail });
}

/** English sentences for the reasons: those for the verdict, then the others ("but …" / "although it …"). */
export function signalsOf(v: Pick<Verdict, 'why' | 'invitation'>): string[] {
  return v.why.map((w) => {
    const t = englishWhy(w);
    if (w.for === v.invitation) return t;
    return v.invitation ? `but ${t}` : `although it ${t}`;
  });
}

/** Full analysis of one email. */
export function analyzeEmail(email: EmailInput, m: LoadedModel = currentModel()): Analysis {
  const p = prepare(email);
  const v = decide(m, p.features, { fields: p.fields, links: p.links, fromEmail: p.email.fromEmail });
  const signals = signalsOf(v);
  return {
    invitation: v.invitation,
    confidence: v.confidence,
    kind: v.kind,
    signals: signals.length ? signals : [v.invitation ? 'reads like an interview invitation' : 'does not read like an interview invitation'],
    fields: gateFields(m, p.fields, p.values),
    language: p.lang,
    button: v.button,
    unsure: v.unsure,
    why: v.why,
    address: detectAddress(p.norm.fresh, p.norm.signature, p.lang, p.fields.contactName),
  };
}
