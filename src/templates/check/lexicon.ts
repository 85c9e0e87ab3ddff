import type { Intent } from '../../shared/types';
import { stems, words, type CheckLanguage } from './text';

/** Words the rules look for; a rule whose entry is missing for a language does not run in it. */
export interface Lexicon {
  greeting: RegExp;
  genericAddressee: RegExp;
  thanks?: RegExp;
  apology?: RegExp;
  delay?: RegExp;
  door?: RegExp;
  because?: RegExp;
  vague?: RegExp;
  specific?: RegExp;
  decision?: Partial<Record<Intent, RegExp>>;
}

// Shared by all languages: a greeting in any of them is still a greeting.
const GREETING =
  /^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings|hallo|guten (?:tag|morgen|abend)|liebe[rs]?|sehr geehrte[rs]?|bonjour|bonsoir|ch[eè]re?s?|hola|buen[oa]s (?:d[ií]as|tardes)|estimad[oa]s?|gentile|buongiorno|salve|ciao|geachte|beste|prezad[oa]s?|car[oa]s?|ol[aá]|bom dia|boa tarde)(?![\p{L}])[\s,]*(.*?)[\s,:;!.]*$/iu;

const GENERIC =
  /^(?:all|everyone|team|there|hiring team|recruiting team|talent team|hiring manager|recruiter|sir or madam|sir|madam|colleagues|folks|damen und herren|team|madame,? monsieur|madame|monsieur|messieurs|signore e signori|dames en heren|heer,? mevrouw|senhores|equipo(?: de selecci[oó]n)?|se[nñ]ores|the hiring team|(?:\p{L}+ )?team)$/iu;

const EN_DECLINE =
  "declin\\w*|withdraw\\w*|not (?:to )?(?:go ahead|proceed|continue|move forward|pursue|attend|take part)|(?:won't|will not|can't|cannot|unable to|not able to|not be able to) (?:attend|make it|join|continue|proceed|take part|go ahead|be going ahead|move forward)|no longer (?:be )?(?:pursu\\w*|available|able)|step(?:ping)? (?:back|away|aside)|bow(?:ing)? out|pass on|remove my (?:application|name)|turn(?:ing)? down";

// A language the checker cannot read gets only what is the same in every language (greetings,
// generic addressees): thanks, apologies, decisions and the like stay unchecked rather than misread.
const NEUTRAL: Lexicon = { greeting: GREETING, genericAddressee: GENERIC };

// Built per language on first use: a worker that starts for an analysis, or a draft in one
// language, compiles no other language's patterns.
const BUILD: Record<CheckLanguage, () => Lexicon> = {
  und: () => NEUTRAL,
  it: () => ({
    greeting: GREETING,
    genericAddressee: GENERIC,
    thanks: stems('grazie|ringrazi'),
    apology: stems('scus|chiedo scusa|dispiace|perdon'),
    delay: stems('ritard|tardiv|solo ora|non aver risposto prima'),
    door: stems('futur|in contatto|successo|strade si incrocino|linkedin|prossim|buona fortuna'),
    because: words('perché|poiché|dato che|visto che|a causa di|per questo|il motivo'),
    vague: words('(?:per )?(?:motivi|ragioni) personali'),
    specific: stems('trasferi|salute|famigli|situazione|offerta|accettato|distanza|spostamento'),
    decision: {
      decline: stems('rinunci|declin|non proseguire|ritir|non potrò|non posso partecipare'),
      withdraw: stems('ritir|rinunci|non potrò|annull'),
      reschedule: stems('spostar|sposta|rinvi|un’altra data|un altro momento|altri orari|non potrò|nessuno degli orari'),
    },
  }),
  nl: () => ({
    greeting: GREETING,
    genericAddressee: GENERIC,
    thanks: stems('dank|bedank'),
    apology: stems('excuses|excuseer|sorry|spijt me|kwalijk'),
    delay: stems('late reactie|late bericht|pas nu|vertraging|niet eerder'),
    door: stems('toekomst|in contact|contact blijven|succes|wegen elkaar|linkedin|weer kruisen'),
    because: words('omdat|want|doordat|vanwege|daarom|de reden'),
    vague: words('(?:om )?persoonlijke redenen'),
    specific: stems('verhuiz|gezondheid|gezin|familie|situatie|omstandigheden|aanbod|aangenomen|afstand|reis'),
    decision: {
      decline: stems('afzeg|af te zeggen|zeg (?:\\p{L}+ )*af\\b|niet verder|zie (?:\\p{L}+ )*af\\b|terugtrek|kan ik (?:\\p{L}+ )?niet (?:naar|komen|deelnemen|bij)'),
      withdraw: stems('afzeg|af te zeggen|terugtrek|trek mij (?:\\p{L}+ )*terug|intrek|niet bij'),
      reschedule: stems('verzet|verplaats|ander moment|andere datum|nieuw tijdstip|geen van de voorgestelde|niet op het voorgestelde|komt mij (?:\\p{L}+ )*niet uit'),
    },
  }),
  pt: () => ({
    greeting: GREETING,
    genericAddressee: GENERIC,
    thanks: stems('agradeç|agradec|obrigad'),
    apology: stems('desculp|perdão|lamento'),
    delay: stems('demora|atraso|tardia|não ter respondido antes'),
    door: stems('futur|manter contato|em contato|sucesso|caminhos|linkedin|boa sorte'),
    because: words('porque|pois|já que|devido a|por isso|o motivo'),
    vague: words('(?:por )?(?:motivos|razões) pessoais'),
    specific: stems('mudança|saúde|famíl|situação|proposta|oferta|aceitei|distância|deslocamento'),
    decision: {
      decline: stems('declin|não seguir|não continuar|desist|retir|não poderei'),
      withdraw: stems('desist|retir|cancel|não poderei'),
      reschedule: stems('remarc|outra data|outro momento|outro horário|não poderei|nenhum dos horários'),
    },
  }),
  en: () => ({
    greeting: GREETING,
    genericAddressee: GENERIC,
    thanks: words('thank\\w*|grateful|gratitude|appreciat\\w*'),
    apology: words("sorry|apolog\\w*|forgive me|pardon (?:me|my)|excuse (?:me|my)"),
    delay: words("delay\\w*|late|later than|belated\\w*|slow|sooner|earlier|so long|a while to|a few days to|patience"),
    door: words(
      "future|stay(?:ing)? in touch|keep(?:ing)? in touch|in contact|paths cross|connect\\w*|linkedin|keep me in mind|down the (?:road|line)|another opportunity|other opportunities|good luck|best of luck|every success|continued success|all the best|work together|hear from you",
    ),
    because: words("because|due to|owing to|as a result|on account of|the reason (?:is|was|being)|that'?s why|which is why|since (?:i|my|we|the|it)|not to mention|on top of that"),
    vague: words('(?:personal|private) (?:reasons?|matters|issues)|reasons of my own'),
    specific: words(
      "relocat\\w*|moving|moved|health|family|caring|circumstances|can't take on|cannot take on|accepted|another offer|commute|distance|travel\\w*|fit|match",
    ),
    decision: {
      decline: words(EN_DECLINE),
      withdraw: words(EN_DECLINE),
      reschedule: words(
        "reschedul\\w*|another (?:time|day|date|slot)|other times|alternative (?:times?|slots?|dates?)|different (?:time|day|date)|new (?:time|date)|move (?:it|the interview|our interview|our call)|postpone\\w*|(?:can't|cannot|unable to|not able to) (?:make|attend)",
      ),
      accept: words('accept\\w*|confirm\\w*|will attend|be there|happy to attend|glad to attend|delighted to attend'),
    },
  }),
  de: () => ({
    greeting: GREETING,
    genericAddressee: GENERIC,
    thanks: stems('dank|bedank'),
    apology: stems('entschuldig|verzeih|tut mir leid'),
    delay: stems('erst jetzt|spät|verspät|verzöger|nicht früher'),
    door: stems('zukunft|zukünftig|künftig|in kontakt|kontakt bleiben|wiedersehen|wieder kreuzen|alles gute|viel erfolg|linkedin|weiterhin'),
    because: words('weil|denn|da ich|aufgrund|deshalb|deswegen|der grund'),
    vague: words('(?:aus )?persönlichen gründen|private[nr]? gründe[n]?'),
    specific: stems('umzug|gesundheit|familie|lebensumst|situation|angebot|zugesagt|entfernung|anreise'),
    decision: {
      decline: stems('absag|abzusagen|nicht wahrnehmen|nicht wahrzunehmen|nicht teilnehmen|zurückzieh|zurückzuziehen|nicht weiter|verzicht'),
      withdraw: stems('absag|abzusagen|nicht wahrnehmen|nicht wahrzunehmen|zurückzieh|zurückzuziehen|nicht weiter'),
      reschedule: stems('verschieb|verlegen|anderen termin|neuen termin|nicht wahrnehmen|alternativ'),
      accept: stems('bestätig|nehme (?:\\p{L}+ )*an\\b|sage (?:\\p{L}+ )*zu\\b|gern teil|komme (?:sehr )?gern'),
    },
  }),
  fr: () => ({
    greeting: GREETING,
    genericAddressee: GENERIC,
    thanks: stems('merci|remerci|reconnaissan'),
    apology: stems('excus|désolé|pardon'),
    delay: stems('retard|tardi|plus tôt'),
    door: stems('avenir|futur|rester en contact|garder le contact|en contact|succès|continuation|linkedin|se croiseront|se recroiseront|prochaine'),
    because: words('parce que|car|en raison de|à cause de|puisque|c\'est pourquoi'),
    vague: words('(?:pour des )?raisons personnelles|motifs personnels'),
    specific: stems('déménag|santé|famil|situation|offre|accepté|distance|déplacement'),
    decision: {
      decline: stems('déclin|ne pas donner suite|me retirer|retirer ma|renonc|ne pourrai (?:\\p{L}+ )?pas|ne pas poursuivre|ne m’est (?:\\p{L}+ )?pas possible'),
      withdraw: stems('déclin|me retirer|retirer ma|renonc|ne pourrai (?:\\p{L}+ )?pas|ne pas poursuivre|ne pas donner suite'),
      reschedule: stems('report|décal|autre (?:date|créneau|moment|horaire)|nouveau créneau|nouvelle date|ne pourrai (?:\\p{L}+ )?pas'),
      accept: stems('confirm|j’accepte|j\'accepte|accepte|ma présence|ma participation'),
    },
  }),
  es: () => ({
    greeting: GREETING,
    genericAddressee: GENERIC,
    thanks: stems('gracias|agradec|agradezc'),
    apology: stems('disculp|perdón|perdone|lo siento|lamento'),
    delay: stems('demora|retraso|tardanza|tardía|no haber respondido antes'),
    door: stems('futur|en contacto|éxito|suerte|linkedin|más adelante|volver a coincidir|vuelvan a cruzarse|próxima'),
    because: words('porque|ya que|debido a|puesto que|por eso|la razón'),
    vague: words('(?:por )?(?:motivos|razones) personales'),
    specific: stems('mudanza|salud|famil|circunstancias|situación|oferta|acepté|aceptado|distancia|desplazamiento'),
    decision: {
      decline: stems('declin|no continuar|no seguir|retir|renunci|no podré|no asistir'),
      withdraw: stems('declin|retir|renunci|no podré|no continuar|no asistir'),
      reschedule: stems('reprogram|cambiar la fecha|otra fecha|otro momento|otro horario|nueva fecha|no podré|aplazar|mover la entrevista'),
      accept: stems('confirm|acepto|asistiré|mi asistencia'),
    },
  }),
};

const built = new Map<CheckLanguage, Lexicon>();

/** The checker's words for `lang`, built the first time that language is checked. */
export function lexiconFor(lang: CheckLanguage): Lexicon {
  let lex = built.get(lang);
  if (!lex) built.set(lang, (lex = BUILD[lang]()));
  return lex;
}
