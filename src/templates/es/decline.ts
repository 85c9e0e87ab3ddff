import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import { delayApology, roleRef } from './common';
import { reasonSentence } from './reasons';

function thanks(c: Ctx): string {
  const r = roleRef(c.v);
  return {
    warm: c.pick('es.decline.thanks', [
      `Muchas gracias por invitarme a una entrevista para ${r} y por el tiempo dedicado a mi candidatura.`,
      `Le agradezco mucho la invitación a la entrevista para ${r}; me hizo mucha ilusión recibirla.`,
    ]),
    formal: c.pick('es.decline.thanks', [
      `Le agradezco sinceramente la invitación a una entrevista para ${r} y el interés mostrado en mi candidatura.`,
      `Quisiera darle las gracias por invitarme a una entrevista para ${r}.`,
    ]),
    brief: c.pick('es.decline.thanks', [
      `Gracias por la invitación a la entrevista para ${r}.`,
      `Le agradezco la invitación a una entrevista para ${r}.`,
    ]),
  }[c.tone];
}

function decision(c: Ctx): string {
  if (c.reason === 'logistics' && c.v.askRemote) {
    return c.pick('es.decline.remote', [
      'Lamentablemente, no podré asistir a una entrevista presencial.',
      'Por desgracia, no podré acudir a la entrevista en persona.',
    ]);
  }
  return {
    warm: c.pick('es.decline.decision', [
      'Después de pensarlo mucho, he decidido declinar la entrevista.',
      'Lo he meditado con calma y he decidido no continuar con el proceso.',
    ]),
    formal: c.pick('es.decline.decision', [
      'Tras una cuidadosa reflexión, he decidido declinar su invitación.',
      'Tras considerarlo detenidamente, debo declinar la entrevista.',
    ]),
    brief: c.pick('es.decline.decision', ['Sin embargo, debo declinar la entrevista.', 'He decidido no continuar con el proceso.']),
  }[c.tone];
}

function remoteAsk(c: Ctx): string {
  if (c.reason !== 'logistics' || !c.v.askRemote) return '';
  return c.pick('es.decline.ask', [
    '¿Sería posible hacerla por videollamada? En ese caso, participaría con mucho gusto.',
    'Si existe la opción de una entrevista por vídeo o por teléfono, me encantaría participar de esa forma.',
  ]);
}

function bridge(c: Ctx): string {
  if (c.reason !== 'no_reason' || c.v.reasonDetail !== '') return '';
  if (c.tone === 'brief') {
    return c.pick('es.decline.bridge', ['No ha sido una decisión fácil.', 'He tomado esta decisión tras pensarlo con calma.']);
  }
  return c.pick('es.decline.bridge', [
    'No ha sido una decisión fácil, ya que me ha gustado mucho conocer más sobre el puesto.',
    'He disfrutado conociendo mejor a su equipo a lo largo del proceso.',
  ]);
}

function appreciation(c: Ctx): string {
  return c.tone === 'brief'
    ? c.pick('es.decline.appreciation', ['Gracias de nuevo por su tiempo.', 'Le agradezco el interés en mi candidatura.'])
    : c.pick('es.decline.appreciation', [
        'Le agradezco de nuevo el interés que ha mostrado en mi perfil y el tiempo que me ha dedicado.',
        'Gracias de nuevo por su tiempo y por la atención prestada a mi candidatura.',
      ]);
}

function closing(c: Ctx): string {
  return sentences(appreciation(c), closingWish(c));
}

function closingWish(c: Ctx): string {
  if (c.reason === 'admired_company') {
    const co = c.v.company || 'su empresa';
    return c.tone === 'brief'
      ? c.pick('es.decline.admired', [
          `Admiro ${c.v.company ? `a ${c.v.company}` : 'su empresa'} y me gustaría seguir en contacto para el futuro.`,
          c.v.company ? `Espero que en el futuro podamos colaborar con ${c.v.company}.` : 'Espero que en el futuro podamos colaborar.',
        ])
      : c.pick('es.decline.admired', [
          `Hace tiempo que admiro ${c.v.company ? `a ${c.v.company}` : 'su empresa'}, y me encantaría seguir en contacto para futuras oportunidades.`,
          `Siento una gran admiración por ${co} y espero de verdad que nuestros caminos vuelvan a cruzarse en el futuro.`,
        ]);
  }
  return {
    warm: c.pick('es.decline.closing', [
      'Le deseo a usted y a todo el equipo mucho éxito, y espero que nuestros caminos vuelvan a cruzarse.',
      'Me encantaría que siguiéramos en contacto, y le deseo mucha suerte en el proceso de selección.',
    ]),
    formal: c.pick('es.decline.closing', [
      'Le deseo a usted y a su equipo mucho éxito, y espero que tengamos ocasión de colaborar en el futuro.',
      'Me gustaría mantener el contacto y le deseo mucho éxito en la búsqueda de la persona adecuada.',
    ]),
    brief: c.pick('es.decline.closing', ['Le deseo mucho éxito y espero seguir en contacto.', 'Espero que coincidamos en el futuro.']),
  }[c.tone];
}

export const decline: IntentTemplate = {
  letter: true,
  paragraphs(c) {
    return [
      sentences(c.v.lateReply && delayApology(c), thanks(c), decision(c)),
      sentences(reasonSentence(c), remoteAsk(c), bridge(c)),
      closing(c),
    ].filter((p) => p !== '');
  },
};
