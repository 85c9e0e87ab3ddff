// What a role and a company read like, in the eight detection languages: a role holds a
// job-title word ("engineer", "Sachbearbeiter", "chargée", "magazziniere"); a company is not
// a person's name, a greeting or an interview word. Generic vocabulary, no corpus value.
// Pure, part of the reading core.
import { GIVEN_NAMES } from '../given-names';

const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Job-title words, matched as the start of a word (folded): "engineer" also reads "engineering". */
const TITLE_STEMS = [
  // English
  'engineer', 'develop', 'programmer', 'manager', 'analyst', 'specialist', 'designer', 'technician', 'assistant', 'associate',
  'coordinator', 'consultant', 'officer', 'administrat', 'accountant', 'accounting', 'representative', 'supervisor', 'director', 'lead',
  'head', 'intern', 'trainee', 'apprentice', 'nurse', 'teacher', 'tutor', 'lecturer', 'professor', 'researcher', 'scientist', 'architect',
  'agent', 'clerk', 'cashier', 'driver', 'operator', 'editor', 'writer', 'executive', 'advisor', 'adviser', 'controller', 'auditor',
  'receptionist', 'barista', 'chef', 'cook', 'waiter', 'sales', 'marketing', 'tester', 'devops', 'support', 'attendant', 'mechanic',
  'electrician', 'welder', 'worker', 'planner', 'buyer', 'recruiter', 'secretary', 'physician', 'doctor', 'pharmacist', 'therapist',
  'paralegal', 'lawyer', 'attorney', 'counsel', 'instructor', 'coach', 'trainer', 'graduate', 'fellow', 'foreman', 'storekeeper',
  'warehouse', 'courier', 'delivery', 'payroll', 'product', 'project', 'software', 'data', 'customer', 'finance', 'financial', 'store',
  'staff', 'junior', 'senior', 'principal', 'chief', 'partner', 'strateg', 'producer', 'copywriter', 'photographer', 'stylist',
  'bartender', 'housekeep', 'caregiver', 'carer', 'dispatcher', 'inspector', 'surveyor', 'estimator', 'installer', 'fitter', 'porter',
  'guard', 'cleaner', 'labourer', 'laborer', 'machinist', 'pilot', 'steward', 'banker', 'teller', 'underwriter', 'actuar', 'economist',
  'statistic', 'librarian', 'counsellor', 'counselor', 'psycholog', 'dentist', 'hygienist', 'veterinar', 'paramedic', 'midwife',
  'sourcer', 'generalist', 'expert', 'owner', 'member',
  // German
  'ingenieur', 'entwickler', 'leiter', 'leitung', 'referent', 'sachbearbeit', 'berater', 'kaufmann', 'kauffrau', 'werkstudent',
  'praktikant', 'auszubildend', 'azubi', 'mitarbeiter', 'assistenz', 'buchhalt', 'elektronik', 'techniker', 'fachkraft', 'fachinformatik',
  'koordinator', 'spezialist', 'pfleger', 'pflegefach', 'erzieher', 'lehrer', 'monteur', 'mechatronik', 'verkaufer', 'redakteur',
  'gestalter', 'disponent', 'lagerist', 'fahrer', 'kellner', 'koch', 'sekretar', 'steuerfach', 'bilanzbuchhalt', 'vertrieb', 'einkaufer',
  // French
  'ingenieur', 'developpeu', 'charge', 'responsable', 'comptable', 'technicien', 'commercial', 'directeur', 'directrice', 'stagiaire',
  'alternant', 'analyste', 'gestionnaire', 'conseiller', 'conseillere', 'vendeu', 'infirmi', 'secretaire', 'operat', 'employe',
  'coordinat', 'juriste', 'formateur', 'formatrice', 'animat', 'redact', 'chauffeur', 'magasinier', 'serveu', 'cuisinier', 'assistante',
  // Spanish
  'desarrollador', 'ingenier', 'tecnic', 'auxiliar', 'ejecutiv', 'asistente', 'gerente', 'jefe', 'jefa', 'coordinador', 'contable',
  'contador', 'vendedor', 'administrativ', 'becari', 'consultor', 'especialista', 'disenador', 'enfermer', 'recepcionista', 'dependient',
  'camarer', 'operari', 'abogad', 'cajer', 'repartidor', 'conductor', 'profesor', 'maestr', 'programador',
  // Italian
  'sviluppat', 'ingegner', 'addett', 'impiegat', 'magazzinier', 'commess', 'consulente', 'progettist', 'stagista', 'programmat',
  'contabile', 'operai', 'infermier', 'camerier', 'segretari', 'capo', 'direttore', 'coordinat', 'specialista', 'amministrativ',
  'responsabile', 'tirocin', 'autista', 'cuoco', 'insegnante', 'educat', 'perito', 'geometra', 'ragionier', 'venditor',
  // Dutch
  'medewerker', 'ontwikkelaar', 'verpleegkundig', 'adviseur', 'accountmanager', 'beheerder', 'stagiair', 'monteur', 'chauffeur',
  'bezorger', 'verkoper', 'administratie', 'analist', 'projectleider', 'teamleider', 'leider', 'assistent', 'docent', 'leerkracht',
  'begeleider', 'technicus', 'ontwerper', 'boekhoud', 'verzorg', 'kok', 'magazijn', 'schoonmak', 'opticien', 'apotheker',
  // Portuguese
  'desenvolvedor', 'coordenador', 'assistente', 'atendente', 'rececionista', 'estagiari', 'engenheir', 'supervisor', 'operador',
  'enfermeir', 'contabilista', 'programador', 'vendedor', 'auxiliar', 'gestor', 'tecnico', 'professor', 'motorista', 'caixa', 'repositor',
  // Polish
  'programist', 'analityk', 'tester', 'ksiegow', 'specjalist', 'kierownik', 'koordynator', 'inzynier', 'asystent', 'konsultant',
  'kierowca', 'magazynier', 'sprzedaw', 'handlowiec', 'menedzer', 'referent', 'stazyst', 'praktykant', 'technik', 'projektant',
  'pracownik', 'opiekun', 'doradca', 'przedstawiciel', 'dyrektor', 'kelner', 'kucharz', 'nauczyciel', 'pielegniar', 'barista',
];
/** Short title tokens that must match a whole word. */
const TITLE_TOKENS = new Set(['qa', 'it', 'ux', 'ui', 'sre', 'ceo', 'cto', 'cfo', 'coo', 'vp', 'ios', 'php', 'java', 'python', 'go', 'net', 'seo', 'rn', 'icu', 'bi', 'ml', 'ai', 'ict']);
/** One pass per word: the stems as one anchored alternation. */
const STEM_RE = new RegExp(`^(?:${[...new Set(TITLE_STEMS)].join('|')})`);
const MODIFIER_RE = /^(?:finance|financial|data|product|project|software|customer|store|staff|sales|marketing|support|payroll|warehouse|delivery|accounting|junior|senior|principal|chief|member|vertrieb|administrat)/;

/** Words that never belong in a role: greetings, interview and scheduling words, weekdays, tools. */
const NOT_ROLE_WORDS = new Set([
  'hello', 'hi', 'dear', 'invitation', 'invite', 'invito', 'invitacion', 'einladung', 'uitnodiging', 'convite', 'zaproszenie', 'reminder',
  'erinnerung', 'herinnering', 'rappel', 'promemoria', 'recordatorio', 'lembrete', 'przypomnienie', 'meeting', 'interview', 'entretien',
  'entrevista', 'colloquio', 'gesprek', 'sollicitatiegesprek', 'vorstellungsgesprach', 'rozmowa', 'zoom', 'teams', 'meet', 'google', 'call',
  'slot', 'slots', 'date', 'time', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'link', 'please', 'your',
  'you', 'we', 'our', 'appointment', 'questionnaire', 'questionario', 'fragebogen', 'cuestionario', 'questionario', 'vragenlijst', 'kwestionariusz', 'ankieta', 'request', 'requirement', 'round', 'stage', 'screen', 'screening', 'chat', 'runde', 'etape', 'ronda', 'fase', 'etap', 'ronde', 'participate', 'attend', 'join', 'complete', 'book', 'confirm', 'scheduled', 'scheduling', 'schedule', 'urgent', 'update', 'updated', 'programada', 'programado', 'confirmed', 'confirmation', 'termin', 'afspraak', 'rendez', 'appuntamento', 'cita', 'spotkanie', 'questionnaire', 'survey',
]);

const TOKENS = /[\p{L}\p{N}]+/gu;

/** A role reads like a job title: a title word, no interview or greeting word, no person's name in front. */
export function roleLike(v: string): boolean {
  const toks = fold(v).match(TOKENS) ?? [];
  if (!toks.length || toks.length > 8) return false;
  if (toks.some((t) => NOT_ROLE_WORDS.has(t))) return false;
  const titled = toks.filter((t) => TITLE_TOKENS.has(t) || (t.length >= 3 && STEM_RE.test(t)));
  if (toks.length >= 2 && GIVEN_NAMES.has(toks[0] ?? '') && !titled.length) return false;
  // A department or a field alone ("Finance", "Marketing", "HR") names no job; with another word it may ("Staff Accounting").
  return titled.length > 0 && (toks.length >= 2 || !titled.every((t) => MODIFIER_RE.test(t) || TITLE_TOKENS.has(t)));
}

/** Organisation words that make a capitalised phrase a company, not a person ("Grace Hospital"). */
const ORG = /^(?:hotel|bank|banque|banco|group|groupe|grupo|gruppo|hospital|clinic|school|college|academy|university|foundation|stiftung|fondation|fondazione|labs?|studio|media|care|consulting|solutions|systems|software|services|partners|holdings?|logisti\w*|gmbh|ag|ltd|inc|llc|sa|srl|spa|bv|nv|sp|zoo|verlag|werke?|energie|zorg\w*|atelier|officine|casa|restaurant|cafe|café|market|store|shop)$/i;

/** "Anouk de Vries", "Paolo De Luca", "Sandhya Pandey": a known given name, then capitalised words and name particles only. */
export function personLike(v: string): boolean {
  const words = v.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!GIVEN_NAMES.has(fold(words[0] ?? '').replace(/[^a-z-]/g, ''))) return false;
  const PARTICLE = /^(?:de|da|di|do|dos|das|del|della|van|von|der|den|ter|ten|le|la|du|y|e|bin|al|el)$/i;
  if (words.some((w) => ORG.test(w))) return false;
  return words.slice(1).every((w) => PARTICLE.test(w) || /^\p{Lu}[\p{Ll}'’-]+$/u.test(w));
}
