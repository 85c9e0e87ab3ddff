// The shape of the committed model file (src/analysis/model/weights.json), written by
// `npm run train` (scripts/train.ts) and read by the analysis core.
import type { InvitationKind } from '../../shared/types';
import type { PackedVector } from './sparse';

export interface ModelFile {
  version: 1;
  /** Hashed n-gram buckets: 2^hashBits after the named features. */
  hashBits: number;
  /** FNV-1a hash of the named features' list in index order (the analysis checks that its list is the same). */
  named: string;
  /** Logistic regression: P(invitation) = σ(w·x). */
  verdict: PackedVector;
  /** Softmax over the kinds of an invitation; the first class's vector is zero (the others are relative to it) and is not stored. */
  kind: { classes: InvitationKind[]; vectors: PackedVector[] };
  /** P(invitation) at or above `verdict` is an invitation; at or above `button` the button shows. */
  thresholds: { verdict: number; button: number };
  /** Per field (company, role, contactName, location): the value-confidence model and the probability a value needs (≥ 98 % right on the grouped evaluation). */
  fields: { vectors: Record<string, PackedVector>; thresholds: Record<string, number> };
  /** What it was trained on. */
  trainedOn: { emails: number; groups: number; invitations: number; written: boolean; data: string };
}
