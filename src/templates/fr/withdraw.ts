import type { WithdrawPhrases } from '../letters/phrases';

export const withdraw: WithdrawPhrases = {
  late: [
    'Veuillez excuser ma réponse tardive ainsi que ce changement de programme.',
    'Je vous prie de m’excuser pour ce retard et pour le changement de programme qu’il entraîne.',
  ],
  thanks: (r) => [
    `Je vous remercie encore de votre invitation à un entretien pour ${r}.`,
    `Merci encore pour votre proposition d’entretien pour ${r} et pour son organisation.`,
  ],
  decision: (t) => ({
    warm: [
      `Je vous écris sans attendre pour vous informer que je dois me retirer de l’entretien prévu${t}.`,
      `Je tenais à vous prévenir au plus vite\u00a0: je ne pourrai pas participer à l’entretien prévu${t}.`,
    ],
    formal: [
      `Je me permets de vous informer dès à présent que je dois retirer ma candidature et renoncer à l’entretien prévu${t}.`,
      `Je vous informe sans tarder que je ne pourrai pas participer à l’entretien prévu${t}.`,
    ],
    brief: [`Je dois malheureusement me retirer de l’entretien prévu${t}.`, `Je ne pourrai pas participer à l’entretien prévu${t}.`],
  }),
  sorry: [
    'Je vous prie de m’excuser pour ce changement de programme.',
    'Veuillez excuser ce changement, alors que vous aviez pris le temps d’organiser notre rencontre.',
  ],
  bridge: [
    'Cette décision n’a pas été facile à prendre, car je me réjouissais de notre rencontre.',
    'Je me réjouissais de cet échange, et cette décision n’a pas été simple.',
  ],
  referral: (name) => [
    `Si cela peut vous être utile, je vous recommande volontiers ${name}, dont le profil me semble très bien correspondre au poste.`,
    `Le profil de ${name} pourrait d’ailleurs parfaitement convenir à ce poste, si cela peut vous aider.`,
  ],
  admired: (v) => {
    const co = v.company || 'votre entreprise';
    return [
      `J’admire ${co} depuis longtemps et j’aimerais beaucoup rester en contact pour de futures opportunités.`,
      `J’espère sincèrement que nos chemins se croiseront à l’avenir, car j’ai une grande estime pour ${co}.`,
    ];
  },
  closing: {
    full: [
      'Je vous remercie de votre compréhension et j’espère que nous resterons en contact.',
      'Merci pour votre compréhension\u00a0; j’espère que nos chemins se croiseront à l’avenir.',
    ],
    brief: ['Merci de votre compréhension\u00a0; au plaisir de rester en contact.', 'Je vous souhaite beaucoup de succès pour la suite.'],
  },
};
