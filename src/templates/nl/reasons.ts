import type { LetterLanguage } from '../letters/phrases';

export const reasons: LetterLanguage['reasons'] = {
  other_offer: {
    full: ['Ik heb inmiddels een aanbod van een andere organisatie aangenomen.', 'Ik heb onlangs voor een andere functie gekozen en daar ja gezegd.', 'Ik heb kort geleden een baan bij een andere werkgever aangenomen.'],
    brief: ['Ik heb een ander aanbod aangenomen.', 'Ik heb elders een functie aangenomen.', 'Ik heb inmiddels een andere baan aangenomen.'],
  },
  not_a_fit: {
    full: [
      'Na zorgvuldig nadenken past de functie niet helemaal bij mijn loopbaandoelen.',
      'Ik ben tot de conclusie gekomen dat de functie niet aansluit bij de richting die ik met mijn loopbaan wil inslaan.',
      'Bij nader inzien past de functie niet bij de koers die ik in mijn loopbaan wil varen.',
    ],
    brief: ['De functie past niet bij mijn huidige doelen.', 'De functie sluit niet aan bij mijn loopbaanplannen.', 'De functie past niet bij mijn loopbaandoelen.'],
  },
  personal: {
    full: [
      'Door een verandering in mijn situatie kan ik op dit moment geen nieuwe functie aannemen.',
      'Mijn omstandigheden zijn veranderd, waardoor ik nu geen nieuwe baan kan beginnen.',
      'Mijn situatie is veranderd, en daardoor kan ik op dit moment geen nieuwe functie aannemen.',
    ],
    brief: ['Door een verandering in mijn situatie kan ik nu geen nieuwe functie aannemen.', 'Mijn omstandigheden zijn veranderd, dus ik kan nu geen nieuwe baan beginnen.', 'Mijn situatie is veranderd; ik kan nu geen nieuwe functie aannemen.'],
  },
  logistics: {
    full: ['De reis naar een gesprek op locatie is voor mij op dit moment niet haalbaar.', 'De afstand maakt een gesprek op locatie voor mij op dit moment onpraktisch.', 'Naar een gesprek op locatie reizen lukt mij op dit moment niet.'],
    brief: ['De reis is voor mij niet haalbaar.', 'De afstand is voor mij te groot.', 'Reizen naar het gesprek lukt mij niet.'],
  },
  admired_company: {
    full: ['Ik heb onlangs een andere functie aangenomen en wil mij aan die toezegging houden.', 'Ik heb mij recent aan een andere werkgever verbonden en wil mijn woord houden.', 'Ik heb kort geleden ja gezegd tegen een andere functie en wil mij daaraan houden.'],
    brief: ['Ik heb een andere functie aangenomen en houd mij aan die toezegging.', 'Ik heb mij al elders verbonden.', 'Ik heb elders ja gezegd en houd mij daaraan.'],
  },
  conflict: {
    full: ['Op dat moment heb ik een andere afspraak die ik niet kan verzetten.', 'Er valt een onverplaatsbare afspraak op precies dat tijdstip.', 'Ik heb op dat tijdstip al een verplichting die niet te verschuiven is.'],
    brief: ['Ik heb op dat moment een vaste afspraak.', 'Op dat tijdstip ben ik al bezet.', 'Dan heb ik een afspraak die ik niet kan verzetten.'],
  },
  illness: {
    full: ['Ik ben op dit moment ziek en wil graag fit zijn voor ons gesprek.', 'Ik ben helaas ziek geworden en heb een paar dagen nodig om te herstellen.', 'Ik ben momenteel ziek en heb een paar dagen nodig om op te knappen.'],
    brief: ['Ik ben op dit moment ziek.', 'Ik ben ziek en heb een paar dagen rust nodig.', 'Ik ben ziek en moet een paar dagen herstellen.'],
  },
  travel: {
    full: ['Op die dag ben ik op reis en zou ik het gesprek niet de aandacht kunnen geven die het verdient.', 'Op dat moment ben ik onderweg en kan ik helaas niet deelnemen.', 'Ik ben dan op reis en zou niet goed kunnen deelnemen.'],
    brief: ['Op die dag ben ik op reis.', 'Op dat moment ben ik onderweg.', 'Ik ben dan op reis.'],
  },
};

// 'logistics' for a video or phone interview: timing and availability, never distance.
export const remoteLogistics: LetterLanguage['remoteLogistics'] = {
  full: ['Mijn huidige verplichtingen laten mij op dit moment geen tijd voor de sollicitatieprocedure.', 'Mijn beschikbaarheid laat het op dit moment niet toe om de procedure de tijd te geven die zij verdient.', 'De planning past mij niet: ik kan er op dit moment niet de nodige tijd voor vrijmaken.'],
  brief: ['Mijn beschikbaarheid laat het nu niet toe.', 'Ik heb op dit moment geen tijd voor de procedure.', 'De planning past mij niet.'],
};

// Against several offered times (or a booking link): "those times", never "that date".
export const offeredReasons: LetterLanguage['offeredReasons'] = {
  conflict: {
    full: ['Op elk van die tijdstippen heb ik een afspraak die ik niet kan verzetten.', 'Al die tijdstippen vallen samen met afspraken die ik niet kan verzetten.', 'Op alle voorgestelde tijdstippen ben ik al vast bezet.'],
    brief: ['Op die tijdstippen heb ik vaste afspraken.', 'Op die tijdstippen ben ik al bezet.', 'Die tijdstippen vallen samen met andere afspraken.'],
  },
  travel: {
    full: ['Op die momenten ben ik op reis en zou ik het gesprek niet de aandacht kunnen geven die het verdient.', 'Op die momenten ben ik onderweg en kan ik helaas niet deelnemen.', 'Op al die data ben ik op reis.'],
    brief: ['Op die momenten ben ik op reis.', 'Op die momenten ben ik onderweg.', 'Op die data ben ik weg.'],
  },
};
