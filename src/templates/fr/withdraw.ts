import type { WithdrawPhrases } from '../letters/phrases';
import { COLON } from './common';

export const withdraw: WithdrawPhrases = {
  late: {
    polite: [
      'Veuillez excuser ma réponse tardive ainsi que ce changement de programme.',
      'Je vous prie de m’excuser pour ce message tardif et pour le changement de programme.',
      'Veuillez m’excuser de vous écrire si tardivement, et de modifier ainsi nos plans.',
    ],
    familiar: ['Excuse ma réponse tardive ainsi que ce changement de programme.', 'Pardon pour ce message tardif et pour le changement de programme.', 'Excuse-moi de t’écrire si tardivement, et de modifier ainsi nos plans.'],
  },
  thanks: (r) => ({
    polite: [`Je vous remercie de votre invitation à un entretien pour ${r}.`, `Merci pour votre invitation à un entretien pour ${r} et pour son organisation.`, `Je vous remercie de votre invitation à un entretien pour ${r} et du temps pris pour l’organiser.`],
    familiar: [`Je te remercie de ton invitation à un entretien pour ${r}.`, `Merci pour ton invitation à un entretien pour ${r} et pour son organisation.`, `Je te remercie de ton invitation à un entretien pour ${r} et du temps pris pour l’organiser.`],
  }),
  decision: (t) => ({
    polite: {
      warm: [
        `Je vous écris sans attendre pour vous informer que je dois me retirer de l’entretien prévu${t}.`,
        `Je tenais à vous prévenir au plus vite${COLON} je ne pourrai pas participer à l’entretien prévu${t}.`,
        `Je vous écris dès maintenant pour vous dire que je dois renoncer à l’entretien prévu${t}.`,
      ],
      formal: [
        `Je me permets de vous informer dès à présent que je dois retirer ma candidature et renoncer à l’entretien prévu${t}.`,
        `Je vous informe sans tarder que je ne pourrai pas participer à l’entretien prévu${t}.`,
        `Je tiens à vous faire savoir au plus tôt que je dois me retirer de l’entretien prévu${t}.`,
      ],
      brief: [`Je dois malheureusement me retirer de l’entretien prévu${t}.`, `Je ne pourrai pas participer à l’entretien prévu${t}.`, `Je dois renoncer à l’entretien prévu${t}.`],
    },
    familiar: {
      warm: [
        `Je t’écris sans attendre pour te dire que je dois me retirer de l’entretien prévu${t}.`,
        `Je tenais à te prévenir au plus vite${COLON} je ne pourrai pas participer à l’entretien prévu${t}.`,
        `Je t’écris dès maintenant pour te dire que je dois renoncer à l’entretien prévu${t}.`,
      ],
      formal: [
        `Je t’informe dès à présent que je dois retirer ma candidature et renoncer à l’entretien prévu${t}.`,
        `Je tiens à t’informer sans tarder que je ne pourrai pas participer à l’entretien prévu${t}.`,
        `Je tiens à te faire savoir au plus tôt que je dois me retirer de l’entretien prévu${t}.`,
      ],
      brief: [`Je dois malheureusement me retirer de l’entretien prévu${t}.`, `Je ne pourrai pas participer à l’entretien prévu${t}.`, `Je dois renoncer à l’entretien prévu${t}.`],
    },
  }),
  sorry: {
    polite: [
      'Je vous prie de m’excuser pour ce changement de programme.',
      'Veuillez excuser ce changement, alors que vous aviez pris le temps d’organiser notre rencontre.',
      'Je regrette de modifier nos plans, et je vous prie de m’en excuser.',
    ],
    familiar: ['Excuse-moi pour ce changement de programme.', 'Pardon pour ce changement, alors que tu avais pris le temps d’organiser notre rencontre.', 'Je regrette de modifier nos plans, et je t’en demande pardon.'],
  },
  bridge: [
    'Cette décision n’a pas été facile à prendre, car je me réjouissais de notre rencontre.',
    'Je me réjouissais de cet échange, et cette décision n’a pas été simple.',
    'J’attendais cette rencontre avec plaisir, ce qui rend la décision difficile.',
  ],
  referral: (name) => ({
    polite: [
      `Si cela peut vous être utile, je vous recommande volontiers ${name}, dont le profil me semble très bien correspondre au poste.`,
      `Le profil de ${name} pourrait d’ailleurs parfaitement convenir à ce poste, si cela peut vous aider.`,
      `Je me permets de vous suggérer ${name}, qui me semble avoir le profil idéal pour ce poste.`,
    ],
    familiar: [
      `Si cela peut t’être utile, je te recommande volontiers ${name}, dont le profil me semble très bien correspondre au poste.`,
      `Le profil de ${name} pourrait d’ailleurs parfaitement convenir à ce poste, si cela peut t’aider.`,
      `Je me permets de te suggérer ${name}, qui me semble avoir le profil idéal pour ce poste.`,
    ],
  }),
  admired: (v) => {
    const co = v.company || 'l’entreprise';
    return [
      `J’admire ${co} depuis longtemps et j’aimerais beaucoup rester en contact en vue d’une future collaboration.`,
      `J’espère sincèrement que nos chemins se recroiseront à l’avenir, car j’ai une grande estime pour ${co}.`,
      `J’ai beaucoup d’estime pour ${co} et j’aimerais beaucoup entendre parler de futurs postes.`,
    ];
  },
  closing: {
    polite: {
      full: [
        'J’espère que vous comprendrez ma décision, et que nous aurons l’occasion de rester en contact à l’avenir.',
        'En espérant que nos chemins se recroiseront à l’avenir, je vous souhaite une belle continuation.',
        'Je compte sur votre compréhension et j’espère que nous resterons en contact.',
      ],
      brief: ['Au plaisir de rester en contact.', 'Je vous souhaite beaucoup de succès pour la suite.', 'J’espère que vous comprendrez, et je vous souhaite une belle continuation.'],
    },
    familiar: {
      full: [
        'J’espère que tu comprendras ma décision, et que nous aurons l’occasion de rester en contact à l’avenir.',
        'En espérant que nos chemins se recroiseront à l’avenir, je te souhaite une belle continuation.',
        'Je compte sur ta compréhension et j’espère que nous resterons en contact.',
      ],
      brief: ['Au plaisir de rester en contact.', 'Je te souhaite beaucoup de succès pour la suite.', 'J’espère que tu comprendras, et je te souhaite une belle continuation.'],
    },
  },
};
