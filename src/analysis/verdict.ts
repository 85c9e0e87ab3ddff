// The learned verdict: logistic regression over the email's features for "is this an
// invitation", a softmax for its kind, two thresholds (the verdict and, lower, the button),
// and the reasons that carried the decision.
import type { ExtractedFields, InvitationKind, Why } from '../shared/types';
import { NAMED, NAMED_HASH, type Features } from './features';
import { keyOfNamed } from './why';
import type { ModelFile } from './model/types';
import { unpack } from './model/sparse';
import type { LinkInfo } from './ats';
import { atsOfSender } from './ats';
import { VALUE_FIELDS, isStrong, valueProbability, type ValueFeatures, type ValueField, type ValueModel } from './fields/confidence';

/** The fields with every company/role/contact/place the model is not sure of left empty. */
export function gateFields(m: LoadedModel, fields: ExtractedFields, values: Partial<Record<ValueField, ValueFeatures>>): ExtractedFields {
  const out = { ...fields };
  for (const f of VALUE_FIELDS) {
    const x = values[f];
    const w = m.values.vectors[f];
    const t = m.values.thresholds[f];
    if (!out[f] || !x || !w || t === undefined) continue;
    // A value in a strong structure (a labelled line, the signer below a sign-off, "for the … role") is kept;
    // any other needs its field's threshold — 1 (never) for a field no confidence cut makes 98 % right.
    if (valueProbability(w, x) < t && !isStrong(x)) out[f] = '';
  }
  return out;
}

export interface LoadedModel {
  verdict: Map<number, number>;
  kind: { classes: InvitationKind[]; vectors: Array<Map<number, number>> };
  thresholds: { verdict: number; button: number };
  values: ValueModel;
}

export function loadModel(f: ModelFile): LoadedModel {
  if (f.named !== NAMED_HASH) {
    throw new Error('model file does not match the feature list: run npm run train');
  }
  return {
    verdict: unpack(f.verdict),
    kind: { classes: f.kind.classes, vectors: [new Map<number, number>(), ...f.kind.vectors.map(unpack)] },
    thresholds: f.thresholds,
    values: {
      vectors: Object.fromEntries(Object.entries(f.fields.vectors).map(([k, v]) => [k, unpack(v)])),
      thresholds: f.fields.thresholds,
    },
  };
}

export function dot(w: Map<number, number>, x: Features): number {
  let z = 0;
  for (let k = 0; k < x.idx.length; k++) z += (w.get(x.idx[k] ?? -1) ?? 0) * (x.val[k] ?? 0);
  return z;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export interface Verdict {
  invitation: boolean;
  button: boolean;
  unsure: boolean;
  probability: number;
  confidence: number;
  kind: InvitationKind;
  why: Why[];
}

export interface WhyContext {
  fields: ExtractedFields;
  links: LinkInfo[];
  fromEmail: string;
}

function paramsOf(key: string, ctx: WhyContext): string[] | undefined {
  switch (key) {
    case 'whyAts':
      return [atsOfSender(ctx.fromEmail)?.name ?? ''];
    case 'whySchedulingLink':
      return [(ctx.links.find((l) => l.tool.startsWith('scheduler:'))?.tool ?? '').slice('scheduler:'.length)];
    case 'whyMeetingLink':
      return [(ctx.links.find((l) => l.tool.startsWith('meeting:'))?.tool ?? '').slice('meeting:'.length)];
    case 'whyTimes':
      return [String(ctx.fields.proposedTimes.length)];
    case 'whyRole':
      return [ctx.fields.role];
    case 'whyCompany':
      return [ctx.fields.company];
    default:
      return undefined;
  }
}

/** The reasons, strongest first: those for the verdict, then up to two against it. */
export function explain(w: Map<number, number>, x: Features, invitation: boolean, ctx: WhyContext): Why[] {
  const byKey = new Map<string, { c: number; params?: string[] }>();
  for (let k = 0; k < x.idx.length; k++) {
    const i = x.idx[k] ?? -1;
    const c = (w.get(i) ?? 0) * (x.val[k] ?? 0);
    if (Math.abs(c) < 0.05) continue;
    let key = '';
    let params: string[] | undefined;
    if (i < NAMED.length) key = keyOfNamed(NAMED[i] ?? '');
    else {
      const text = x.words.get(i);
      if (!text || text.length > 40 || /0/.test(text)) continue;
      key = `whyWords:${text}`;
      params = [text];
    }
    if (!key) continue;
    const e = byKey.get(key) ?? { c: 0, ...(params ? { params } : {}) };
    e.c += c;
    byKey.set(key, e);
  }
  const entries = [...byKey].map(([k, e]) => ({ key: k.startsWith('whyWords:') ? 'whyWords' : k, c: e.c, params: e.params ?? paramsOf(k, ctx) }));
  const pro = entries.filter((e) => e.c > 0).sort((a, b) => b.c - a.c);
  const con = entries.filter((e) => e.c < 0).sort((a, b) => a.c - b.c);
  const [main, other] = invitation ? [pro, con] : [con, pro];
  const out = [...main.slice(0, 4), ...other.slice(0, 2)];
  return out.map((e) => ({ key: e.key, ...(e.params ? { params: e.params } : {}), for: e.c > 0 }));
}

/** A kind the email must say in words: a reschedule moves or calls off a slot ("new time", "postpone", "cancelled"), a
 *  confirmation confirms, a reminder reminds. Several offered slots alone are an invitation, not a move, and one calendar slot
 *  is not a confirmation — the softmax learned those shortcuts from the layouts of calendar mail. */
const idsOf = (names: string[]): number[] => names.map((k) => NAMED.indexOf(k)).filter((i) => i >= 0);
const KIND_EVIDENCE: Partial<Record<InvitationKind, number[]>> = {
  reschedule_by_company: idsOf(['f:reschedule', 's:reschedule', 'q:reschedule', 'f:cancellation', 's:cancellation']),
  confirmation: idsOf(['f:confirmation', 's:confirmation', 'q:confirmation']),
  reminder: idsOf(['f:reminder', 's:reminder', 'q:reminder']),
};
const hasEvidence = (k: InvitationKind, x: Features): boolean => {
  const need = KIND_EVIDENCE[k];
  return !need || need.some((i) => x.idx.includes(i));
};

const QUOTED_ONLY = ['interviewOnlyQuoted', 'noProposal'].map((k) => NAMED.indexOf(k));

export function decide(m: LoadedModel, x: Features, ctx: WhyContext): Verdict {
  const p = sigmoid(dot(m.verdict, x));
  // Structural, not a word: an interview named only in the quoted history, with new text that proposes
  // nothing and asks nothing, is a reply about an invitation, never one itself (the guide's quoted-only
  // mentions). The button stays: the reader may still want to answer it.
  const onlyQuoted = QUOTED_ONLY.every((i) => i >= 0 && x.idx.includes(i));
  const invitation = p >= m.thresholds.verdict && !onlyQuoted;
  const button = p >= m.thresholds.button;
  let kind: InvitationKind = 'invitation';
  if (invitation && m.kind.vectors.length) {
    let best = -Infinity;
    m.kind.vectors.forEach((v, c) => {
      const z = dot(v, x);
      const k = m.kind.classes[c] ?? 'invitation';
      if (z > best && hasEvidence(k, x)) {
        best = z;
        kind = k;
      }
    });
  }
  const confidence = Math.round((invitation ? p : 1 - p) * 100) / 100;
  return { invitation, button, unsure: button && !invitation, probability: p, confidence, kind, why: explain(m.verdict, x, invitation, ctx) };
}
