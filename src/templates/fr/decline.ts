import type { DeclinePhrases } from '../letters/phrases';
import { Q } from './common';

// "invitation" for their invitation, "proposition" nowhere: one word, used once.
export const decline: DeclinePhrases = {
  thanks: (r) => ({
    polite: {
      warm: [
        `Merci beaucoup pour votre invitation à un entretien pour ${r}, ainsi que pour le temps consacré à ma candidature.`,
        `Je vous remercie chaleureusement de m’avoir proposé un entretien pour ${r}.`,
        `Un grand merci pour votre invitation à un entretien pour ${r} et pour l’intérêt porté à ma candidature.`,
      ],
      formal: [
        `Je vous remercie de votre invitation à un entretien pour ${r} et de l’attention portée à ma candidature.`,
        `Je vous remercie sincèrement de votre invitation à un entretien pour ${r} et du temps que vous avez consacré à ma candidature.`,
        `Je tiens à vous remercier de votre invitation à un entretien pour ${r} ainsi que de l’intérêt que vous portez à ma candidature.`,
      ],
      brief: [`Merci pour votre invitation à un entretien pour ${r}.`, `Je vous remercie de m’avoir proposé un entretien pour ${r}.`, `Merci de votre invitation à un entretien pour ${r} et de votre temps.`],
    },
    familiar: {
      warm: [
        `Merci beaucoup pour ton invitation à un entretien pour ${r}, ainsi que pour le temps consacré à ma candidature.`,
        `Je te remercie chaleureusement de m’avoir proposé un entretien pour ${r}.`,
        `Un grand merci pour ton invitation à un entretien pour ${r} et pour l’intérêt porté à ma candidature.`,
      ],
      formal: [
        `Je te remercie de ton invitation à un entretien pour ${r} et de l’attention portée à ma candidature.`,
        `Merci sincèrement pour ton invitation à un entretien pour ${r} et pour le temps que tu as consacré à ma candidature.`,
        `Je tiens à te remercier de ton invitation à un entretien pour ${r} ainsi que de l’intérêt que tu portes à ma candidature.`,
      ],
      brief: [`Merci pour ton invitation à un entretien pour ${r}.`, `Merci de m’avoir proposé un entretien pour ${r}.`, `Merci pour ton invitation à un entretien pour ${r} et pour ton temps.`],
    },
  }),
  decision: {
    polite: {
      warm: [
        'Après mûre réflexion, j’ai décidé de ne pas donner suite à cette invitation.',
        'J’ai longuement réfléchi et j’ai choisi de ne pas donner suite à cet entretien.',
        'Après y avoir bien réfléchi, je préfère ne pas donner suite à cet entretien.',
      ],
      formal: [
        'Après mûre réflexion, j’ai pris la décision de ne pas donner suite à cet entretien.',
        'Après réflexion, j’ai choisi de ne pas poursuivre le processus de recrutement.',
        'Après réflexion, je dois décliner cet entretien.',
      ],
      brief: ['Je dois cependant décliner cet entretien.', 'Je préfère toutefois ne pas donner suite.', 'Je renonce donc à cet entretien.'],
    },
    familiar: {
      warm: [
        'Après mûre réflexion, j’ai décidé de ne pas donner suite à cette invitation.',
        'J’ai longuement réfléchi et j’ai choisi de ne pas donner suite à cet entretien.',
        'Après y avoir bien réfléchi, je préfère ne pas donner suite à cet entretien.',
      ],
      formal: [
        'Après mûre réflexion, j’ai pris la décision de ne pas donner suite à cet entretien.',
        'Après réflexion, j’ai choisi de ne pas poursuivre le processus de recrutement.',
        'Après réflexion, je dois décliner cet entretien.',
      ],
      brief: ['Je dois cependant décliner cet entretien.', 'Je préfère toutefois ne pas donner suite.', 'Je renonce donc à cet entretien.'],
    },
  },
  remoteDecision: [
    'Je ne pourrai malheureusement pas me rendre à un entretien sur place.',
    'Un entretien en présentiel ne m’est malheureusement pas possible.',
    'Je ne pourrai malheureusement pas me déplacer pour un entretien sur place.',
  ],
  remoteAsk: [
    `Un entretien en visioconférence serait-il possible${Q} J’y participerais avec plaisir.`,
    'Si un entretien par vidéo ou par téléphone est envisageable, j’y prendrais part avec grand plaisir.',
    'Si l’entretien pouvait se tenir par vidéo ou par téléphone, j’y participerais volontiers.',
  ],
  bridge: {
    polite: {
      full: [
        'Cette décision n’a pas été facile, et je l’ai mûrement réfléchie.',
        'Je tenais à vous prévenir dès que ma décision a été prise, afin que vous puissiez vous organiser.',
        'J’ai pris le temps de bien réfléchir avant de vous écrire, car cette décision n’était pas simple.',
      ],
      brief: ['Cette décision n’a pas été facile à prendre.', 'Je n’ai pas pris cette décision à la légère.', 'J’ai longuement réfléchi avant de prendre cette décision.'],
    },
    familiar: {
      full: [
        'Cette décision n’a pas été facile, et je l’ai mûrement réfléchie.',
        'Je tenais à te prévenir dès que ma décision a été prise, afin que tu puisses t’organiser.',
        'J’ai pris le temps de bien réfléchir avant de t’écrire, car cette décision n’était pas simple.',
      ],
      brief: ['Cette décision n’a pas été facile à prendre.', 'Je n’ai pas pris cette décision à la légère.', 'J’ai longuement réfléchi avant de prendre cette décision.'],
    },
  },
  goodwill: {
    full: ['Cette invitation m’a fait très plaisir.', 'Cette invitation a été une très bonne nouvelle pour moi.', 'Recevoir cette invitation m’a fait grand plaisir.'],
    brief: ['L’invitation m’a fait plaisir.', 'L’invitation a été une bonne nouvelle.', 'Cette invitation m’a fait plaisir.'],
  },
  admired: (v) => {
    const co = v.company || 'l’entreprise';
    return {
      full: [
        `J’admire ${co} depuis longtemps et j’aimerais beaucoup rester en contact en vue d’une future collaboration.`,
        `${v.company || 'L’entreprise'} compte parmi celles que j’admire le plus, et j’espère sincèrement que nos chemins se recroiseront à l’avenir.`,
        `J’ai une grande estime pour ${co} et j’aimerais beaucoup avoir des nouvelles de futures opportunités.`,
      ],
      brief: [`J’admire ${co} et souhaite rester en contact pour l’avenir.`, `J’espère avoir l’occasion de collaborer avec ${co} à l’avenir.`, `J’estime beaucoup ${co} et souhaite rester en contact.`],
    };
  },
  closing: {
    polite: {
      warm: [
        'Je vous souhaite, ainsi qu’à toute l’équipe, une excellente continuation, et j’espère que nos chemins se recroiseront.',
        'J’aimerais beaucoup que nous restions en contact, et je vous souhaite plein succès dans votre recrutement.',
        'Ce serait un plaisir de rester en contact, et je vous souhaite, ainsi qu’à toute l’équipe, une belle continuation.',
      ],
      formal: [
        'Je vous souhaite, ainsi qu’à votre équipe, beaucoup de succès, et j’espère que nous aurons l’occasion de collaborer à l’avenir.',
        'J’aimerais rester en contact et vous souhaite plein succès dans votre recrutement.',
        'Je reste volontiers en contact et vous souhaite, ainsi qu’à votre équipe, une excellente continuation.',
      ],
      brief: ['Je vous souhaite beaucoup de succès et espère rester en contact.', 'J’espère que nos chemins se recroiseront à l’avenir.', 'Au plaisir de rester en contact, et bonne continuation.'],
    },
    familiar: {
      warm: [
        'Je te souhaite, ainsi qu’à toute l’équipe, une excellente continuation, et j’espère que nos chemins se recroiseront.',
        'J’aimerais beaucoup que nous restions en contact, et je te souhaite plein succès dans ton recrutement.',
        'Ce serait un plaisir de rester en contact, et je te souhaite, ainsi qu’à toute l’équipe, une belle continuation.',
      ],
      formal: [
        'Je te souhaite, ainsi qu’à ton équipe, beaucoup de succès, et j’espère que nous aurons l’occasion de collaborer à l’avenir.',
        'J’aimerais rester en contact et je te souhaite plein succès dans ton recrutement.',
        'Je reste volontiers en contact et te souhaite, ainsi qu’à ton équipe, une excellente continuation.',
      ],
      brief: ['Je te souhaite beaucoup de succès et espère rester en contact.', 'J’espère que nos chemins se recroiseront à l’avenir.', 'Au plaisir de rester en contact, et bonne continuation.'],
    },
  },
};
