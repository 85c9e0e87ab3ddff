import type { DeclinePhrases } from '../letters/phrases';
import { admiredObject } from './common';

export const decline: DeclinePhrases = {
  thanks: (r) => ({
    warm: [
      `Muchas gracias por invitarme a una entrevista para ${r} y por el tiempo dedicado a mi candidatura.`,
      `Le agradezco mucho la invitación a la entrevista para ${r}; me hizo mucha ilusión recibirla.`,
    ],
    formal: [
      `Le agradezco sinceramente la invitación a una entrevista para ${r} y el interés mostrado en mi candidatura.`,
      `Quisiera darle las gracias por invitarme a una entrevista para ${r}.`,
    ],
    brief: [`Gracias por la invitación a la entrevista para ${r}.`, `Le agradezco la invitación a una entrevista para ${r}.`],
  }),
  decision: {
    warm: [
      'Después de pensarlo mucho, he decidido declinar la entrevista.',
      'Lo he meditado con calma y he decidido no continuar con el proceso.',
    ],
    formal: [
      'Tras una cuidadosa reflexión, he decidido declinar su invitación.',
      'Tras considerarlo detenidamente, debo declinar la entrevista.',
    ],
    brief: ['Sin embargo, debo declinar la entrevista.', 'He decidido no continuar con el proceso.'],
  },
  remoteDecision: [
    'Lamentablemente, no podré asistir a una entrevista presencial.',
    'Por desgracia, no podré acudir a la entrevista en persona.',
  ],
  remoteAsk: [
    '¿Sería posible hacerla por videollamada? En ese caso, participaría con mucho gusto.',
    'Si existe la opción de una entrevista por vídeo o por teléfono, me encantaría participar de esa forma.',
  ],
  bridge: {
    full: [
      'No ha sido una decisión fácil, ya que me ha gustado mucho conocer más sobre el puesto.',
      'He disfrutado conociendo mejor a su equipo a lo largo del proceso.',
    ],
    brief: ['No ha sido una decisión fácil.', 'He tomado esta decisión tras pensarlo con calma.'],
  },
  appreciation: {
    full: [
      'Le agradezco de nuevo el interés que ha mostrado en mi perfil y el tiempo que me ha dedicado.',
      'Gracias de nuevo por su tiempo y por la atención prestada a mi candidatura.',
    ],
    brief: ['Gracias de nuevo por su tiempo.', 'Le agradezco el interés en mi candidatura.'],
  },
  admired: (v) => ({
    full: [
      `Hace tiempo que admiro ${admiredObject(v)}, y me encantaría seguir en contacto para futuras oportunidades.`,
      `Siento una gran admiración por ${v.company || 'su empresa'} y espero de verdad que nuestros caminos vuelvan a cruzarse en el futuro.`,
    ],
    brief: [
      `Admiro ${admiredObject(v)} y me gustaría seguir en contacto para el futuro.`,
      v.company ? `Espero que en el futuro podamos colaborar con ${v.company}.` : 'Espero que en el futuro podamos colaborar.',
    ],
  }),
  closing: {
    warm: [
      'Le deseo a usted y a todo el equipo mucho éxito, y espero que nuestros caminos vuelvan a cruzarse.',
      'Me encantaría que siguiéramos en contacto, y le deseo mucha suerte en el proceso de selección.',
    ],
    formal: [
      'Le deseo a usted y a su equipo mucho éxito, y espero que tengamos ocasión de colaborar en el futuro.',
      'Me gustaría mantener el contacto y le deseo mucho éxito en la búsqueda de la persona adecuada.',
    ],
    brief: ['Le deseo mucho éxito y espero seguir en contacto.', 'Espero que coincidamos en el futuro.'],
  },
};
