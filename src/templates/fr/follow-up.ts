import type { FollowUpPhrases } from '../letters/phrases';
import { COLON, Q } from './common';

// A later message: "encore" and "à nouveau" are right here, unlike in a first reply.
export const followUp: FollowUpPhrases = {
  thanks: (r) => ({
    polite: [`Merci encore pour votre compréhension concernant ${r}.`, `Je tiens à vous remercier à nouveau pour votre compréhension concernant ${r}.`, `Merci à nouveau d’avoir si bien accueilli ma décision concernant ${r}.`],
    familiar: [`Merci encore pour ta compréhension concernant ${r}.`, `Je tiens à te remercier à nouveau pour ta compréhension concernant ${r}.`, `Merci à nouveau d’avoir si bien accueilli ma décision concernant ${r}.`],
  }),
  connect: {
    polite: {
      warm: [
        `J’ai apprécié nos échanges et j’aimerais beaucoup rester en contact. Seriez-vous d’accord pour que nous nous connections sur LinkedIn${Q}`,
        'Je me permets de vous envoyer une invitation sur LinkedIn pour garder le contact.',
        `J’aimerais beaucoup garder le contact${COLON} puis-je vous envoyer une invitation sur LinkedIn${Q}`,
      ],
      formal: ['J’aimerais rester en contact et vous envoie volontiers une invitation sur LinkedIn.', 'J’aimerais beaucoup garder le contact sur LinkedIn.', `Me permettez-vous de vous envoyer une invitation sur LinkedIn afin de rester en contact${Q}`],
      brief: [`Pouvons-nous nous connecter sur LinkedIn${Q}`, 'Je vous enverrai une invitation sur LinkedIn.', 'Restons en contact sur LinkedIn.'],
    },
    familiar: {
      warm: [
        `J’ai apprécié nos échanges et j’aimerais beaucoup rester en contact. Serais-tu d’accord pour qu’on se connecte sur LinkedIn${Q}`,
        'Je me permets de t’envoyer une invitation sur LinkedIn pour garder le contact.',
        `J’aimerais beaucoup garder le contact${COLON} puis-je t’envoyer une invitation sur LinkedIn${Q}`,
      ],
      formal: ['J’aimerais rester en contact et je t’envoie volontiers une invitation sur LinkedIn.', 'J’aimerais beaucoup garder le contact sur LinkedIn.', `Puis-je t’envoyer une invitation sur LinkedIn afin de rester en contact${Q}`],
      brief: [`On se connecte sur LinkedIn${Q}`, 'Je t’enverrai une invitation sur LinkedIn.', 'Restons en contact sur LinkedIn.'],
    },
  },
  future: (v) => {
    const at = v.company ? ` chez ${v.company}` : '';
    return {
      polite: {
        full: [`N’hésitez pas à penser à moi pour de futurs postes${at}.`, `Je suivrai avec intérêt les prochaines offres${at}.`, `J’aimerais beaucoup entendre parler de futures opportunités${at}.`],
        brief: ['N’hésitez pas à penser à moi pour de futurs postes.', 'Au plaisir de rester en contact.', 'Je suivrai les prochaines offres avec intérêt.'],
      },
      familiar: {
        full: [`N’hésite pas à penser à moi pour de futurs postes${at}.`, `Je suivrai avec intérêt les prochaines offres${at}.`, `J’aimerais beaucoup entendre parler de futures opportunités${at}.`],
        brief: ['N’hésite pas à penser à moi pour de futurs postes.', 'Au plaisir de rester en contact.', 'Je suivrai les prochaines offres avec intérêt.'],
      },
    };
  },
};
