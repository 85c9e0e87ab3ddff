import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import { roleRef, timeNote } from './common';
import { reasonSentence } from './reasons';

// When late, one apology covers both the delay and the change of plans.
function lateOpening(c: Ctx): string {
  if (!c.v.lateReply) return '';
  return c.pick('fr.withdraw.late', [
    'Veuillez excuser ma réponse tardive ainsi que ce changement de programme.',
    'Je vous prie de m’excuser pour ce retard et pour le changement de programme qu’il entraîne.',
  ]);
}

function thanks(c: Ctx): string {
  const r = roleRef(c.v);
  return c.pick('fr.withdraw.thanks', [
    `Je vous remercie encore de votre invitation à un entretien pour ${r}.`,
    `Merci encore pour votre proposition d’entretien pour ${r} et pour son organisation.`,
  ]);
}

function decision(c: Ctx): string {
  const t = timeNote(c.v);
  return {
    warm: c.pick('fr.withdraw.decision', [
      `Je vous écris sans attendre pour vous informer que je dois me retirer de l’entretien prévu${t}.`,
      `Je tenais à vous prévenir au plus vite\u00a0: je ne pourrai pas participer à l’entretien prévu${t}.`,
    ]),
    formal: c.pick('fr.withdraw.decision', [
      `Je me permets de vous informer dès à présent que je dois retirer ma candidature et renoncer à l’entretien prévu${t}.`,
      `Je vous informe sans tarder que je ne pourrai pas participer à l’entretien prévu${t}.`,
    ]),
    brief: c.pick('fr.withdraw.decision', [
      `Je dois malheureusement me retirer de l’entretien prévu${t}.`,
      `Je ne pourrai pas participer à l’entretien prévu${t}.`,
    ]),
  }[c.tone];
}

function apology(c: Ctx): string {
  if (c.v.lateReply) return '';
  return c.pick('fr.withdraw.sorry', [
    'Je vous prie de m’excuser pour ce changement de programme.',
    'Veuillez excuser ce changement, alors que vous aviez pris le temps d’organiser notre rencontre.',
  ]);
}

function bridge(c: Ctx): string {
  if (c.reason !== 'no_reason' || c.v.reasonDetail !== '') return '';
  return c.pick('fr.withdraw.bridge', [
    'Cette décision n’a pas été facile à prendre, car je me réjouissais de notre rencontre.',
    'Je me réjouissais de cet échange, et cette décision n’a pas été simple.',
  ]);
}

function referral(c: Ctx): string {
  const name = c.v.referralName;
  if (!name) return '';
  return c.pick('fr.withdraw.referral', [
    `Si cela peut vous être utile, je vous recommande volontiers ${name}, dont le profil me semble très bien correspondre au poste.`,
    `Le profil de ${name} pourrait d’ailleurs parfaitement convenir à ce poste, si cela peut vous aider.`,
  ]);
}

function closing(c: Ctx): string {
  if (c.reason === 'admired_company') {
    const co = c.v.company || 'votre entreprise';
    return c.pick('fr.withdraw.admired', [
      `J’admire ${co} depuis longtemps et j’aimerais beaucoup rester en contact pour de futures opportunités.`,
      `J’espère sincèrement que nos chemins se croiseront à l’avenir, car j’ai une grande estime pour ${co}.`,
    ]);
  }
  return c.tone === 'brief'
    ? c.pick('fr.withdraw.closing', ['Merci de votre compréhension\u00a0; au plaisir de rester en contact.', 'Je vous souhaite beaucoup de succès pour la suite.'])
    : c.pick('fr.withdraw.closing', [
        'Je vous remercie de votre compréhension et j’espère que nous resterons en contact.',
        'Merci pour votre compréhension\u00a0; j’espère que nos chemins se croiseront à l’avenir.',
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
