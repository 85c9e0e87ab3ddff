import * as chrono from 'chrono-node';
import type { DateParser, Lexicon } from './types';

/** chrono-node has no Polish: its casual English parser (clock times, numeric dates) and a parser for "16 grudnia 2026"
 *  (the day, a month in any case form, an optional year). */
const MONTHS = ['stycz', 'lut', 'mar', 'kwie', 'maj', 'czerw', 'lip', 'sierp', 'wrze', 'paźdz', 'listopad', 'grud'];
const polish = chrono.casual.clone();
polish.parsers.push({
  pattern: () => new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+((?:${MONTHS.join('|')})\\p{L}*)(?:\\s+(\\d{4}))?(?![\\p{L}])`, 'iu'),
  extract: (_ctx, m) => {
    const month = MONTHS.findIndex((p) => (m[2] ?? '').toLowerCase().startsWith(p)) + 1;
    return m[3] ? { day: Number(m[1]), month, year: Number(m[3]) } : { day: Number(m[1]), month };
  },
});


// Polish: the words of recruiting mail in general (written from the language, not from any corpus email).
export const pl: Lexicon = {
  lang: 'pl',
  stopwords: ['i', 'w', 'z', 'na', 'do', 'się', 'że', 'nie', 'jest', 'to', 'o', 'za', 'dla', 'od', 'pan', 'pani', 'państwa', 'pozdrawiam', 'dziękujemy', 'dziękuję', 'nasz', 'naszej', 'który', 'jak'],
  interview: ['rozmow\\w* (?:kwalifikacyjn|rekrutacyjn)\\w*', 'rozmow\\w* (?:telefoniczn|online|wideo)\\w*', 'spotkani\\w* rekrutacyjn\\w*', 'etap\\w* rekrutacji', 'wywiad\\w*'],
  assessment: ['odpowiedz\\w* na (?:kilka )?pyta\\w*', 'test (?:online|techniczny|kompetencji)', 'zadanie rekrutacyjne'],
  invite: ['zaprasza\\w*', 'zaprosze\\w*', 'chcielibyśmy (?:zaprosić|porozmawiać|spotkać)', 'prosimy o (?:przybycie|stawienie)'],
  availability: ['dostępnoś\\w*', 'dogodn\\w* termin\\w*', 'który termin', 'wybierz termin', 'proszę o (?:wskazanie|podanie) terminu', 'zarezerwuj'],
  nextStep: ['kolejn\\w* etap\\w*', 'następn\\w* etap\\w*', 'drugi etap'],
  reschedule: ['przełożon\\w*', 'przełożyć', 'zmian\\w* terminu', 'nowy termin', 'odwoła\\w*', 'anulowan\\w*', 'zaktualizowan\\w*', 'została zaktualizowana', 'jest teraz zaplanowane'],
  confirmation: ['potwierdzamy', 'potwierdzeni\\w*', 'potwierdzon\\w*', 'potwierdzenie rezerwacji', 'rezerwacja została zaakceptowana', 'wymaga potwierdzenia'],
  reminder: ['przypomnieni\\w*', 'przypominamy'],
  softNegative: ['niestety', 'z przykrością'],
  rejection: ['inn\\w* kandydat\\w*', 'nie zostać wybran\\w*', 'nie została wybrana', 'nie został wybrany', 'odrzuc\\w*', 'nie będziemy kontynuować'],
  offer: ['ofert\\w* pracy', 'propozycj\\w* zatrudnienia', 'umow\\w* o pracę'],
  received: ['otrzymaliśmy (?:twoją|pana|pani) aplikacj\\w*', 'dziękujemy za (?:przesłanie )?aplikacj\\w*', 'dziękujemy za zgłoszenie', 'skontaktujemy się (?:z wybranymi|jeśli|gdy)', 'rozpatrywan\\w*'],
  alert: ['oferty pracy dla ciebie', 'nowe oferty', 'podobne oferty', 'wypisz się', 'anuluj subskrypcję'],
  newsletter: ['porady', 'newsletter', 'czytaj więcej', 'artykuł'],
  media: ['dziennikar\\w*', 'redakcj\\w*', 'podcast\\w*', 'odcin\\w*', 'naszych czytelników', 'magazyn\\w*', 'gazet\\w*'],
  research: ['karta podarunkowa', 'bon podarunkowy', 'badani\\w* użytkowników', 'wynagrodzeni\\w* za udział', 'ankiet\\w*'],
  admissions: ['rekrutacj\\w* na studia', 'uczelni\\w*', 'uniwersyte\\w*', 'studia magisterskie', 'doktoranck\\w*'],
  internal: ['spotkani\\w* (?:działu|zespołu)', 'zebrani\\w*', 'szkoleni\\w*', 'odpraw\\w*'],
  meeting: ['rozmow\\w*', 'spotkani\\w*', 'wizyt\\w*'],
  hiringSide: ['kandydat(?:ka)?:', 'kandydat\\w* (?:został|zgłosił|przyjął|potwierdził|odrzucił)\\w*', 'imię i nazwisko kandydata', 'osoba rekrutująca', 'formularz oceny', 'ocena kandydata', 'nowa aplikacja', 'nowe zgłoszenie', 'przyjął zaproszenie', 'rezerwuje czas na spotkanie z tobą', 'nową rezerwację'],
  cancellation: ['anulowan\\w*', 'odwołan\\w*'],
  reference: ['referencj\\w*', 'weryfikacj\\w* (?:kandydata|przeszłości)'],
  onboarding: ['pierwszy dzień', 'data rozpoczęcia', 'witamy w zespole', 'onboarding\\w*', 'wdrożeni\\w*'],
  outreach: ['twój profil na linkedin', 'otwart\\w* na now\\w*', 'ciekaw\\w* propozycj\\w*'],
  thanksAfter: ['dziękujemy za (?:rozmowę|spotkanie|poświęcony czas)', 'wrócimy z odpowiedzią', 'odezwiemy się'],
  ownMail: ['dziękuję za zaproszenie', 'potwierdzam (?:swoją )?obecność', 'wycofuję (?:swoją )?aplikację'],
  phone: ['telefon\\w*', 'zadzwonimy'],
  video: ['wideo', 'zoom', 'teams', 'online', 'google meet', 'zdaln\\w*'],
  onsite: ['w (?:naszym )?biurze', 'w siedzibie', 'recepcj\\w*', 'ul\\. [A-ZŁŚŻ]\\w+', 'piętro', 'adres\\w*', 'osobiście'],
  formatLabels: ['(?:forma|tryb|rodzaj)(?: rozmowy)?'],
  pastMentions: ['w zeszłym tygodniu', 'wczoraj', 'dziękuj\\w* za (?:rozmowę|telefon)', 'po naszej rozmowie', 'zgodnie z (?:ustaleniami|rozmową)'],
  contactOffers: ['(?:w razie|w przypadku) pytań', 'pytania', 'skontaktuj\\w*', 'proszę o kontakt'],
  addressLabels: ['adres', 'miejsce', 'lokalizacja', 'gdzie'],
  signoff: ['z poważaniem', 'pozdrawiam(?: serdecznie)?', 'serdecznie pozdrawiam', 'z wyrazami szacunku', 'dziękuję', 'pozdrowienia'],
  previousSlotWords: ['poprzedni(?: termin)?', 'pierwotny termin', 'przeniesion[ay] z', 'zamiast'],
  slotEndLabels: ['koniec'],
  monthStems: MONTHS,
  dates: polish as unknown as DateParser,
  role: ['(?:stanowisk\\w*|stanowsko) (?:na )?([^,.;:\\n()]{2,60}?)(?= w | w firmie |[,.;:\\n(]|$)'],
  company: ['w firmie ([A-ZŁŚŻ][\\w&\'-]*(?: [A-ZŁŚŻ][\\w&\'-]*){0,3})(?=[,.!;:\\n]| i | na | w |$)'],
};
