import type { AcceptPhrases } from '../letters/phrases';
import { BANG, COLON } from './common';

export const accept: AcceptPhrases = {
  thanks: (r) => ({
    polite: {
      warm: [`Merci beaucoup pour votre invitation à un entretien pour ${r}.`, `Je vous remercie chaleureusement de m’avoir proposé un entretien pour ${r}.`, `Un grand merci pour votre invitation à un entretien pour ${r}.`],
      formal: [`Je vous remercie de votre invitation à un entretien pour ${r}.`, `Je vous remercie sincèrement de votre invitation à un entretien pour ${r}.`, `Je tiens à vous remercier de votre invitation à un entretien pour ${r}.`],
      brief: [`Merci pour votre invitation à un entretien pour ${r}.`, `Je vous remercie de votre invitation à un entretien pour ${r}.`, `Merci de m’avoir proposé un entretien pour ${r}.`],
    },
    familiar: {
      warm: [`Merci beaucoup pour ton invitation à un entretien pour ${r}.`, `Je te remercie chaleureusement de m’avoir proposé un entretien pour ${r}.`, `Un grand merci pour ton invitation à un entretien pour ${r}.`],
      formal: [`Je te remercie de ton invitation à un entretien pour ${r}.`, `Merci sincèrement pour ton invitation à un entretien pour ${r}.`, `Je tiens à te remercier de ton invitation à un entretien pour ${r}.`],
      brief: [`Merci pour ton invitation à un entretien pour ${r}.`, `Je te remercie de ton invitation à un entretien pour ${r}.`, `Merci de m’avoir proposé un entretien pour ${r}.`],
    },
  }),
  // `when` is " (mardi 14 mai à 10 h)" or "".
  confirm: (t) => ({
    polite: {
      warm: [`C’est avec plaisir que j’accepte, et je vous confirme ma présence à l’entretien${t}.`, `Je vous confirme avec plaisir ma participation à l’entretien${t}.`, `J’accepte avec plaisir et vous confirme ma venue à l’entretien${t}.`],
      formal: [`J’ai le plaisir de vous confirmer ma présence à l’entretien${t}.`, `Je vous confirme ma participation à l’entretien${t}.`, `J’accepte votre invitation et vous confirme ma présence à l’entretien${t}.`],
      brief: [`Je vous confirme l’entretien${t}.`, `Je confirme ma présence à l’entretien${t}.`, `Je confirme ma participation à l’entretien${t}.`],
    },
    familiar: {
      warm: [`C’est avec plaisir que j’accepte, et je te confirme ma présence à l’entretien${t}.`, `Je te confirme avec plaisir ma participation à l’entretien${t}.`, `J’accepte avec plaisir et te confirme ma venue à l’entretien${t}.`],
      formal: [`J’ai le plaisir de te confirmer ma présence à l’entretien${t}.`, `Je te confirme ma participation à l’entretien${t}.`, `J’accepte ton invitation et te confirme ma présence à l’entretien${t}.`],
      brief: [`Je te confirme l’entretien${t}.`, `Je confirme ma présence à l’entretien${t}.`, `Je confirme ma participation à l’entretien${t}.`],
    },
  }),
  inPerson: ['Je viendrai sur place.', 'Je me rendrai à l’entretien en personne.', 'Je viendrai en personne pour l’entretien.'],
  inPersonAt: (place) => [`Je me rendrai sur place, à l’adresse suivante${COLON} ${place}.`, `J’ai bien noté l’adresse et je viendrai en personne${COLON} ${place}.`, `Je viendrai en personne à l’adresse indiquée${COLON} ${place}.`],
  video: ['Je me connecterai en visioconférence.', 'Je rejoindrai l’entretien par vidéo.', 'Je participerai à l’entretien en visioconférence.'],
  videoLink: {
    polite: ['Je me connecterai en visioconférence grâce au lien de votre invitation.', 'J’ai bien noté le lien de visioconférence indiqué dans votre invitation.', 'Je rejoindrai l’entretien par vidéo avec le lien de votre invitation.'],
    familiar: ['Je me connecterai en visioconférence grâce au lien de ton invitation.', 'J’ai bien noté le lien de visioconférence indiqué dans ton invitation.', 'Je rejoindrai l’entretien par vidéo avec le lien de ton invitation.'],
  },
  phone: ['Je serai joignable par téléphone à l’heure convenue.', 'Je serai disponible pour l’entretien téléphonique.', 'Je serai disponible au téléphone pour l’entretien.'],
  placeNoted: (place) => [`J’ai bien noté le lieu${COLON} ${place}.`, `Le lieu est bien noté${COLON} ${place}.`, `J’ai pris note du lieu${COLON} ${place}.`],
  acceptOpen: {
    polite: ['J’accepte avec plaisir votre invitation à un entretien.', 'J’accepte avec plaisir de venir à un entretien.', 'J’accepte volontiers votre invitation.'],
    familiar: ['J’accepte avec plaisir ton invitation à un entretien.', 'J’accepte avec plaisir de venir à un entretien.', 'J’accepte volontiers ton invitation.'],
  },
  booked: {
    polite: ['J’ai réservé un créneau grâce à votre lien de réservation.', 'J’ai déjà choisi un créneau avec le lien de votre invitation.', 'Un créneau est réservé grâce à votre lien.'],
    familiar: ['J’ai réservé un créneau grâce à ton lien de réservation.', 'J’ai déjà choisi un créneau avec le lien de ton invitation.', 'Un créneau est réservé grâce à ton lien.'],
  },
  willBook: {
    polite: ['Je réserverai très prochainement un créneau grâce à votre lien de réservation.', 'Je choisirai très bientôt un créneau avec le lien de votre invitation.', 'Je réserve un créneau avec votre lien dans les prochains jours.'],
    familiar: ['Je réserverai très prochainement un créneau grâce à ton lien de réservation.', 'Je choisirai très bientôt un créneau avec le lien de ton invitation.', 'Je réserve un créneau avec ton lien dans les prochains jours.'],
  },
  close: {
    polite: {
      warm: [
        `N’hésitez pas à me dire si je dois préparer quelque chose. Au plaisir de vous rencontrer${BANG}`,
        `Si vous souhaitez que je prépare un document en amont, il suffit de me le dire. À très bientôt${BANG}`,
        `Dites-moi simplement si je dois préparer quelque chose. Au plaisir d’échanger avec vous${BANG}`,
      ],
      formal: [
        'N’hésitez pas à me faire savoir si je dois préparer quoi que ce soit en amont. Au plaisir de vous rencontrer.',
        'Je reste à votre disposition pour toute information complémentaire d’ici là.',
        'Si je dois préparer un élément en amont, n’hésitez pas à me le faire savoir. Au plaisir de vous rencontrer.',
      ],
      brief: ['Au plaisir de vous rencontrer.', 'À bientôt.', 'Au plaisir d’échanger avec vous.'],
    },
    familiar: {
      warm: [
        `N’hésite pas à me dire si je dois préparer quelque chose. Au plaisir de te rencontrer${BANG}`,
        `Si tu souhaites que je prépare un document en amont, il suffit de me le dire. À très bientôt${BANG}`,
        `Dis-moi simplement si je dois préparer quelque chose. Au plaisir d’échanger avec toi${BANG}`,
      ],
      formal: [
        'N’hésite pas à me faire savoir si je dois préparer quoi que ce soit en amont. Au plaisir de te rencontrer.',
        'Je reste à ta disposition pour toute information complémentaire d’ici là.',
        'Si je dois préparer un élément en amont, n’hésite pas à me le faire savoir. Au plaisir de te rencontrer.',
      ],
      brief: ['Au plaisir de te rencontrer.', 'À bientôt.', 'Au plaisir d’échanger avec toi.'],
    },
  },
};
