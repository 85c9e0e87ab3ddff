import type { DeclinePhrases } from '../letters/phrases';
import { admiredObject } from './common';

// One thank-you: the opening one. Usted or tú throughout, never both.
export const decline: DeclinePhrases = {
  thanks: (r) => ({
    polite: {
      warm: [
        `Muchas gracias por invitarme a una entrevista para ${r} y por el tiempo dedicado a mi candidatura.`,
        `Le agradezco mucho la invitación a la entrevista para ${r}; me hizo mucha ilusión recibirla.`,
      ],
      formal: [
        `Le agradezco sinceramente la invitación a una entrevista para ${r} y el interés mostrado en mi candidatura.`,
        `Quisiera darle las gracias por invitarme a una entrevista para ${r} y por el tiempo dedicado a mi candidatura.`,
      ],
      brief: [`Gracias por la invitación a la entrevista para ${r} y por su tiempo.`, `Le agradezco la invitación a una entrevista para ${r}.`],
    },
    familiar: {
      warm: [
        `Muchas gracias por invitarme a una entrevista para ${r} y por el tiempo dedicado a mi candidatura.`,
        `Te agradezco mucho la invitación a la entrevista para ${r}; me hizo mucha ilusión recibirla.`,
      ],
      formal: [
        `Te agradezco sinceramente la invitación a una entrevista para ${r} y el interés mostrado en mi candidatura.`,
        `Quería darte las gracias por invitarme a una entrevista para ${r} y por el tiempo dedicado a mi candidatura.`,
      ],
      brief: [`Gracias por la invitación a la entrevista para ${r} y por tu tiempo.`, `Te agradezco la invitación a una entrevista para ${r}.`],
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
  remoteDecision: ['Lamentablemente, no podré asistir a una entrevista presencial.', 'Por desgracia, no podré acudir a la entrevista en persona.'],
  remoteAsk: [
    '¿Sería posible hacerla por videollamada? En ese caso, participaría con mucho gusto.',
    'Si existe la opción de una entrevista por vídeo o por teléfono, me encantaría participar de esa forma.',
  ],
  bridge: {
    polite: {
      full: ['No ha sido una decisión fácil, ya que me ha gustado mucho conocer más sobre el puesto.', 'Valoro mucho que haya tenido en cuenta mi candidatura, y no ha sido una decisión fácil.'],
      brief: ['No ha sido una decisión fácil.', 'He tomado esta decisión tras pensarlo con calma, y no ha sido fácil.'],
    },
    familiar: {
      full: ['No ha sido una decisión fácil, ya que me ha gustado mucho conocer más sobre el puesto.', 'Valoro mucho que hayas tenido en cuenta mi candidatura, y no ha sido una decisión fácil.'],
      brief: ['No ha sido una decisión fácil.', 'He tomado esta decisión tras pensarlo con calma, y no ha sido fácil.'],
    },
  },
  goodwill: {
    full: ['Me ha alegrado mucho recibir la invitación.', 'Recibir la invitación ha sido una muy buena noticia para mí.'],
    brief: ['Me alegró recibir la invitación.', 'La invitación ha sido una buena noticia.'],
  },
  admired: (v) => {
    const collaborate = v.company ? `Espero que en el futuro podamos colaborar con ${v.company}.` : 'Espero que en el futuro podamos colaborar.';
    return {
      polite: {
        full: [
          `Hace tiempo que admiro ${admiredObject(v, true)}, y me encantaría seguir en contacto para futuras oportunidades.`,
          `Siento una gran admiración por ${v.company || 'su empresa'} y espero de verdad que nuestros caminos vuelvan a cruzarse en el futuro.`,
        ],
        brief: [`Admiro ${admiredObject(v, true)} y me gustaría seguir en contacto para el futuro.`, collaborate],
      },
      familiar: {
        full: [
          `Hace tiempo que admiro ${admiredObject(v, false)}, y me encantaría seguir en contacto para futuras oportunidades.`,
          `Siento una gran admiración por ${v.company || 'tu empresa'} y espero de verdad que nuestros caminos vuelvan a cruzarse en el futuro.`,
        ],
        brief: [`Admiro ${admiredObject(v, false)} y me gustaría seguir en contacto para el futuro.`, collaborate],
      },
    };
  },
  closing: {
    polite: {
      warm: [
        'Le deseo mucho éxito a usted y a todo el equipo, y espero que nuestros caminos vuelvan a cruzarse.',
        'Me encantaría que siguiéramos en contacto, y le deseo mucha suerte en el proceso de selección.',
      ],
      formal: [
        'Le deseo a usted y a su equipo mucho éxito, y espero que tengamos ocasión de colaborar en el futuro.',
        'Me gustaría mantener el contacto y le deseo mucho éxito en la búsqueda de la persona adecuada.',
      ],
      brief: ['Le deseo mucho éxito y espero seguir en contacto.', 'Espero que coincidamos en el futuro.'],
    },
    familiar: {
      warm: [
        'Te deseo mucho éxito a ti y a todo el equipo, y espero que nuestros caminos vuelvan a cruzarse.',
        'Me encantaría que siguiéramos en contacto, y te deseo mucha suerte en el proceso de selección.',
      ],
      formal: [
        'Te deseo a ti y a tu equipo mucho éxito, y espero que tengamos ocasión de colaborar en el futuro.',
        'Me gustaría mantener el contacto y te deseo mucho éxito en la búsqueda de la persona adecuada.',
      ],
      brief: ['Te deseo mucho éxito y espero seguir en contacto.', 'Espero que coincidamos en el futuro.'],
    },
  },
};
