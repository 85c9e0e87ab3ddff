import type { WithdrawPhrases } from '../letters/phrases';
import { admiredObject } from './common';

export const withdraw: WithdrawPhrases = {
  late: {
    polite: ['Le pido disculpas por la demora en escribirle y por este cambio de planes.', 'Disculpe la tardanza de mi mensaje y el cambio de planes.', 'Lamento el retraso en escribirle y tener que cambiar los planes.'],
    familiar: ['Te pido disculpas por la demora en escribirte y por este cambio de planes.', 'Disculpa la tardanza de mi mensaje y el cambio de planes.', 'Lamento escribirte con tanta demora y tener que cambiar los planes.'],
  },
  thanks: (r) => ({
    polite: [
      `Le agradezco de nuevo la invitación a una entrevista para ${r} y el tiempo dedicado a mi candidatura.`,
      `Muchas gracias otra vez por invitarme a una entrevista para ${r} y por organizarla.`,
      `Le agradezco de corazón la invitación a una entrevista para ${r} y todo el esfuerzo dedicado a organizarla.`,
    ],
    familiar: [
      `Te agradezco de nuevo la invitación a una entrevista para ${r} y el tiempo dedicado a mi candidatura.`,
      `Muchas gracias otra vez por invitarme a una entrevista para ${r} y por organizarla.`,
      `Te agradezco de corazón la invitación a una entrevista para ${r} y todo el esfuerzo dedicado a organizarla.`,
    ],
  }),
  decision: (t) => ({
    polite: {
      warm: [
        `Le escribo cuanto antes para comunicarle que debo retirarme de la entrevista prevista${t}.`,
        `Quería avisarle enseguida de que no podré asistir a la entrevista prevista${t}.`,
        `Le escribo enseguida porque debo retirarme de la entrevista prevista${t}.`,
      ],
      formal: [
        `Le escribo de inmediato para comunicarle que debo retirar mi candidatura y cancelar la entrevista prevista${t}.`,
        `Quisiera informarle cuanto antes de que no podré asistir a la entrevista prevista${t}.`,
        `Me dirijo a usted de inmediato para comunicarle que debo retirarme de la entrevista prevista${t}.`,
      ],
      brief: [`Debo retirarme de la entrevista prevista${t}.`, `No podré asistir a la entrevista prevista${t}.`, `Tengo que retirarme de la entrevista prevista${t}.`],
    },
    familiar: {
      warm: [
        `Te escribo cuanto antes para comunicarte que debo retirarme de la entrevista prevista${t}.`,
        `Quería avisarte enseguida de que no podré asistir a la entrevista prevista${t}.`,
        `Te escribo enseguida porque debo retirarme de la entrevista prevista${t}.`,
      ],
      formal: [
        `Te escribo de inmediato para comunicarte que debo retirar mi candidatura y cancelar la entrevista prevista${t}.`,
        `Quería informarte cuanto antes de que no podré asistir a la entrevista prevista${t}.`,
        `Te escribo sin esperar para comunicarte que debo retirarme de la entrevista prevista${t}.`,
      ],
      brief: [`Debo retirarme de la entrevista prevista${t}.`, `No podré asistir a la entrevista prevista${t}.`, `Tengo que retirarme de la entrevista prevista${t}.`],
    },
  }),
  sorry: {
    polite: ['Le pido disculpas por este cambio de planes.', 'Disculpe el cambio, sobre todo después del tiempo que dedicó a organizar la entrevista.', 'Lamento cambiar los planes y le pido disculpas por ello.'],
    familiar: ['Te pido disculpas por este cambio de planes.', 'Disculpa el cambio, sobre todo después del tiempo que dedicaste a organizar la entrevista.', 'Lamento cambiar los planes y te pido disculpas por ello.'],
  },
  bridge: {
    polite: ['No ha sido una decisión fácil, porque tenía muchas ganas de conocer al equipo.', 'Tenía muchas ganas de conversar con usted, así que no ha sido una decisión sencilla.', 'Me hacía ilusión conversar con usted, por lo que la decisión me ha costado.'],
    familiar: ['No ha sido una decisión fácil, porque tenía muchas ganas de conocer al equipo.', 'Tenía muchas ganas de conversar contigo, así que no ha sido una decisión sencilla.', 'Me hacía ilusión conversar contigo, por lo que la decisión me ha costado.'],
  },
  referral: (name) => ({
    polite: [
      `Si le resulta útil, puedo recomendarle a ${name}, cuyo perfil creo que encaja muy bien con el puesto.`,
      `Me permito sugerirle el perfil de ${name}, que podría ser una excelente opción para el puesto.`,
      `Si todavía buscan candidatos, recomendaría con gusto a ${name} para el puesto.`,
    ],
    familiar: [
      `Si te resulta útil, puedo recomendarte a ${name}, cuyo perfil creo que encaja muy bien con el puesto.`,
      `Te sugiero el perfil de ${name}, que podría ser una excelente opción para el puesto.`,
      `Si sigues buscando candidatos, te recomendaría con gusto a ${name} para el puesto.`,
    ],
  }),
  admired: (v) => ({
    polite: [
      `Hace tiempo que admiro ${admiredObject(v, true)} y me encantaría seguir en contacto para futuras oportunidades.`,
      `Admiro mucho ${admiredObject(v, true)} y espero de verdad que nuestros caminos vuelvan a cruzarse en el futuro.`,
      `Tengo en gran estima ${admiredObject(v, true)} y me gustaría saber de futuras vacantes.`,
    ],
    familiar: [
      `Hace tiempo que admiro ${admiredObject(v, false)} y me encantaría seguir en contacto para futuras oportunidades.`,
      `Admiro mucho ${admiredObject(v, false)} y espero de verdad que nuestros caminos vuelvan a cruzarse en el futuro.`,
      `Tengo en gran estima ${admiredObject(v, false)} y me gustaría saber de futuras vacantes.`,
    ],
  }),
  closing: {
    polite: {
      full: ['Espero que comprenda mi decisión y que sigamos en contacto en el futuro.', 'Ojalá nuestros caminos vuelvan a cruzarse más adelante y podamos colaborar.', 'Confío en su comprensión y espero que sigamos en contacto.'],
      brief: ['Espero que sigamos en contacto.', 'Le deseo mucho éxito en el futuro.', 'Espero que lo comprenda, y le deseo mucho éxito en el futuro.'],
    },
    familiar: {
      full: ['Espero que comprendas mi decisión y que sigamos en contacto en el futuro.', 'Ojalá nuestros caminos vuelvan a cruzarse más adelante y podamos colaborar.', 'Confío en tu comprensión y espero que sigamos en contacto.'],
      brief: ['Espero que sigamos en contacto.', 'Te deseo mucho éxito en el futuro.', 'Espero que lo comprendas, y te deseo mucho éxito en el futuro.'],
    },
  },
};
