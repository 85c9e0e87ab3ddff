import type { DeclinePhrases } from '../letters/phrases';
import { Q } from './common';

export const decline: DeclinePhrases = {
  thanks: (r) => ({
    warm: [
      `Merci beaucoup pour votre invitation à un entretien pour ${r}, ainsi que pour le temps consacré à ma candidature.`,
      `Je vous remercie chaleureusement de m’avoir proposé un entretien pour ${r}.`,
    ],
    formal: [
      `Je vous remercie de votre invitation à un entretien pour ${r} et de l’attention portée à ma candidature.`,
      `Je vous remercie sincèrement pour votre proposition d’entretien concernant ${r}.`,
    ],
    brief: [`Merci pour votre invitation à un entretien pour ${r}.`, `Je vous remercie de votre proposition d’entretien pour ${r}.`],
  }),
  decision: {
    warm: [
      'Après mûre réflexion, j’ai décidé de décliner cet entretien.',
      'J’ai longuement réfléchi et j’ai choisi de ne pas donner suite à cet entretien.',
    ],
    formal: [
      'Après mûre réflexion, je me vois dans l’obligation de décliner votre invitation.',
      'Après réflexion, j’ai pris la décision de ne pas donner suite à cette proposition.',
    ],
    brief: ['Je dois cependant décliner cet entretien.', 'Je préfère toutefois ne pas donner suite.'],
  },
  remoteDecision: [
    'Je ne pourrai malheureusement pas me rendre à un entretien sur place.',
    'Il ne me sera malheureusement pas possible de venir pour un entretien en présentiel, et je ne pourrai pas y assister.',
  ],
  remoteAsk: [
    `Un entretien en visioconférence serait-il possible${Q} J’y participerais avec plaisir.`,
    'Si un entretien par vidéo ou par téléphone est envisageable, j’y prendrais part avec grand plaisir.',
  ],
  bridge: {
    full: [
      'Cette décision n’a pas été facile, car j’ai beaucoup apprécié d’en apprendre davantage sur le poste.',
      'J’ai eu plaisir à découvrir votre équipe au fil de nos échanges.',
    ],
    brief: ['Cette décision n’a pas été facile à prendre.', 'J’ai pris cette décision après mûre réflexion.'],
  },
  appreciation: {
    full: [
      'Je vous remercie encore pour l’intérêt que vous avez porté à mon profil et pour le temps que vous m’avez accordé.',
      'Merci encore pour la qualité de nos échanges et pour l’attention accordée à ma candidature.',
    ],
    brief: ['Merci encore pour votre temps.', 'Merci pour l’intérêt porté à ma candidature.'],
  },
  admired: (v) => {
    const co = v.company || 'votre entreprise';
    return {
      full: [
        `J’admire ${co} depuis longtemps et j’aimerais beaucoup rester en contact en vue de futures opportunités.`,
        `${co === 'votre entreprise' ? 'Votre entreprise' : co} compte parmi celles que j’admire le plus, et j’espère sincèrement que nos chemins se croiseront à l’avenir.`,
      ],
      brief: [
        `J’admire ${co} et souhaite rester en contact pour l’avenir.`,
        `J’espère avoir l’occasion de collaborer avec ${co} à l’avenir.`,
      ],
    };
  },
  closing: {
    warm: [
      'Je vous souhaite, ainsi qu’à toute l’équipe, une excellente continuation, et j’espère que nos chemins se croiseront à nouveau.',
      'J’aimerais beaucoup que nous restions en contact, et je vous souhaite plein succès dans votre recrutement.',
    ],
    formal: [
      'Je vous souhaite, ainsi qu’à votre équipe, beaucoup de succès, et j’espère que nous aurons l’occasion de collaborer à l’avenir.',
      'J’aimerais rester en contact et vous souhaite plein succès dans votre recrutement.',
    ],
    brief: ['Je vous souhaite beaucoup de succès et espère rester en contact.', 'J’espère que nos chemins se croiseront à l’avenir.'],
  },
};
