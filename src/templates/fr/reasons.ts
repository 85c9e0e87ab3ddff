import type { LetterLanguage } from '../letters/phrases';

export const reasons: LetterLanguage['reasons'] = {
  other_offer: {
    full: [
      'J’ai entre-temps accepté une autre offre d’emploi.',
      'J’ai récemment accepté un poste dans une autre entreprise.',
      'J’ai entre-temps accepté un poste ailleurs.',
    ],
    brief: ['J’ai accepté une autre offre.', 'J’ai accepté un poste ailleurs.', 'J’ai accepté un autre emploi.'],
  },
  not_a_fit: {
    full: [
      'À la réflexion, ce poste ne correspond pas tout à fait à l’orientation que je souhaite donner à ma carrière.',
      'Je constate que ce poste ne s’accorde pas pleinement avec mes objectifs professionnels actuels.',
      'Après réflexion, ce poste ne correspond pas à la direction que je veux donner à mon parcours.',
    ],
    brief: ['Ce poste ne correspond pas à mes objectifs actuels.', 'Le poste ne s’accorde pas avec mon projet professionnel.', 'Ce poste ne correspond pas à mon projet professionnel.'],
  },
  personal: {
    full: [
      'Un changement dans ma situation ne me permet pas de m’engager dans un nouveau poste pour le moment.',
      'Ma situation a évolué, et je ne peux pas envisager un nouveau poste actuellement.',
      'En raison d’un changement de situation, je ne peux pas m’engager dans un nouveau poste actuellement.',
    ],
    brief: [
      'Un changement de situation m’empêche de prendre un nouveau poste pour le moment.',
      'Ma situation a changé et je ne peux pas m’engager actuellement.',
      'Ma situation a changé, et je ne peux pas prendre un nouveau poste en ce moment.',
    ],
  },
  logistics: {
    full: [
      'Le déplacement pour un entretien sur place n’est pas envisageable pour moi en ce moment.',
      'La distance rend un entretien en présentiel trop difficile à organiser de mon côté.',
      'Me déplacer pour un entretien sur place n’est pas possible pour moi actuellement.',
    ],
    brief: ['Le déplacement n’est pas envisageable pour moi.', 'La distance est trop importante pour moi.', 'Me déplacer sur place n’est pas possible pour moi.'],
  },
  admired_company: {
    full: [
      'J’ai récemment accepté un autre poste et je tiens à honorer cet engagement.',
      'J’ai accepté un autre poste et souhaite respecter la parole donnée.',
      'J’ai récemment dit oui à un autre poste et je tiens à respecter cet engagement.',
    ],
    brief: ['J’ai accepté un autre poste et je tiens à cet engagement.', 'J’ai déjà pris un engagement ailleurs.', 'J’ai accepté un poste ailleurs et je m’y tiens.'],
  },
  conflict: {
    full: [
      'Un autre engagement, que je ne peux pas déplacer, tombe au même moment.',
      'J’ai à ce moment-là un rendez-vous impossible à déplacer.',
      'J’ai déjà, à cette heure-là, un engagement que je ne peux pas décaler.',
    ],
    brief: ['J’ai un engagement impossible à déplacer à ce moment-là.', 'Un autre rendez-vous tombe à la même heure.', 'J’ai déjà un engagement fixe à cette heure-là.'],
  },
  illness: {
    full: [
      'Je suis actuellement malade et je souhaite pouvoir donner le meilleur de moi-même lors de notre échange.',
      'Un problème de santé m’oblige à prendre quelques jours de repos.',
      'J’ai besoin de quelques jours pour me remettre d’une maladie.',
    ],
    brief: ['Je suis actuellement malade.', 'Je dois prendre quelques jours de repos.', 'Je suis malade et dois me reposer quelques jours.'],
  },
  travel: {
    full: [
      'Je serai en déplacement à cette date et ne pourrais pas accorder à notre échange toute l’attention qu’il mérite.',
      'Un voyage prévu de longue date m’éloigne ce jour-là.',
      'Je serai en voyage à cette date et ne pourrais pas y participer dans de bonnes conditions.',
    ],
    brief: ['Je serai en déplacement à cette date.', 'Je serai en voyage ce jour-là.', 'Ce jour-là, je serai en voyage.'],
  },
};

// 'logistics' for a video or phone interview: timing and availability, never distance.
export const remoteLogistics: LetterLanguage['remoteLogistics'] = {
  full: ['Mes engagements actuels ne me laissent pas le temps de m’investir dans le processus de recrutement en ce moment.', 'Mes disponibilités actuelles ne me permettent pas de consacrer au processus le temps qu’il mérite.', 'Le calendrier ne me convient pas\u00a0: je ne peux pas dégager le temps nécessaire en ce moment.'],
  brief: ['Mes disponibilités actuelles ne le permettent pas.', 'Je manque de temps pour ce processus en ce moment.', 'Le calendrier ne me convient pas.'],
};

// Against several offered times (or a booking link): "those times", never "that date".
export const offeredReasons: LetterLanguage['offeredReasons'] = {
  conflict: {
    full: ['J’ai à chacun de ces créneaux un engagement impossible à déplacer.', 'Chacun de ces créneaux tombe sur un rendez-vous que je ne peux pas déplacer.', 'Tous ces créneaux coïncident avec des engagements déjà pris.'],
    brief: ['J’ai des engagements fixes à ces créneaux.', 'Ces créneaux tombent sur d’autres rendez-vous.', 'Je ne suis pas disponible à ces créneaux.'],
  },
  travel: {
    full: ['Je serai en déplacement à ces dates et ne pourrais pas accorder à notre échange toute l’attention qu’il mérite.', 'Un voyage prévu de longue date m’éloigne à ces dates.', 'Je serai en voyage à chacune de ces dates.'],
    brief: ['Je serai en déplacement à ces dates.', 'Je serai en voyage à ces dates.', 'Ces dates tombent pendant un voyage.'],
  },
};
