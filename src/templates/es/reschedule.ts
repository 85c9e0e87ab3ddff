import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import { delayApology, roleRef, timeNote } from './common';
import { reasonSentence } from './reasons';

function thanks(c: Ctx): string {
  const r = roleRef(c.v);
  return c.tone === 'brief'
    ? c.pick('es.resched.thanks', [`Gracias por la invitación a la entrevista para ${r}.`, `Le agradezco la invitación a una entrevista para ${r}.`])
    : c.pick('es.resched.thanks', [
        `Muchas gracias por invitarme a una entrevista para ${r}.`,
        `Le agradezco sinceramente la invitación a una entrevista para ${r}, que recibí con mucha ilusión.`,
      ]);
}

function decision(c: Ctx): string {
  const t = timeNote(c.v);
  return {
    warm: c.pick('es.resched.decision', [
      `Por desgracia, no podré asistir en el horario previsto${t}, así que le agradecería que buscáramos otra fecha.`,
      `Lamentablemente, el horario previsto${t} no me viene bien; ¿podríamos pasar la entrevista a otro momento?`,
    ]),
    formal: c.pick('es.resched.decision', [
      `Lamentablemente, no podré asistir a la entrevista prevista${t}, por lo que quisiera solicitarle reprogramarla.`,
      `Quisiera pedirle, si es posible, reprogramar la entrevista${t} para otra fecha, ya que no podré asistir.`,
    ]),
    brief: c.pick('es.resched.decision', [
      `No podré asistir a la entrevista${t}; ¿podríamos cambiar la fecha?`,
      `¿Sería posible reprogramar la entrevista${t}?`,
    ]),
  }[c.tone];
}

function alternatives(c: Ctx): string {
  const v = c.v;
  if (v.proposedSlots.length > 0) {
    const intro = c.pick('es.resched.slots', ['Tendría disponibilidad en estos horarios:', '¿Le vendría bien alguno de estos horarios?']);
    const tail = v.schedulingLink ? `\nTambién puede elegir un horario aquí: ${v.schedulingLink}` : '';
    return `${intro}\n${v.proposedSlots.map((s) => `- ${s}`).join('\n')}${tail}`;
  }
  if (v.schedulingLink) {
    return c.pick('es.resched.link', [
      `Si le resulta más cómodo, puede elegir el horario que prefiera en este enlace: ${v.schedulingLink}`,
      `Puede consultar mi disponibilidad aquí: ${v.schedulingLink}`,
    ]);
  }
  return c.tone === 'brief'
    ? c.pick('es.resched.ask', ['¿Podría indicarme otros horarios posibles?', 'Quedo a la espera de otras fechas posibles.'])
    : c.pick('es.resched.ask', [
        '¿Podría indicarme algunos horarios alternativos? Me adaptaré con gusto a su agenda.',
        'Si me propone otras fechas, haré lo posible por adaptarme a su calendario.',
      ]);
}

function sorryAndClose(c: Ctx): string {
  const sorry = c.v.lateReply ? '' : c.pick('es.resched.sorry', ['Disculpe las molestias.', 'Le pido disculpas por el cambio.']);
  const close =
    c.tone === 'brief'
      ? c.pick('es.resched.close', ['Quedo a la espera de su respuesta.', 'El puesto me sigue interesando mucho.'])
      : c.pick('es.resched.close', [
          'El puesto me sigue interesando mucho y espero con ganas nuestra conversación.',
          'Mi interés por el puesto sigue intacto y quedo a la espera de su respuesta.',
        ]);
  return sentences(sorry, close);
}

export const reschedule: IntentTemplate = {
  letter: true,
  paragraphs(c) {
    return [
      sentences(c.v.lateReply && delayApology(c), thanks(c), decision(c)),
      reasonSentence(c),
      alternatives(c),
      sorryAndClose(c),
    ].filter((p) => p !== '');
  },
};
