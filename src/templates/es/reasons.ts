import type { LetterLanguage } from '../letters/phrases';

export const reasons: LetterLanguage['reasons'] = {
  other_offer: {
    full: ['Recientemente he aceptado una oferta de trabajo en otra empresa.', 'Hace poco acepté una propuesta para otro puesto.'],
    brief: ['He aceptado otra oferta.', 'He aceptado un puesto en otra empresa.'],
  },
  not_a_fit: {
    full: [
      'Tras pensarlo con calma, creo que el puesto no encaja del todo con mis objetivos profesionales.',
      'He llegado a la conclusión de que el puesto no se ajusta a la dirección que quiero dar a mi carrera.',
    ],
    brief: ['El puesto no encaja con mis objetivos actuales.', 'El puesto no se ajusta a mis planes profesionales.'],
  },
  personal: {
    full: [
      'Un cambio en mis circunstancias me impide asumir un nuevo puesto en este momento.',
      'Mi situación ha cambiado y ahora mismo no puedo comprometerme con un nuevo empleo.',
    ],
    brief: [
      'Un cambio en mis circunstancias me impide asumir un nuevo puesto ahora.',
      'Mi situación ha cambiado y no puedo comprometerme con un nuevo empleo.',
    ],
  },
  logistics: {
    full: [
      'El desplazamiento para una entrevista presencial no me resulta viable en este momento.',
      'La distancia hace que una entrevista presencial sea muy difícil de organizar por mi parte.',
    ],
    brief: ['El desplazamiento no me resulta viable.', 'La distancia me impide acudir en persona.'],
  },
  admired_company: {
    full: [
      'Hace poco acepté otro puesto y quiero mantener ese compromiso.',
      'Recientemente me he comprometido con otra empresa y deseo cumplir mi palabra.',
    ],
    brief: ['He aceptado otro puesto y quiero respetar ese compromiso.', 'Ya me he comprometido con otra empresa.'],
  },
  conflict: {
    full: [
      'A esa hora tengo otro compromiso que no puedo cambiar.',
      'Me ha surgido un compromiso ineludible que coincide con ese horario.',
    ],
    brief: ['Tengo un compromiso ineludible a esa hora.', 'A esa hora tengo otro compromiso fijo.'],
  },
  illness: {
    full: [
      'Ahora mismo no me encuentro bien de salud y quiero estar en plena forma para la entrevista.',
      'Un problema de salud me obliga a guardar unos días de reposo.',
    ],
    brief: ['No me encuentro bien de salud.', 'Necesito unos días de reposo por motivos de salud.'],
  },
  travel: {
    full: [
      'Ese día estaré de viaje y no podría dedicarle a la conversación la atención que merece.',
      'En esa fecha tengo un viaje previsto desde hace tiempo.',
    ],
    brief: ['Ese día estaré de viaje.', 'En esa fecha estaré fuera.'],
  },
};

// 'logistics' for a video or phone interview: timing and availability, never distance.
export const remoteLogistics: LetterLanguage['remoteLogistics'] = {
  full: ['Mis compromisos actuales no me dejan tiempo para el proceso de selección en este momento.', 'Mi disponibilidad actual no me permite dedicar al proceso el tiempo que merece.', 'Los plazos no me encajan: ahora mismo no puedo dedicarle el tiempo necesario.'],
  brief: ['Mi disponibilidad actual no me lo permite.', 'Ahora mismo no tengo tiempo para el proceso.', 'Los plazos no me encajan.'],
};

// Against several offered times (or a booking link): "those times", never "that date".
export const offeredReasons: LetterLanguage['offeredReasons'] = {
  conflict: {
    full: ['En cada uno de esos horarios tengo un compromiso que no puedo cambiar.', 'Todos esos horarios coinciden con compromisos que no puedo mover.', 'Tengo compromisos ineludibles en todos esos horarios.'],
    brief: ['Tengo compromisos fijos en esos horarios.', 'Esos horarios coinciden con otros compromisos.', 'En esos horarios ya tengo otros compromisos.'],
  },
  travel: {
    full: ['En esas fechas estaré de viaje y no podría dedicarle a la conversación la atención que merece.', 'En esas fechas tengo un viaje previsto desde hace tiempo.', 'Estaré fuera en todas esas fechas.'],
    brief: ['En esas fechas estaré de viaje.', 'En esas fechas estaré fuera.', 'Esos días estaré de viaje.'],
  },
};
