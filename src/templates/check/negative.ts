// Criticism in German, French and Spanish, as the negativity rule reads it: pointed phrases that
// are neutral word by word ("das Gehalt ist zu niedrig"), and evaluative words that only count
// when the sentence is about them (the company, the pay, the process, the people) and not negated.
// Hand-made on purpose: the maintained sentiment lists we measured (the ML-SentiCon-derived
// lexicons shipped with nlp.js) miss most of these words and score neutral ones ("tauschen",
// "schlicht", "gering") as hostile; see the issue-17 note for the figures.
import { stems, words } from './text';

export interface NegativeLexicon {
  phrases: RegExp;
  /** Evaluative words; global, so every occurrence can be checked for a negation before it. */
  words: RegExp;
  target: RegExp;
  /** Words that turn the next evaluative word around ("nicht schlecht", "pas mauvais"). */
  negator: RegExp;
}

const g = (re: RegExp): RegExp => new RegExp(re.source, 'giu');

// Built per language on first use (see lexicon.ts).
const BUILD: Partial<Record<string, () => NegativeLexicon>> = {
  de: () => ({
    phrases: words(
      [
        '(?:das |ihr |dein |euer )?(?:gehalt|vergütung|bezahlung|angebot|budget|stundensatz|gehaltsband|gehaltsspanne)\\s+(?:ist|war|liegt|erscheint|scheint)(?:\\s+mir)?\\s+(?:\\p{L}+\\s+)?(?:zu niedrig|zu gering|nicht konkurrenzfähig|nicht angemessen|unangemessen|unter \\p{L}+)',
        'zu niedrig',
        'unter (?:dem )?(?:marktniveau|marktüblich\\p{L}*|meinen erwartungen|meiner gehaltsvorstellung)',
        'unterbezahl\\p{L}*',
        'kein(?:e|en)? interesse',
        'nicht interessiert',
        'zeitverschwendung',
        '(?:schlechte|negative|miese|gemischte) (?:bewertungen|erfahrungen|rezensionen)',
        'kununu',
        'glassdoor',
        'warnsignal\\p{L}*',
        'alarmzeichen',
        'rote flaggen',
        'toxisch\\p{L}*',
        'unprofessionell\\p{L}*',
        'unorganisiert\\p{L}*',
        'chaotisch\\p{L}*',
        '(?:viel )?zu lange gedauert',
        'nie(?:mals)? (?:wieder )?(?:etwas )?(?:von (?:ihnen|euch|dir) )?gehört',
        'hohe fluktuation',
        'mikromanagement',
        'lohnt sich nicht',
        'nicht der mühe wert',
      ].join('|'),
    ),
    words: g(stems('schlecht|schrecklich|furchtbar|katastroph|miserabel|mies\\b|enttäusch|inakzeptabel|unzumutbar|inkompetent|unfähig|respektlos|unverschämt|lächerlich|peinlich|arrogant|unfreundlich|unhöflich|herablassend|dubios|unseriös|fragwürdig|ausbeuter|grauenhaft|schlimm|ärgerlich')),
    target: words(
      'sie|ihr\\p{L}*|ihnen|euch|euer\\p{L}*|eure\\p{L}*|dein\\p{L}*|du|dir|dich|unternehmen\\p{L}*|firma|team\\p{L}*|gehalt\\p{L}*|vergütung|bezahlung|angebot\\p{L}*|prozess\\p{L}*|verfahren\\p{L}*|bewerbungs\\p{L}*|gespräch\\p{L}*|personal\\p{L}*|hr|abteilung\\p{L}*|führung\\p{L}*|chef\\p{L}*|vorgesetzt\\p{L}*|kultur|stelle|position|bewertung\\p{L}*|arbeitsklima|betriebsklima|büro\\p{L}*|kolleg\\p{L}*|leute|management|recruiter\\p{L}*|konditionen|bedingungen',
    ),
    negator: words('nicht|kein\\p{L}*|nie|niemals|keineswegs|keinesfalls'),
  }),
  fr: () => ({
    phrases: words(
      [
        '(?:le |votre |ton |ce )?(?:salaire|rémunération|offre|package|budget|fourchette)\\s+(?:est|était|me semble|semble|paraît|reste)\\s+(?:\\p{L}+\\s+)?(?:trop bas(?:se)?|trop faible|insuffisant\\p{L}*|en dessous|en deçà|pas compétiti\\p{L}*)',
        'trop bas(?:se)?',
        'sous-pay\\p{L}*',
        'en dessous du marché',
        'pas intéressée?s?',
        'ne m[’\']intéresse (?:pas|plus)',
        'aucun intérêt',
        'perte de temps',
        'avis (?:négatifs|mitigés|désastreux)',
        'mauvais avis',
        'glassdoor',
        'signaux d[’\'](?:alerte|alarme)',
        'toxiques?',
        '(?:pas|peu|non) professionnel\\p{L}*',
        'désorganis\\p{L}*',
        'a pris (?:beaucoup )?trop de temps',
        'jamais eu de (?:nouvelles|retour)',
        'turnover (?:élevé|important)',
        'micro-?management|microgestion',
        'ne vaut pas la peine',
      ].join('|'),
    ),
    words: g(
      words(
        'mauvaise?s?|terribles?|horribles?|catastrophiques?|lamentables?|médiocres?|décevante?s?|déçue?s?|inacceptables?|incompétente?s?|irrespectueu(?:x|se|ses)|arrogante?s?|méprisante?s?|désagréables?|ridicules?|honteu(?:x|se|ses)|scandaleu(?:x|se|ses)|nulle?s?|pénibles?|chaotiques?|douteu(?:x|se|ses)|malhonnêtes?|minables?',
      ),
    ),
    target: words(
      'vous|votre|vos|tu|ton|ta|tes|entreprise|société|boîte|équipe|salaire|rémunération|offre|processus|recrutement|entretiens?|rh|managers?|direction|management|culture|poste|avis|ambiance|locaux|collègues|gens|conditions|recruteu(?:r|rs|se|ses)',
    ),
    negator: words('pas|jamais|aucune?|nullement|guère'),
  }),
  es: () => ({
    phrases: words(
      [
        '(?:el |su |tu |este )?(?:salario|sueldo|remuneración|oferta|paquete|presupuesto|banda salarial)\\s+(?:es|era|me parece|parece|resulta|está)\\s+(?:\\p{L}+\\s+)?(?:demasiado bajo|muy bajo|bajo|insuficiente|por debajo|poco competitiv\\p{L}*)',
        'demasiado baj[oa]s?',
        'mal pagad\\p{L}*',
        'por debajo del mercado',
        'no me interesa',
        'no estoy interesad[oa]',
        'sin interés',
        'pérdida de tiempo',
        '(?:malas|pésimas) (?:opiniones|reseñas|críticas|referencias)',
        'opiniones negativas',
        'glassdoor',
        'señales de (?:alarma|alerta)|banderas rojas',
        't[oó]xic[oa]s?',
        'poco profesional(?:es)?',
        'falta de profesionalidad',
        'desorganizad[oa]s?',
        'tardaron (?:demasiado|muchísimo)',
        'nunca (?:me )?(?:respondieron|contestaron)',
        'alta rotación',
        'microgesti[oó]n',
        'no vale la pena',
      ].join('|'),
    ),
    // "lamentable" is criticism; "lamentablemente" ("unfortunately") is not, so only whole words.
    words: g(
      words(
        'mal[oa]s?|pésim[oa]s?|terribles?|horribles?|desastros[oa]s?|lamentables?|mediocres?|decepcionantes?|decepcionad[oa]s?|inaceptables?|incompetentes?|irrespetuos[oa]s?|arrogantes?|despectiv[oa]s?|desagradables?|ridícul[oa]s?|vergonzos[oa]s?|escandalos[oa]s?|caótic[oa]s?|dudos[oa]s?|deshonest[oa]s?|fatal(?:es)?',
      ),
    ),
    target: words(
      'usted|ustedes|su|sus|tu|tus|vuestr[oa]s?|empresa|compañía|equipo|salario|sueldo|remuneración|oferta|proceso|selección|entrevista|rrhh|recursos humanos|responsables?|dirección|gerencia|jef[ea]s?|cultura|puesto|opiniones|reseñas|ambiente|oficinas?|compañeros|gente|condiciones|reclutador(?:es|a|as)?',
    ),
    negator: words('no|nunca|jamás|ni|nada'),
  }),
};

const built = new Map<string, NegativeLexicon>();

/** The criticism lexicon for `lang` (none for a language without one), built on first use. */
export function negativeFor(lang: string): NegativeLexicon | undefined {
  let lex = built.get(lang);
  if (!lex) {
    lex = BUILD[lang]?.();
    if (lex) built.set(lang, lex);
  }
  return lex;
}

/** The first evaluative word in `text` with no negation among the two words before it, as [start, end). */
export function unnegatedHit(text: string, lex: NegativeLexicon): [number, number] | null {
  lex.words.lastIndex = 0;
  for (const m of text.matchAll(lex.words)) {
    const before = text.slice(0, m.index).split(/[\s,;:]+/u).filter(Boolean).slice(-2).join(' ');
    if (!lex.negator.test(before)) return [m.index, m.index + m[0].length];
  }
  return null;
}
