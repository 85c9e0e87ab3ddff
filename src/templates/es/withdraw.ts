import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import { roleRef, timeNote } from './common';
import { reasonSentence } from './reasons';

// When late, one apology covers both the delay and the change of plans.
function lateOpening(c: Ctx): string {
  if (!c.v.lateReply) return '';
  return c.pick('es.withdraw.late', [
    'Le pido disculpas por la demora en escribirle y por este cambio de planes.',
    'Disculpe la tardanza de mi mensaje y el cambio de planes.',
  ]);
}

function thanks(c: Ctx): string {
  const r = roleRef(c.v);
  return c.pick('es.withdraw.thanks', [
    `Le agradezco de nuevo la invitación a una entrevista para ${r} y el tiempo dedicado a mi candidatura.`,
    `Muchas gracias otra vez por invitarme a una entrevista para ${r} y por organizarla.`,
  ]);
}

function decision(c: Ctx): string {
  const t = timeNote(c.v);
  return {
    warm: c.pick('es.withdraw.decision', [
      `Le escribo cuanto antes para comunicarle que debo retirarme de la entrevista prevista${t}.`,
      `Quería avisarle enseguida de que no podré asistir a la entrevista prevista${t}.`,
    ]),
    formal: c.pick('es.withdraw.decision', [
      `Le escribo de inmediato para comunicarle que debo retirar mi candidatura y cancelar la entrevista prevista${t}.`,
      `Quisiera informarle cuanto antes de que no podré asistir a la entrevista prevista${t}.`,
    ]),
    brief: c.pick('es.withdraw.decision', [
      `Debo retirarme de la entrevista prevista${t}.`,
      `No podré asistir a la entrevista prevista${t}.`,
    ]),
  }[c.tone];
}

function apology(c: Ctx): string {
  if (c.v.lateReply) return '';
  return c.pick('es.withdraw.sorry', [
    'Le pido disculpas por este cambio de planes.',
    'Disculpe el cambio, sobre todo después del tiempo que dedicó a organizar la entrevista.',
  ]);
}

function bridge(c: Ctx): string {
  if (c.reason !== 'no_reason' || c.v.reasonDetail !== '') return '';
  return c.pick('es.withdraw.bridge', [
    'No ha sido una decisión fácil, porque tenía muchas ganas de conocerles.',
    'Tenía muchas ganas de conversar con usted, así que no ha sido una decisión sencilla.',
  ]);
}

function referral(c: Ctx): string {
  const name = c.v.referralName;
  if (!name) return '';
  return c.pick('es.withdraw.referral', [
    `Si le resulta útil, puedo recomendarle a ${name}, cuyo perfil creo que encaja muy bien con el puesto.`,
    `Me permito sugerirle el perfil de ${name}, que podría ser una excelente opción para el puesto.`,
  ]);
}

function closing(c: Ctx): string {
  if (c.reason === 'admired_company') {
    const co = c.v.company ? `a ${c.v.company}` : 'su empresa';
    return c.pick('es.withdraw.admired', [
      `Hace tiempo que admiro ${co} y me encantaría seguir en contacto para futuras oportunidades.`,
      `Admiro mucho ${co} y espero de verdad que nuestros caminos vuelvan a cruzarse en el futuro.`,
    ]);
  }
  return c.tone === 'brief'
    ? c.pick('es.withdraw.closing', ['Gracias por su comprensión; espero que sigamos en contacto.', 'Le deseo mucho éxito en el futuro.'])
    : c.pick('es.withdraw.closing', [
        'Le agradezco mucho su comprensión y espero sinceramente que sigamos en contacto en el futuro.',
        'Muchas gracias por su comprensión; ojalá nuestros caminos vuelvan a cruzarse más adelante y podamos colaborar.',
      ]);
}

export const withdraw: IntentTemplate = {
  letter: true,
  paragraphs(c) {
    return [
      sentences(lateOpening(c), thanks(c), decision(c)),
      sentences(reasonSentence(c), bridge(c), apology(c)),
      referral(c),
      closing(c),
    ].filter((p) => p !== '');
  },
};
