import type { LetterLanguage } from '../letters/phrases';

export const reasons: LetterLanguage['reasons'] = {
  other_offer: {
    full: ['Recientemente he aceptado una oferta de trabajo en otra empresa.', 'Hace poco acepté una propuesta para otro puesto.', 'He aceptado hace poco un puesto en otra empresa.'],
    brief: ['He aceptado otra oferta.', 'He aceptado un puesto en otra empresa.', 'Ya he aceptado otro puesto.'],
  },
  not_a_fit: {
    full: [
      'Tras pensarlo con calma, creo que el puesto no encaja del todo con mis objetivos profesionales.',
      'He llegado a la conclusión de que el puesto no se ajusta a la dirección que quiero dar a mi carrera.',
      'Después de reflexionar, veo que el puesto no corresponde al rumbo que busco para mi carrera.',
    ],
    brief: ['El puesto no encaja con mis objetivos actuales.', 'El puesto no se ajusta a mis planes profesionales.', 'El puesto no corresponde a mis objetivos profesionales.'],
  },
  personal: {
    full: [
      'Un cambio en mis circunstancias me impide asumir un nuevo puesto en este momento.',
      'Mi situación ha cambiado y ahora mismo no puedo comprometerme con un nuevo empleo.',
      'Por un cambio en mis circunstancias, ahora no puedo asumir un nuevo puesto.',
    ],
    brief: [
      'Un cambio en mis circunstancias me impide asumir un nuevo puesto ahora.',
      'Mi situación ha cambiado y no puedo comprometerme con un nuevo empleo.',
      'Mis circunstancias han cambiado y ahora no puedo asumir un nuevo puesto.',
    ],
  },
  logistics: {
    full: [
      'El desplazamiento para una entrevista presencial no me resulta viable en este momento.',
      'La distancia hace que una entrevista presencial sea muy difícil de organizar por mi parte.',
      'Ahora mismo no me es posible desplazarme para una entrevista presencial.',
    ],
    brief: ['El desplazamiento no me resulta viable.', 'La distancia me impide acudir en persona.', 'No me es posible desplazarme para la entrevista.'],
  },
  admired_company: {
    full: [
      'Hace poco acepté otro puesto y quiero mantener ese compromiso.',
      'Recientemente me he comprometido con otra empresa y deseo cumplir mi palabra.',
      'He aceptado hace poco otro puesto y quiero ser fiel a ese compromiso.',
    ],
    brief: ['He aceptado otro puesto y quiero respetar ese compromiso.', 'Ya me he comprometido con otra empresa.', 'He aceptado otro puesto y voy a cumplir mi palabra.'],
  },
  conflict: {
    full: [
      'A esa hora tengo otro compromiso que no puedo cambiar.',
      'Me ha surgido un compromiso ineludible que coincide con ese horario.',
      'Tengo a esa hora un compromiso que no puedo mover.',
    ],
    brief: ['Tengo un compromiso ineludible a esa hora.', 'A esa hora tengo otro compromiso fijo.', 'A esa hora tengo un compromiso que no puedo mover.'],
  },
  illness: {
    full: [
      'Ahora mismo no me encuentro bien de salud y quiero estar en plena forma para la entrevista.',
      'Un problema de salud me obliga a guardar unos días de reposo.',
      'Ahora mismo estoy con un problema de salud y necesito unos días para recuperarme.',
    ],
    brief: ['No me encuentro bien de salud.', 'Necesito unos días de reposo por motivos de salud.', 'Necesito unos días para recuperarme de un problema de salud.'],
  },
  travel: {
    full: [
      'Ese día estaré de viaje y no podría dedicarle a la conversación la atención que merece.',
      'En esa fecha tengo un viaje previsto desde hace tiempo.',
      'Ese día estaré fuera por un viaje y no podría participar como es debido.',
    ],
    brief: ['Ese día estaré de viaje.', 'En esa fecha estaré fuera.', 'Ese día estaré fuera de viaje.'],
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
