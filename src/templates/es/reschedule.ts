import type { ReschedulePhrases } from '../letters/phrases';

export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    full: [
      `Muchas gracias por invitarme a una entrevista para ${r}.`,
      `Le agradezco sinceramente la invitación a una entrevista para ${r}, que recibí con mucha ilusión.`,
    ],
    brief: [`Gracias por la invitación a la entrevista para ${r}.`, `Le agradezco la invitación a una entrevista para ${r}.`],
  }),
  decision: (t) => ({
    warm: [
      `Por desgracia, no podré asistir en el horario previsto${t}, así que le agradecería que buscáramos otra fecha.`,
      `Lamentablemente, el horario previsto${t} no me viene bien; ¿podríamos pasar la entrevista a otro momento?`,
    ],
    formal: [
      `Lamentablemente, no podré asistir a la entrevista prevista${t}, por lo que quisiera solicitarle reprogramarla.`,
      `Quisiera pedirle, si es posible, reprogramar la entrevista${t} para otra fecha, ya que no podré asistir.`,
    ],
    brief: [`No podré asistir a la entrevista${t}; ¿podríamos cambiar la fecha?`, `¿Sería posible reprogramar la entrevista${t}?`],
  }),
  noneFit: {
    warm: [
      'Lamentablemente, ninguno de los horarios propuestos me viene bien, y le agradecería mucho que pudiéramos reprogramar la entrevista.',
      'Ninguno de los horarios propuestos me resulta posible; ¿podríamos reprogramar la entrevista para otro momento?',
    ],
    formal: [
      'Lamentablemente, no me es posible asistir en ninguno de los horarios propuestos, por lo que le ruego que consideremos reprogramar la entrevista.',
      'Dado que ninguno de los horarios propuestos me resulta posible, le agradecería que pudiéramos reprogramar la entrevista.',
    ],
    brief: ['Ninguno de los horarios propuestos me viene bien; ¿podríamos reprogramar?', '¿Podríamos reprogramar la entrevista? Ninguno de los horarios propuestos me viene bien.'],
  },
  slotsIntro: ['Tendría disponibilidad en estos horarios:', '¿Le vendría bien alguno de estos horarios?'],
  slotsLink: (link) => `También puede elegir un horario aquí: ${link}`,
  link: (link) => [
    `Si le resulta más cómodo, puede elegir el horario que prefiera en este enlace: ${link}`,
    `Puede consultar mi disponibilidad aquí: ${link}`,
  ],
  ask: {
    full: [
      '¿Podría indicarme algunos horarios alternativos? Me adaptaré con gusto a su agenda.',
      'Si me propone otras fechas, haré lo posible por adaptarme a su calendario.',
    ],
    brief: ['¿Podría indicarme otros horarios posibles?', 'Quedo a la espera de otras fechas posibles.'],
  },
  sorry: ['Disculpe las molestias.', 'Le pido disculpas por el cambio.'],
  close: {
    full: [
      'El puesto me sigue interesando mucho y espero con ganas nuestra conversación.',
      'Mi interés por el puesto sigue intacto y quedo a la espera de su respuesta.',
    ],
    brief: ['Quedo a la espera de su respuesta.', 'El puesto me sigue interesando mucho.'],
  },
};
