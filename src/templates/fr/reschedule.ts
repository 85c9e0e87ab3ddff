import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import { delayApology, Q, roleRef, timeNote } from './common';
import { reasonSentence } from './reasons';

function thanks(c: Ctx): string {
  const r = roleRef(c.v);
  return c.tone === 'brief'
    ? c.pick('fr.resched.thanks', [`Merci pour votre invitation à un entretien pour ${r}.`, `Je vous remercie de votre proposition d’entretien pour ${r}.`])
    : c.pick('fr.resched.thanks', [
        `Je vous remercie sincèrement de votre invitation à un entretien pour ${r}.`,
        `Merci beaucoup pour votre proposition d’entretien pour ${r}, qui m’a fait très plaisir.`,
      ]);
}

function decision(c: Ctx): string {
  const t = timeNote(c.v);
  return {
    warm: c.pick('fr.resched.decision', [
      `Malheureusement, je ne pourrai pas être disponible au créneau prévu${t}, et j’aimerais vous proposer de le reporter.`,
      `Le créneau prévu${t} ne me convient malheureusement pas\u00a0: serait-il possible de choisir une autre date${Q}`,
    ]),
    formal: c.pick('fr.resched.decision', [
      `Je ne pourrai malheureusement pas me libérer pour l’entretien prévu${t}, et je me permets de vous demander s’il serait possible de le reporter.`,
      `Je me permets de vous demander s’il serait possible de décaler l’entretien${t} à une autre date, car je ne serai pas disponible.`,
    ]),
    brief: c.pick('fr.resched.decision', [
      `Je ne pourrai pas me libérer pour l’entretien${t}\u00a0; pourrions-nous le reporter${Q}`,
      `Serait-il possible de reporter l’entretien${t} à une autre date${Q}`,
    ]),
  }[c.tone];
}

function alternatives(c: Ctx): string {
  const v = c.v;
  if (v.proposedSlots.length > 0) {
    const intro = c.pick('fr.resched.slots', ['Je serais disponible aux créneaux suivants\u00a0:', `L’un de ces créneaux vous conviendrait-il${Q}`]);
    const tail = v.schedulingLink ? `\nVous pouvez aussi choisir un créneau ici\u00a0: ${v.schedulingLink}` : '';
    return `${intro}\n${v.proposedSlots.map((s) => `- ${s}`).join('\n')}${tail}`;
  }
  if (v.schedulingLink) {
    return c.pick('fr.resched.link', [
      `Vous pouvez choisir le créneau qui vous convient grâce à ce lien\u00a0: ${v.schedulingLink}`,
      `Mes disponibilités sont consultables ici\u00a0: ${v.schedulingLink}`,
    ]);
  }
  return c.tone === 'brief'
    ? c.pick('fr.resched.ask', ['Pourriez-vous me proposer d’autres créneaux\u00a0?', 'Quelles autres dates seraient possibles pour vous\u00a0?'])
    : c.pick('fr.resched.ask', [
        `Pourriez-vous m’indiquer quelques autres créneaux${Q} Je m’adapterai volontiers à votre agenda.`,
        'Si vous me proposez quelques autres dates, je ferai mon possible pour m’adapter à votre emploi du temps.',
      ]);
}

function sorryAndClose(c: Ctx): string {
  const sorry = c.v.lateReply
    ? ''
    : c.pick('fr.resched.sorry', ['Je vous prie de m’excuser pour ce contretemps.', 'Veuillez excuser ce changement.']);
  const close =
    c.tone === 'brief'
      ? c.pick('fr.resched.close', ['Au plaisir d’échanger avec vous.', 'Ce poste m’intéresse toujours vivement.'])
      : c.pick('fr.resched.close', [
          'Ce poste m’intéresse toujours vivement, et je me réjouis de notre échange.',
          'Mon intérêt pour le poste reste entier, et j’attends votre retour avec plaisir.',
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
