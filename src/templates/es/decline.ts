import type { DeclinePhrases } from '../letters/phrases';
import { admiredObject } from './common';

// One thank-you: the opening one. Usted or tú throughout, never both.
export const decline: DeclinePhrases = {
  thanks: (r) => ({
    polite: {
      warm: [
        `Muchas gracias por invitarme a una entrevista para ${r} y por el tiempo dedicado a mi candidatura.`,
        `Le agradezco mucho la invitación a la entrevista para ${r}; me hizo mucha ilusión recibirla.`,
        `Muchas gracias por la invitación a una entrevista para ${r} y por el interés mostrado en mi candidatura.`,
      ],
      formal: [
        `Le agradezco sinceramente la invitación a una entrevista para ${r} y el interés mostrado en mi candidatura.`,
        `Quisiera darle las gracias por invitarme a una entrevista para ${r} y por el tiempo dedicado a mi candidatura.`,
        `Le agradezco la invitación a una entrevista para ${r}, así como la atención prestada a mi candidatura.`,
      ],
      brief: [`Gracias por la invitación a la entrevista para ${r} y por su tiempo.`, `Le agradezco la invitación a una entrevista para ${r}.`, `Muchas gracias por invitarme a una entrevista para ${r}.`],
    },
    familiar: {
      warm: [
        `Muchas gracias por invitarme a una entrevista para ${r} y por el tiempo dedicado a mi candidatura.`,
        `Te agradezco mucho la invitación a la entrevista para ${r}; me hizo mucha ilusión recibirla.`,
        `Muchas gracias por la invitación a una entrevista para ${r} y por el interés mostrado en mi candidatura.`,
      ],
      formal: [
        `Te agradezco sinceramente la invitación a una entrevista para ${r} y el interés mostrado en mi candidatura.`,
        `Quería darte las gracias por invitarme a una entrevista para ${r} y por el tiempo dedicado a mi candidatura.`,
        `Te agradezco la invitación a una entrevista para ${r}, así como la atención prestada a mi candidatura.`,
      ],
      brief: [`Gracias por la invitación a la entrevista para ${r} y por tu tiempo.`, `Te agradezco la invitación a una entrevista para ${r}.`, `Muchas gracias por invitarme a una entrevista para ${r}.`],
    },
  }),
  decision: {
    polite: {
      warm: ['Después de pensarlo mucho, he decidido no seguir adelante con el proceso.', 'Lo he meditado con calma y he decidido no continuar con el proceso.', 'Tras pensarlo bien, he decidido no seguir adelante con la entrevista.'],
      formal: ['Tras una cuidadosa reflexión, he decidido declinar su invitación.', 'Tras considerarlo detenidamente, debo declinar la entrevista.', 'Tras valorarlo con detenimiento, debo declinar la entrevista.'],
      brief: ['Sin embargo, debo declinarla.', 'He decidido no continuar con el proceso.', 'He decidido declinar la entrevista.'],
    },
    familiar: {
      warm: ['Después de pensarlo mucho, he decidido no seguir adelante con el proceso.', 'Lo he meditado con calma y he decidido no continuar con el proceso.', 'Tras pensarlo bien, he decidido no seguir adelante con la entrevista.'],
      formal: ['Tras una cuidadosa reflexión, he decidido declinar tu invitación.', 'Tras considerarlo detenidamente, debo declinar la entrevista.', 'Tras valorarlo con detenimiento, debo declinar la entrevista.'],
      brief: ['Sin embargo, debo declinarla.', 'He decidido no continuar con el proceso.', 'He decidido declinar la entrevista.'],
    },
  },
  remoteDecision: ['Lamentablemente, no podré asistir a una entrevista presencial.', 'Por desgracia, no podré acudir a la entrevista en persona.', 'Lamentablemente, no podré desplazarme para una entrevista presencial.'],
  remoteAsk: [
    '¿Sería posible hacerla por videollamada? En ese caso, participaría con mucho gusto.',
    'Si existe la opción de una entrevista por vídeo o por teléfono, me encantaría participar de esa forma.',
    '¿Cabría la posibilidad de hacer la entrevista por vídeo o por teléfono? Participaría con mucho gusto.',
  ],
  bridge: {
    polite: {
      full: ['No ha sido una decisión fácil, y la he pensado con calma.', 'Quería comunicárselo en cuanto tomé la decisión, para que pueda organizarse con tiempo.', 'He pensado mucho en ello antes de escribirle, y no ha sido una decisión fácil.'],
      brief: ['No ha sido una decisión fácil.', 'He tomado esta decisión tras pensarlo con calma, y no ha sido fácil.', 'Lo he pensado detenidamente antes de tomar esta decisión.'],
    },
    familiar: {
      full: ['No ha sido una decisión fácil, y la he pensado con calma.', 'Quería decírtelo en cuanto tomé la decisión, para que puedas organizarte con tiempo.', 'He pensado mucho en ello antes de escribirte, y no ha sido una decisión fácil.'],
      brief: ['No ha sido una decisión fácil.', 'He tomado esta decisión tras pensarlo con calma, y no ha sido fácil.', 'Lo he pensado detenidamente antes de tomar esta decisión.'],
    },
  },
  goodwill: {
    full: ['Me ha alegrado mucho recibir la invitación.', 'Recibir la invitación ha sido una muy buena noticia para mí.', 'La invitación me ha hecho mucha ilusión.'],
    brief: ['Me alegró recibir la invitación.', 'La invitación ha sido una buena noticia.', 'Me alegró mucho la invitación.'],
  },
  admired: (v) => {
    const collaborate = v.company ? `Espero que en el futuro podamos colaborar con ${v.company}.` : 'Espero que en el futuro podamos colaborar.';
    return {
      polite: {
        full: [
          `Hace tiempo que admiro ${admiredObject(v, true)}, y me encantaría seguir en contacto para futuras oportunidades.`,
          `Siento una gran admiración por ${v.company || 'su empresa'} y espero de verdad que nuestros caminos vuelvan a cruzarse en el futuro.`,
          `Tengo en gran estima ${admiredObject(v, true)} y me gustaría saber de futuras vacantes.`,
        ],
        brief: [`Admiro ${admiredObject(v, true)} y me gustaría seguir en contacto para el futuro.`, collaborate, `Tengo en gran estima ${admiredObject(v, true)} y espero seguir en contacto.`],
      },
      familiar: {
        full: [
          `Hace tiempo que admiro ${admiredObject(v, false)}, y me encantaría seguir en contacto para futuras oportunidades.`,
          `Siento una gran admiración por ${v.company || 'tu empresa'} y espero de verdad que nuestros caminos vuelvan a cruzarse en el futuro.`,
          `Tengo en gran estima ${admiredObject(v, false)} y me gustaría saber de futuras vacantes.`,
        ],
        brief: [`Admiro ${admiredObject(v, false)} y me gustaría seguir en contacto para el futuro.`, collaborate, `Tengo en gran estima ${admiredObject(v, false)} y espero seguir en contacto.`],
      },
    };
  },
  closing: {
    polite: {
      warm: [
        'Le deseo mucho éxito a usted y a todo el equipo, y espero que nuestros caminos vuelvan a cruzarse.',
        'Me encantaría que siguiéramos en contacto, y le deseo mucha suerte en el proceso de selección.',
        'Con gusto seguiré en contacto, y les deseo a usted y a su equipo lo mejor en el futuro.',
      ],
      formal: [
        'Le deseo a usted y a su equipo mucho éxito, y espero que tengamos ocasión de colaborar en el futuro.',
        'Me gustaría mantener el contacto y le deseo mucho éxito en la búsqueda de la persona adecuada.',
        'Quedo a su disposición para seguir en contacto y le deseo a su equipo mucho éxito en el futuro.',
      ],
      brief: ['Le deseo mucho éxito y espero seguir en contacto.', 'Espero que coincidamos en el futuro.', 'Le deseo mucha suerte con la selección y espero que sigamos en contacto.'],
    },
    familiar: {
      warm: [
        'Te deseo mucho éxito a ti y a todo el equipo, y espero que nuestros caminos vuelvan a cruzarse.',
        'Me encantaría que siguiéramos en contacto, y te deseo mucha suerte en el proceso de selección.',
        'Con gusto seguiré en contacto, y te deseo lo mejor en el futuro a ti y a todo el equipo.',
      ],
      formal: [
        'Te deseo a ti y a tu equipo mucho éxito, y espero que tengamos ocasión de colaborar en el futuro.',
        'Me gustaría mantener el contacto y te deseo mucho éxito en la búsqueda de la persona adecuada.',
        'Me encantaría seguir en contacto, y te deseo a ti y a tu equipo mucho éxito en el futuro.',
      ],
      brief: ['Te deseo mucho éxito y espero seguir en contacto.', 'Espero que coincidamos en el futuro.', 'Te deseo mucha suerte con la selección y espero que sigamos en contacto.'],
    },
  },
};
