// Words that would make a draft contradict the email, per reply language: shared by
// honest-drafts.test.ts (English main letters) and wording-variety.test.ts (every phrasing).
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt';

/** "Travel", "distance", "in person": what a logistics reason must not say for a video or phone interview. */
export const DISTANCE: Record<Lang, RegExp> = {
  en: /distance|travel|in person|on-site|on site/i,
  de: /Entfernung|Anreise|vor Ort|Reise/i,
  fr: /distance|déplacement|sur place|présentiel/i,
  es: /distancia|desplazamiento|presencial|en persona/i,
  it: /distanza|spostamento|in presenza|di persona/i,
  nl: /afstand|reis|op locatie|ter plaatse/i,
  pt: /distância|deslocamento|deslocar|presencial/i,
};

/** One time, one date: what a reason must not say against several offered times. */
export const ONE_TIME: Record<Lang, RegExp> = {
  en: /same time|that date|that slot|that time/i,
  de: /diesem Tag|\bdiese Zeit\b|\bdieser Zeit\b|diesem Zeitpunkt/i,
  fr: /même moment|cette date|ce jour-là|à ce moment-là|même heure|cette heure-là/i,
  es: /esa hora|ese día|esa fecha|ese horario/i,
  it: /quell’orario|quell’ora|quel giorno|quella data/i,
  nl: /die dag|dat moment|dat tijdstip/i,
  pt: /nesse horário|nesse dia|nessa data|esse horário/i,
};
