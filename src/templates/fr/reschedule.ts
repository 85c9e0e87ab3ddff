import type { ReschedulePhrases } from '../letters/phrases';
import { COLON, Q } from './common';

export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    polite: {
      full: [
        `Je vous remercie sincèrement de votre invitation à un entretien pour ${r}.`,
        `Merci beaucoup pour votre invitation à un entretien pour ${r}, qui m’a fait très plaisir.`,
        `Je tiens à vous remercier de votre invitation à un entretien pour ${r}.`,
      ],
      brief: [`Merci pour votre invitation à un entretien pour ${r}.`, `Je vous remercie de votre invitation à un entretien pour ${r}.`, `Merci de m’avoir proposé un entretien pour ${r}.`],
    },
    familiar: {
      full: [
        `Je te remercie sincèrement de ton invitation à un entretien pour ${r}.`,
        `Merci beaucoup pour ton invitation à un entretien pour ${r}, qui m’a fait très plaisir.`,
        `Je tiens à te remercier de ton invitation à un entretien pour ${r}.`,
      ],
      brief: [`Merci pour ton invitation à un entretien pour ${r}.`, `Je te remercie de ton invitation à un entretien pour ${r}.`, `Merci de m’avoir proposé un entretien pour ${r}.`],
    },
  }),
  decision: (t) => ({
    polite: {
      warm: [
        `Malheureusement, je ne serai pas disponible au créneau prévu${t}, et j’aimerais vous demander s’il est possible de le reporter.`,
        `Le créneau prévu${t} ne me convient malheureusement pas${COLON} serait-il possible de choisir une autre date${Q}`,
        `Je ne pourrai malheureusement pas être disponible pour l’entretien prévu${t}${COLON} pourrions-nous trouver un autre créneau${Q}`,
      ],
      formal: [
        `Je ne pourrai malheureusement pas me libérer pour l’entretien prévu${t}, et je me permets de vous demander s’il serait possible de le reporter.`,
        `Je me permets de vous demander s’il serait possible de décaler l’entretien${t} à une autre date, car je ne serai pas disponible.`,
        `N’étant malheureusement pas disponible pour l’entretien prévu${t}, je souhaiterais savoir s’il pourrait être reporté à une autre date.`,
      ],
      brief: [
        `Je ne pourrai pas me libérer pour l’entretien${t}\u00a0; pourrions-nous le reporter${Q}`,
        `Serait-il possible de reporter l’entretien${t} à une autre date${Q}`,
        `L’entretien${t} ne m’est pas possible ; pourrions-nous choisir un autre créneau${Q}`,
      ],
    },
    familiar: {
      warm: [
        `Malheureusement, je ne serai pas disponible au créneau prévu${t}, et j’aimerais te demander s’il est possible de le reporter.`,
        `Le créneau prévu${t} ne me convient malheureusement pas${COLON} serait-il possible de choisir une autre date${Q}`,
        `Je ne pourrai malheureusement pas être disponible pour l’entretien prévu${t}${COLON} pourrions-nous trouver un autre créneau${Q}`,
      ],
      formal: [
        `Je ne pourrai malheureusement pas me libérer pour l’entretien prévu${t}, et je me permets de te demander s’il serait possible de le reporter.`,
        `Je me permets de te demander s’il serait possible de décaler l’entretien${t} à une autre date, car je ne serai pas disponible.`,
        `N’étant malheureusement pas disponible pour l’entretien prévu${t}, j’aimerais savoir s’il pourrait être reporté à une autre date.`,
      ],
      brief: [
        `Je ne pourrai pas me libérer pour l’entretien${t}\u00a0; pourrions-nous le reporter${Q}`,
        `Serait-il possible de reporter l’entretien${t} à une autre date${Q}`,
        `L’entretien${t} ne m’est pas possible ; pourrions-nous choisir un autre créneau${Q}`,
      ],
    },
  }),
  noneFit: {
    polite: {
      warm: [
        `Malheureusement, aucun des créneaux indiqués ne me convient${COLON} serait-il possible de reporter l’entretien${Q}`,
        `Aucun des créneaux proposés ne m’est possible${COLON} serait-il envisageable de reporter l’entretien à une autre date${Q}`,
        `Aucun des créneaux indiqués ne m’est malheureusement possible${COLON} pourrions-nous trouver un autre moment${Q}`,
      ],
      formal: [
        'Je ne suis malheureusement disponible à aucun des créneaux proposés et me permets de vous demander s’il serait possible de reporter l’entretien.',
        'Aucun des créneaux proposés ne m’étant possible, je me permets de vous demander de bien vouloir reporter l’entretien.',
        `Aucun des créneaux proposés ne m’étant malheureusement possible, serait-il envisageable de convenir d’une autre date${Q}`,
      ],
      brief: [
        `Aucun des créneaux proposés ne me convient\u00a0; pourrions-nous reporter l’entretien${Q}`,
        `Serait-il possible de reporter l’entretien${Q} Aucun des créneaux proposés ne me convient.`,
        `Aucun des créneaux ne m’est possible ; une autre date serait-elle envisageable${Q}`,
      ],
    },
    familiar: {
      warm: [
        `Malheureusement, aucun des créneaux indiqués ne me convient${COLON} serait-il possible de reporter l’entretien${Q}`,
        `Aucun des créneaux proposés ne m’est possible${COLON} serait-il envisageable de reporter l’entretien à une autre date${Q}`,
        `Aucun des créneaux indiqués ne m’est malheureusement possible${COLON} pourrions-nous trouver un autre moment${Q}`,
      ],
      formal: [
        'Je ne suis malheureusement disponible à aucun des créneaux proposés et me permets de te demander s’il serait possible de reporter l’entretien.',
        'Aucun des créneaux proposés ne m’étant possible, je me permets de te demander de bien vouloir reporter l’entretien.',
        `Aucun des créneaux proposés ne m’étant malheureusement possible, serait-il envisageable de convenir d’une autre date${Q}`,
      ],
      brief: [
        `Aucun des créneaux proposés ne me convient\u00a0; pourrions-nous reporter l’entretien${Q}`,
        `Serait-il possible de reporter l’entretien${Q} Aucun des créneaux proposés ne me convient.`,
        `Aucun des créneaux ne m’est possible ; une autre date serait-elle envisageable${Q}`,
      ],
    },
  },
  slotsIntro: {
    polite: [`Je serais disponible aux créneaux suivants${COLON}`, `L’un de ces créneaux vous conviendrait-il${Q}`, `Voici quelques créneaux où je serais disponible${COLON}`],
    familiar: [`Je serais disponible aux créneaux suivants${COLON}`, `L’un de ces créneaux te conviendrait-il${Q}`, `Voici quelques créneaux où je serais disponible${COLON}`],
  },
  slotsLink: (link) => ({
    polite: [`Vous pouvez aussi choisir un créneau ici${COLON} ${link}`],
    familiar: [`Tu peux aussi choisir un créneau ici${COLON} ${link}`],
  }),
  link: (link) => ({
    polite: [`Vous pouvez choisir le créneau qui vous convient grâce à ce lien${COLON} ${link}`, `Mes disponibilités sont consultables ici${COLON} ${link}`, `Il vous suffit de choisir un créneau libre dans mon agenda${COLON} ${link}`],
    familiar: [`Tu peux choisir le créneau qui te convient grâce à ce lien${COLON} ${link}`, `Mes disponibilités sont consultables ici${COLON} ${link}`, `Il te suffit de choisir un créneau libre dans mon agenda${COLON} ${link}`],
  }),
  ask: {
    polite: {
      full: [
        `Pourriez-vous m’indiquer quelques autres créneaux${Q} Je m’adapterai volontiers à votre agenda.`,
        'Si vous m’indiquez quelques autres dates, je ferai mon possible pour m’adapter à votre emploi du temps.',
        `Quelles autres dates vous conviendraient${Q} Je m’organiserai en fonction.`,
      ],
      brief: [`Pourriez-vous m’indiquer d’autres créneaux${Q}`, `Quelles autres dates seraient possibles pour vous${Q}`, `Pourriez-vous me proposer d’autres dates${Q}`],
    },
    familiar: {
      full: [
        `Pourrais-tu m’indiquer quelques autres créneaux${Q} Je m’adapterai volontiers à ton agenda.`,
        'Si tu m’indiques quelques autres dates, je ferai mon possible pour m’adapter à ton emploi du temps.',
        `Quelles autres dates te conviendraient${Q} Je m’organiserai en fonction.`,
      ],
      brief: [`Pourrais-tu m’indiquer d’autres créneaux${Q}`, `Quelles autres dates seraient possibles pour toi${Q}`, `Pourrais-tu me proposer d’autres dates${Q}`],
    },
  },
  sorry: {
    polite: ['Je vous prie de m’excuser pour ce contretemps.', 'Veuillez m’excuser de devoir demander un autre créneau.', 'Je vous prie de m’excuser pour la gêne occasionnée.'],
    familiar: ['Excuse-moi pour ce contretemps.', 'Excuse-moi de devoir demander un autre créneau.', 'Pardon pour la gêne occasionnée.'],
  },
  close: {
    polite: {
      full: [
        'Ce poste m’intéresse toujours vivement, et j’ai hâte de notre échange.',
        'Mon intérêt pour le poste reste entier, et j’attends votre retour avec plaisir.',
        'Le poste m’intéresse toujours beaucoup, et j’espère que nous trouverons un créneau qui convienne.',
      ],
      brief: ['Au plaisir d’échanger avec vous.', 'Ce poste m’intéresse toujours vivement.', 'Mon intérêt pour le poste reste entier.'],
    },
    familiar: {
      full: [
        'Ce poste m’intéresse toujours vivement, et j’ai hâte de notre échange.',
        'Mon intérêt pour le poste reste entier, et j’attends ton retour avec plaisir.',
        'Le poste m’intéresse toujours beaucoup, et j’espère que nous trouverons un créneau qui convienne.',
      ],
      brief: ['Au plaisir d’échanger avec toi.', 'Ce poste m’intéresse toujours vivement.', 'Mon intérêt pour le poste reste entier.'],
    },
  },
};
