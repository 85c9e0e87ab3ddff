import type { CallPointsPhrases } from '../letters/phrases';
import { COLON } from './common';

// Said aloud on the phone; the heading is for the candidate alone.
export const callPoints: CallPointsPhrases = {
  heading: (who, company) => {
    const w = who || 'la personne chargée du recrutement';
    const at = company ? ` (${company})` : '';
    return [`Points à aborder lors de l’appel avec ${w}${at}${COLON}`, `Appel avec ${w}${at}, les points essentiels${COLON}`, `Ce qu’il faut dire lors de l’appel avec ${w}${at}${COLON}`];
  },
  thanks: (r) => ({
    polite: [`Merci pour votre invitation à un entretien pour ${r}.`, `Je vous remercie d’avoir pensé à moi pour ${r}.`, `Je vous remercie de votre invitation à un entretien pour ${r}.`],
    familiar: [`Merci pour ton invitation à un entretien pour ${r}.`, `Merci d’avoir pensé à moi pour ${r}.`, `Je te remercie de ton invitation à un entretien pour ${r}.`],
  }),
  decision: {
    polite: ['Je vous appelle pour vous dire que je ne donnerai pas suite à l’entretien.', 'J’ai décidé de décliner l’entretien et je tenais à vous le dire de vive voix.', 'Je tenais à vous dire moi-même que je renonce à l’entretien.'],
    familiar: ['Je t’appelle pour te dire que je ne donnerai pas suite à l’entretien.', 'J’ai décidé de décliner l’entretien et je tenais à te le dire de vive voix.', 'Je tenais à te dire moi-même que je renonce à l’entretien.'],
  },
  future: ['J’aimerais beaucoup rester en contact pour de futurs postes.', 'J’espère que nos chemins se recroiseront.', 'J’aimerais garder le contact pour de futures opportunités.'],
  record: {
    polite: ['Je vous le confirmerai par e-mail aujourd’hui, pour que vous en ayez une trace écrite.', 'Je vous enverrai ensuite un court e-mail de confirmation.', 'Vous recevrez ensuite un court e-mail de ma part, pour garder une trace écrite.'],
    familiar: ['Je te le confirmerai par e-mail aujourd’hui, pour que tu en aies une trace écrite.', 'Je t’enverrai ensuite un court e-mail de confirmation.', 'Tu recevras ensuite un court e-mail de ma part, pour garder une trace écrite.'],
  },
};
