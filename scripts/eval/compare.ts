// Normalisation used when comparing extracted fields with expected values (eval, tests).

/** Lowercase, no accents, no punctuation, single spaces. */
export function normText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/** Company names compare without legal suffixes ("Acme GmbH" = "Acme"). */
export function normCompany(s: string): string {
  return normText(s)
    .replace(/\b(?:gmbh|ag|se|kg|ltd|limited|inc|llc|llp|plc|b v|bv|n v|nv|sas|sarl|s a|sa|s l|sl|lda|ltda|pvt|s p a)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
