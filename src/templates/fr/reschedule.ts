import type { ReschedulePhrases } from '../letters/phrases';
import { Q } from './common';

export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    full: [
      `Je vous remercie sincèrement de votre invitation à un entretien pour ${r}.`,
      `Merci beaucoup pour votre proposition d’entretien pour ${r}, qui m’a fait très plaisir.`,
    ],
    brief: [`Merci pour votre invitation à un entretien pour ${r}.`, `Je vous remercie de votre proposition d’entretien pour ${r}.`],
  }),
  decision: (t) => ({
    warm: [
      `Malheureusement, je ne pourrai pas être disponible au créneau prévu${t}, et j’aimerais vous proposer de le reporter.`,
      `Le créneau prévu${t} ne me convient malheureusement pas\u00a0: serait-il possible de choisir une autre date${Q}`,
    ],
    formal: [
      `Je ne pourrai malheureusement pas me libérer pour l’entretien prévu${t}, et je me permets de vous demander s’il serait possible de le reporter.`,
      `Je me permets de vous demander s’il serait possible de décaler l’entretien${t} à une autre date, car je ne serai pas disponible.`,
    ],
    brief: [
      `Je ne pourrai pas me libérer pour l’entretien${t}\u00a0; pourrions-nous le reporter${Q}`,
      `Serait-il possible de reporter l’entretien${t} à une autre date${Q}`,
    ],
  }),
  noneFit: {
    warm: [
      'Malheureusement, aucun des créneaux proposés ne me convient, et j’aimerais vous proposer de reporter l’entretien.',
      `Aucun des créneaux proposés ne m’est possible\u00a0: serait-il envisageable de reporter l’entretien à une autre date${Q}`,
    ],
    formal: [
      'Je ne suis malheureusement disponible à aucun des créneaux proposés et me permets de vous demander s’il serait possible de reporter l’entretien.',
      'Aucun des créneaux proposés ne m’étant possible, je me permets de vous demander de bien vouloir reporter l’entretien.',
    ],
    brief: [
      `Aucun des créneaux proposés ne me convient\u00a0; pourrions-nous reporter l’entretien${Q}`,
      `Serait-il possible de reporter l’entretien${Q} Aucun des créneaux proposés ne me convient.`,
    ],
  },
  slotsIntro: ['Je serais disponible aux créneaux suivants\u00a0:', `L’un de ces créneaux vous conviendrait-il${Q}`],
  slotsLink: (link) => `Vous pouvez aussi choisir un créneau ici\u00a0: ${link}`,
  link: (link) => [
    `Vous pouvez choisir le créneau qui vous convient grâce à ce lien\u00a0: ${link}`,
    `Mes disponibilités sont consultables ici\u00a0: ${link}`,
  ],
  ask: {
    full: [
      `Pourriez-vous m’indiquer quelques autres créneaux${Q} Je m’adapterai volontiers à votre agenda.`,
      'Si vous me proposez quelques autres dates, je ferai mon possible pour m’adapter à votre emploi du temps.',
    ],
    brief: ['Pourriez-vous me proposer d’autres créneaux\u00a0?', 'Quelles autres dates seraient possibles pour vous\u00a0?'],
  },
  sorry: ['Je vous prie de m’excuser pour ce contretemps.', 'Veuillez excuser ce changement.'],
  close: {
    full: [
      'Ce poste m’intéresse toujours vivement, et je me réjouis de notre échange.',
      'Mon intérêt pour le poste reste entier, et j’attends votre retour avec plaisir.',
    ],
    brief: ['Au plaisir d’échanger avec vous.', 'Ce poste m’intéresse toujours vivement.'],
  },
};
