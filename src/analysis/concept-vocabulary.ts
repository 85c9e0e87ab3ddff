// Concepts the learned verdict combines with the interview words, in every detection
// language (regex fragments, matched on lower-cased text with letter boundaries).

/** A job application or vacancy: the reader is a candidate for a job. */
export const JOB = [
  'position', 'role', 'job', 'vacancy', 'opening', 'application', 'applied', 'applying', 'candidate', 'candidacy', 'hiring', 'recruit\\w*', 'cv', 'resume', 'résumé',
  'stelle', 'position', 'bewerbung\\w*', 'bewerber\\w*', 'stellenanzeige', 'ausschreibung', 'personalabteilung',
  'poste', 'candidature', 'candidat\\w*', 'offre d\'emploi', 'recrutement',
  'puesto', 'vacante', 'candidatura', 'candidat[oa]s?', 'solicitud de empleo', 'proceso de selección', 'selección',
  'posizione', 'candidatura', 'candidat[oi]', 'selezione', 'offerta di lavoro',
  'functie', 'vacature', 'sollicitatie', 'sollicitant', 'kandida\\w*', 'werving',
  'vaga', 'cargo', 'candidatura', 'candidat[oa]s?', 'recrutamento', 'processo seletivo',
  'stanowisk\\w*', 'stanowsko', 'aplikacj\\w*', 'kandyda\\w*', 'rekrutac\\w*', 'ofert\\w* pracy',
];

/** Appointments and bookings in general (a dentist's as much as an interview). */
export const APPOINTMENT = [
  'appointment', 'booking', 'booked', 'reservation', 'event', 'meeting', 'calendar',
  'termin', 'buchung', 'veranstaltung', 'besprechung',
  'rendez-vous', 'réservation', 'événement', 'réunion',
  'cita', 'reserva', 'evento', 'reunión',
  'appuntamento', 'prenotazione', 'evento', 'riunione',
  'afspraak', 'boeking', 'evenement', 'vergadering',
  'agendamento', 'marcação', 'reserva', 'evento', 'reunião',
  'wizyt\\w*', 'rezerwacj\\w*', 'wydarzeni\\w*', 'spotkani\\w*',
];

/** Interviews that are not a job interview for the reader. */
export const OTHER_INTERVIEW = [
  'exit interview', 'mock interview', 'practice interview', 'user interview', 'research interview', 'press interview', 'media interview', 'podcast interview', 'admissions interview', 'stay interview',
  'austrittsgespräch', 'mitarbeitergespräch', 'entretien de sortie', 'entretien annuel', 'entrevista de salida', 'colloquio di uscita', 'exitgesprek', 'entrevista de desligamento', 'rozmowa końcowa',
];
