import type { ReschedulePhrases } from '../letters/phrases';

export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    polite: {
      full: [`Muchas gracias por invitarme a una entrevista para ${r}.`, `Le agradezco sinceramente la invitación a una entrevista para ${r}, que recibí con mucha ilusión.`, `Le doy las gracias por la invitación a una entrevista para ${r}.`],
      brief: [`Gracias por la invitación a la entrevista para ${r}.`, `Le agradezco la invitación a una entrevista para ${r}.`, `Muchas gracias por invitarme a la entrevista para ${r}.`],
    },
    familiar: {
      full: [`Muchas gracias por invitarme a una entrevista para ${r}.`, `Te agradezco sinceramente la invitación a una entrevista para ${r}, que recibí con mucha ilusión.`, `Te doy las gracias por la invitación a una entrevista para ${r}.`],
      brief: [`Gracias por la invitación a la entrevista para ${r}.`, `Te agradezco la invitación a una entrevista para ${r}.`, `Muchas gracias por invitarme a la entrevista para ${r}.`],
    },
  }),
  decision: (t) => ({
    polite: {
      warm: [
        `Por desgracia, no podré asistir en el horario previsto${t}; ¿podríamos buscar otra fecha?`,
        `Lamentablemente, el horario previsto${t} no me viene bien; ¿podríamos pasar la entrevista a otro momento?`,
        `Me temo que no podré asistir a la entrevista${t}; ¿sería posible buscar otro horario?`,
      ],
      formal: [
        `Lamentablemente, no podré asistir a la entrevista prevista${t}, por lo que quisiera solicitarle reprogramarla.`,
        `Quisiera pedirle, si es posible, reprogramar la entrevista${t} para otra fecha, ya que no podré asistir.`,
        `Al no poder asistir a la entrevista prevista${t}, quisiera saber si sería posible fijar otra fecha.`,
      ],
      brief: [`No podré asistir a la entrevista${t}; ¿podríamos cambiar la fecha?`, `¿Sería posible reprogramar la entrevista${t}?`, `No podré asistir a la entrevista${t}; ¿podríamos buscar otro horario?`],
    },
    familiar: {
      warm: [
        `Por desgracia, no podré asistir en el horario previsto${t}; ¿podríamos buscar otra fecha?`,
        `Lamentablemente, el horario previsto${t} no me viene bien; ¿podríamos pasar la entrevista a otro momento?`,
        `Me temo que no podré asistir a la entrevista${t}; ¿sería posible buscar otro horario?`,
      ],
      formal: [
        `Lamentablemente, no podré asistir a la entrevista prevista${t}, por lo que quería pedirte que la reprogramáramos.`,
        `Quería pedirte, si es posible, reprogramar la entrevista${t} para otra fecha, ya que no podré asistir.`,
        `Al no poder asistir a la entrevista prevista${t}, quería saber si sería posible fijar otra fecha.`,
      ],
      brief: [`No podré asistir a la entrevista${t}; ¿podríamos cambiar la fecha?`, `¿Sería posible reprogramar la entrevista${t}?`, `No podré asistir a la entrevista${t}; ¿podríamos buscar otro horario?`],
    },
  }),
  noneFit: {
    polite: {
      warm: [
        'Lamentablemente, ninguno de los horarios propuestos me viene bien; ¿podríamos reprogramar la entrevista?',
        'Ninguno de los horarios propuestos me resulta posible; ¿podríamos reprogramar la entrevista para otro momento?',
        'Me temo que ninguno de los horarios propuestos me va bien; ¿podríamos buscar otro horario?',
      ],
      formal: [
        'Lamentablemente, no me es posible asistir en ninguno de los horarios propuestos, por lo que le ruego que consideremos reprogramar la entrevista.',
        'Dado que ninguno de los horarios propuestos me resulta posible, quisiera pedirle que reprogramemos la entrevista.',
        'Lamentablemente, ninguno de los horarios propuestos me es posible; ¿cabría buscar otra fecha?',
      ],
      brief: ['Ninguno de los horarios propuestos me viene bien; ¿podríamos reprogramar?', '¿Podríamos reprogramar la entrevista? Ninguno de los horarios propuestos me viene bien.', 'Ninguno de los horarios me es posible; ¿buscamos otra fecha?'],
    },
    familiar: {
      warm: [
        'Lamentablemente, ninguno de los horarios propuestos me viene bien; ¿podríamos reprogramar la entrevista?',
        'Ninguno de los horarios propuestos me resulta posible; ¿podríamos reprogramar la entrevista para otro momento?',
        'Me temo que ninguno de los horarios propuestos me va bien; ¿podríamos buscar otro horario?',
      ],
      formal: [
        'Lamentablemente, no me es posible asistir en ninguno de los horarios propuestos, así que te pediría que reprogramáramos la entrevista.',
        'Dado que ninguno de los horarios propuestos me resulta posible, quería pedirte que reprogramemos la entrevista.',
        'Lamentablemente, ninguno de los horarios propuestos me es posible; ¿cabría buscar otra fecha?',
      ],
      brief: ['Ninguno de los horarios propuestos me viene bien; ¿podríamos reprogramar?', '¿Podríamos reprogramar la entrevista? Ninguno de los horarios propuestos me viene bien.', 'Ninguno de los horarios me es posible; ¿buscamos otra fecha?'],
    },
  },
  slotsIntro: {
    polite: ['Tendría disponibilidad en estos horarios:', '¿Le vendría bien alguno de estos horarios?', 'Podría asistir en cualquiera de estos horarios:'],
    familiar: ['Tendría disponibilidad en estos horarios:', '¿Te vendría bien alguno de estos horarios?', 'Podría asistir en cualquiera de estos horarios:'],
  },
  slotsLink: (link) => ({ polite: [`También puede elegir un horario aquí: ${link}`], familiar: [`También puedes elegir un horario aquí: ${link}`] }),
  link: (link) => ({
    polite: [`Si le resulta más cómodo, puede elegir el horario que prefiera en este enlace: ${link}`, `Puede consultar mi disponibilidad aquí: ${link}`, `Puede reservar directamente un hueco libre en mi agenda: ${link}`],
    familiar: [`Si te resulta más cómodo, puedes elegir el horario que prefieras en este enlace: ${link}`, `Puedes consultar mi disponibilidad aquí: ${link}`, `Puedes reservar directamente un hueco libre en mi agenda: ${link}`],
  }),
  ask: {
    polite: {
      full: ['¿Podría indicarme algunos horarios alternativos? Me adaptaré con gusto a su agenda.', 'Si me propone otras fechas, haré lo posible por adaptarme a su calendario.', '¿Qué otras fechas le vendrían bien? Me adaptaré a su agenda.'],
      brief: ['¿Podría indicarme otros horarios posibles?', 'Quedo a la espera de otras fechas posibles.', '¿Qué otras fechas le vendrían bien?'],
    },
    familiar: {
      full: ['¿Podrías indicarme algunos horarios alternativos? Me adaptaré con gusto a tu agenda.', 'Si me propones otras fechas, haré lo posible por adaptarme a tu calendario.', '¿Qué otras fechas te vendrían bien? Me adaptaré a tu agenda.'],
      brief: ['¿Podrías indicarme otros horarios posibles?', 'Quedo a la espera de otras fechas posibles.', '¿Qué otras fechas te vendrían bien?'],
    },
  },
  sorry: {
    polite: ['Disculpe las molestias.', 'Le pido disculpas por tener que pedir otra fecha.', 'Disculpe que le pida otro horario.'],
    familiar: ['Disculpa las molestias.', 'Te pido disculpas por tener que pedir otra fecha.', 'Disculpa que te pida otro horario.'],
  },
  close: {
    polite: {
      full: ['El puesto me sigue interesando mucho y espero con ganas nuestra conversación.', 'Mi interés por el puesto sigue intacto y quedo a la espera de su respuesta.', 'El puesto me interesa mucho y espero que encontremos un horario que nos venga bien.'],
      brief: ['Quedo a la espera de su respuesta.', 'El puesto me sigue interesando mucho.', 'Mi interés por el puesto sigue intacto.'],
    },
    familiar: {
      full: ['El puesto me sigue interesando mucho y espero con ganas nuestra conversación.', 'Mi interés por el puesto sigue intacto y quedo a la espera de tu respuesta.', 'El puesto me interesa mucho y espero que encontremos un horario que nos venga bien.'],
      brief: ['Quedo a la espera de tu respuesta.', 'El puesto me sigue interesando mucho.', 'Mi interés por el puesto sigue intacto.'],
    },
  },
};
