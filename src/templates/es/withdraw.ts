import type { WithdrawPhrases } from '../letters/phrases';
import { admiredObject } from './common';

export const withdraw: WithdrawPhrases = {
  late: [
    'Le pido disculpas por la demora en escribirle y por este cambio de planes.',
    'Disculpe la tardanza de mi mensaje y el cambio de planes.',
  ],
  thanks: (r) => [
    `Le agradezco de nuevo la invitación a una entrevista para ${r} y el tiempo dedicado a mi candidatura.`,
    `Muchas gracias otra vez por invitarme a una entrevista para ${r} y por organizarla.`,
  ],
  decision: (t) => ({
    warm: [
      `Le escribo cuanto antes para comunicarle que debo retirarme de la entrevista prevista${t}.`,
      `Quería avisarle enseguida de que no podré asistir a la entrevista prevista${t}.`,
    ],
    formal: [
      `Le escribo de inmediato para comunicarle que debo retirar mi candidatura y cancelar la entrevista prevista${t}.`,
      `Quisiera informarle cuanto antes de que no podré asistir a la entrevista prevista${t}.`,
    ],
    brief: [`Debo retirarme de la entrevista prevista${t}.`, `No podré asistir a la entrevista prevista${t}.`],
  }),
  sorry: [
    'Le pido disculpas por este cambio de planes.',
    'Disculpe el cambio, sobre todo después del tiempo que dedicó a organizar la entrevista.',
  ],
  bridge: [
    'No ha sido una decisión fácil, porque tenía muchas ganas de conocerles.',
    'Tenía muchas ganas de conversar con usted, así que no ha sido una decisión sencilla.',
  ],
  referral: (name) => [
    `Si le resulta útil, puedo recomendarle a ${name}, cuyo perfil creo que encaja muy bien con el puesto.`,
    `Me permito sugerirle el perfil de ${name}, que podría ser una excelente opción para el puesto.`,
  ],
  admired: (v) => [
    `Hace tiempo que admiro ${admiredObject(v)} y me encantaría seguir en contacto para futuras oportunidades.`,
    `Admiro mucho ${admiredObject(v)} y espero de verdad que nuestros caminos vuelvan a cruzarse en el futuro.`,
  ],
  closing: {
    full: [
      'Le agradezco mucho su comprensión y espero sinceramente que sigamos en contacto en el futuro.',
      'Muchas gracias por su comprensión; ojalá nuestros caminos vuelvan a cruzarse más adelante y podamos colaborar.',
    ],
    brief: ['Gracias por su comprensión; espero que sigamos en contacto.', 'Le deseo mucho éxito en el futuro.'],
  },
};
