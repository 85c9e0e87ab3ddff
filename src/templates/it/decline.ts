import type { DeclinePhrases } from '../letters/phrases';

export const decline: DeclinePhrases = {
  thanks: (r) => ({
    polite: {
      warm: [
        `La ringrazio molto per l’invito al colloquio per ${r} e per il tempo dedicato alla mia candidatura.`,
        `Grazie di cuore per l’invito al colloquio per ${r}; mi ha fatto molto piacere riceverlo.`,
      ],
      formal: [
        `La ringrazio per l’invito al colloquio per ${r} e per l’interesse mostrato nei confronti della mia candidatura.`,
        `Desidero ringraziarLa per l’invito al colloquio per ${r} e per il tempo dedicato alla mia candidatura.`,
      ],
      brief: [`Grazie per l’invito al colloquio per ${r} e per il Suo tempo.`, `La ringrazio per l’invito al colloquio per ${r}.`],
    },
    familiar: {
      warm: [
        `Ti ringrazio molto per l’invito al colloquio per ${r} e per il tempo dedicato alla mia candidatura.`,
        `Grazie di cuore per l’invito al colloquio per ${r}; mi ha fatto molto piacere riceverlo.`,
      ],
      formal: [
        `Ti ringrazio per l’invito al colloquio per ${r} e per l’interesse mostrato nei confronti della mia candidatura.`,
        `Desidero ringraziarti per l’invito al colloquio per ${r} e per il tempo dedicato alla mia candidatura.`,
      ],
      brief: [`Grazie per l’invito al colloquio per ${r} e per il tuo tempo.`, `Ti ringrazio per l’invito al colloquio per ${r}.`],
    },
  }),
  decision: {
    warm: ['Dopo averci riflettuto a lungo, ho deciso a malincuore di rinunciarvi.', 'Ci ho pensato con attenzione e ho deciso di non proseguire con il processo di selezione.', 'Dopo averci pensato bene e a lungo, ho scelto di rinunciare al colloquio.'],
    formal: ['Dopo un’attenta riflessione, ho deciso di non proseguire con il processo di selezione.', 'Dopo un’attenta valutazione di tutti gli aspetti, devo purtroppo rinunciare al colloquio.', 'Dopo aver valutato con cura la situazione, ho deciso di rinunciare al colloquio.'],
    brief: ['Devo tuttavia rinunciare al colloquio.', 'Ho deciso di non proseguire con la selezione.', 'Dopo averci pensato bene, rinuncio al colloquio.'],
  },
  remoteDecision: ['Purtroppo non posso partecipare a un colloquio in presenza.', 'Purtroppo non potrò venire di persona per il colloquio.'],
  remoteAsk: [
    'Sarebbe possibile svolgerlo in videochiamata? In tal caso parteciperei molto volentieri.',
    'Se fosse possibile un colloquio in video o per telefono, parteciperei con piacere.',
  ],
  bridge: {
    polite: {
      full: [
        'Non è stata una decisione facile, perché mi ha fatto piacere conoscere meglio la posizione.',
        'Apprezzo molto che abbia preso in considerazione la mia candidatura, e non è stata una decisione facile.',
      ],
      brief: ['Non è stata una decisione facile, ma è quella giusta per me.', 'Ho preso questa decisione dopo un’attenta riflessione.'],
    },
    familiar: {
      full: [
        'Non è stata una decisione facile, perché mi ha fatto piacere conoscere meglio la posizione.',
        'Apprezzo molto che tu abbia preso in considerazione la mia candidatura, e non è stata una decisione facile.',
      ],
      brief: ['Non è stata una decisione facile, ma è quella giusta per me.', 'Ho preso questa decisione dopo un’attenta riflessione.'],
    },
  },
  goodwill: {
    full: ['L’invito mi ha fatto molto piacere.', 'Ricevere l’invito è stata per me un’ottima notizia.'],
    brief: ['L’invito mi ha fatto piacere.', 'L’invito è stato una bella notizia.'],
  },
  admired: (v) => {
    const table = (co: string) => ({
      full: [
        `Ammiro ${co} da tempo e mi farebbe piacere restare in contatto per future opportunità.`,
        `Stimo molto ${co} e spero davvero che le nostre strade si incrocino di nuovo in futuro.`,
      ],
      brief: [`Stimo molto ${co} e spero di restare in contatto.`, `Spero di poter collaborare con ${co} in futuro.`],
    });
    return { polite: table(v.company || 'la Sua azienda'), familiar: table(v.company || 'la tua azienda') };
  },
  closing: {
    polite: {
      warm: [
        'Auguro a Lei e a tutto il team ogni successo, e spero che le nostre strade si incrocino di nuovo.',
        'Mi farebbe piacere restare in contatto, e Le auguro buona fortuna con la selezione.',
      ],
      formal: [
        'Auguro a Lei e al Suo team un proseguimento di successo, e spero che avremo occasione di collaborare in futuro.',
        'Resto volentieri in contatto e Le auguro di trovare presto la persona giusta.',
      ],
      brief: ['Le auguro ogni successo e spero di restare in contatto.', 'Spero che le nostre strade si incrocino di nuovo in futuro.'],
    },
    familiar: {
      warm: [
        'Auguro a te e a tutto il team ogni successo, e spero che le nostre strade si incrocino di nuovo.',
        'Mi farebbe piacere restare in contatto, e ti auguro buona fortuna con la selezione.',
      ],
      formal: [
        'Auguro a te e al tuo team un proseguimento di successo, e spero che avremo occasione di collaborare in futuro.',
        'Resto volentieri in contatto e ti auguro di trovare presto la persona giusta.',
      ],
      brief: ['Ti auguro ogni successo e spero di restare in contatto.', 'Spero che le nostre strade si incrocino di nuovo in futuro.'],
    },
  },
};
