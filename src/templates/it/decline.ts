import type { DeclinePhrases } from '../letters/phrases';

export const decline: DeclinePhrases = {
  thanks: (r) => ({
    polite: {
      warm: [
        `La ringrazio molto per l’invito al colloquio per ${r} e per il tempo dedicato alla mia candidatura.`,
        `Grazie di cuore per l’invito al colloquio per ${r}; mi ha fatto molto piacere riceverlo.`,
        `Grazie mille per l’invito al colloquio per ${r} e per l’interesse mostrato verso la mia candidatura.`,
      ],
      formal: [
        `La ringrazio per l’invito al colloquio per ${r} e per l’interesse mostrato nei confronti della mia candidatura.`,
        `Desidero ringraziarLa per l’invito al colloquio per ${r} e per il tempo dedicato alla mia candidatura.`,
        `Grazie per l’invito al colloquio per ${r} e per l’attenzione che ha riservato alla mia candidatura.`,
      ],
      brief: [`Grazie per l’invito al colloquio per ${r} e per il Suo tempo.`, `La ringrazio per l’invito al colloquio per ${r}.`, `Grazie per l’invito a un colloquio per ${r}.`],
    },
    familiar: {
      warm: [
        `Ti ringrazio molto per l’invito al colloquio per ${r} e per il tempo dedicato alla mia candidatura.`,
        `Grazie di cuore per l’invito al colloquio per ${r}; mi ha fatto molto piacere riceverlo.`,
        `Grazie mille per l’invito al colloquio per ${r} e per l’interesse mostrato verso la mia candidatura.`,
      ],
      formal: [
        `Ti ringrazio per l’invito al colloquio per ${r} e per l’interesse mostrato nei confronti della mia candidatura.`,
        `Desidero ringraziarti per l’invito al colloquio per ${r} e per il tempo dedicato alla mia candidatura.`,
        `Grazie per l’invito al colloquio per ${r} e per l’attenzione che hai riservato alla mia candidatura.`,
      ],
      brief: [`Grazie per l’invito al colloquio per ${r} e per il tuo tempo.`, `Ti ringrazio per l’invito al colloquio per ${r}.`, `Grazie per l’invito a un colloquio per ${r}.`],
    },
  }),
  decision: {
    warm: ['Dopo averci riflettuto a lungo, ho deciso a malincuore di rinunciarvi.', 'Ci ho pensato con attenzione e ho deciso di non proseguire con il processo di selezione.', 'Dopo averci pensato bene e a lungo, ho scelto di rinunciare al colloquio.'],
    formal: ['Dopo un’attenta riflessione, ho deciso di non proseguire con il processo di selezione.', 'Dopo un’attenta valutazione di tutti gli aspetti, devo purtroppo rinunciare al colloquio.', 'Dopo aver valutato con cura la situazione, ho deciso di rinunciare al colloquio.'],
    brief: ['Devo tuttavia rinunciare al colloquio.', 'Ho deciso di non proseguire con la selezione.', 'Dopo averci pensato bene, rinuncio al colloquio.'],
  },
  remoteDecision: ['Purtroppo non posso partecipare a un colloquio in presenza.', 'Purtroppo non potrò venire di persona per il colloquio.', 'Purtroppo non posso partecipare di persona al colloquio.'],
  remoteAsk: [
    'Sarebbe possibile svolgerlo in videochiamata? In tal caso parteciperei molto volentieri.',
    'Se fosse possibile un colloquio in video o per telefono, parteciperei con piacere.',
    'Potremmo svolgere il colloquio in video o per telefono? Parteciperei volentieri in quel modo.',
  ],
  bridge: {
    polite: {
      full: [
        'Non è stata una decisione facile, e l’ho presa dopo averci riflettuto a lungo.',
        'Ho voluto farLe sapere la mia decisione non appena l’ho presa, così da permetterLe di organizzarsi per tempo.',
        'Ci ho riflettuto con attenzione prima di scriverLe, e non è stata una decisione facile.',
      ],
      brief: ['Non è stata una decisione facile, ma è quella giusta per me.', 'Ho preso questa decisione dopo un’attenta riflessione.', 'Ci ho pensato a lungo prima di prendere questa decisione.'],
    },
    familiar: {
      full: [
        'Non è stata una decisione facile, e l’ho presa dopo averci riflettuto a lungo.',
        'Ho voluto farti sapere la mia decisione non appena l’ho presa, così da permetterti di organizzarti per tempo.',
        'Ci ho riflettuto con attenzione prima di scriverti, e non è stata una decisione facile.',
      ],
      brief: ['Non è stata una decisione facile, ma è quella giusta per me.', 'Ho preso questa decisione dopo un’attenta riflessione.', 'Ci ho pensato a lungo prima di prendere questa decisione.'],
    },
  },
  goodwill: {
    full: ['L’invito mi ha fatto molto piacere.', 'Ricevere l’invito è stata per me un’ottima notizia.', 'L’invito è stato per me un piacere.'],
    brief: ['L’invito mi ha fatto piacere.', 'L’invito è stato una bella notizia.', 'Ricevere l’invito mi ha fatto piacere.'],
  },
  admired: (v) => {
    const table = (co: string) => ({
      full: [
        `Ammiro ${co} da tempo e mi farebbe piacere restare in contatto per future opportunità.`,
        `Stimo molto ${co} e spero davvero che le nostre strade si incrocino di nuovo in futuro.`,
        `Ho grande stima di ${co} e mi farebbe piacere avere notizie di future posizioni aperte.`,
      ],
      brief: [`Stimo molto ${co} e spero di restare in contatto.`, `Spero di poter collaborare con ${co} in futuro.`, `Ho molta stima di ${co} e spero di restare in contatto.`],
    });
    return { polite: table(v.company || 'la Sua azienda'), familiar: table(v.company || 'la tua azienda') };
  },
  closing: {
    polite: {
      warm: [
        'Auguro a Lei e a tutto il team ogni successo, e spero che le nostre strade si incrocino di nuovo.',
        'Mi farebbe piacere restare in contatto, e Le auguro buona fortuna con la selezione.',
        'Resto volentieri in contatto e auguro a Lei e a tutto il team il meglio per il futuro.',
      ],
      formal: [
        'Auguro a Lei e al Suo team un proseguimento di successo, e spero che avremo occasione di collaborare in futuro.',
        'Resto volentieri in contatto e Le auguro di trovare presto la persona giusta.',
        'Mi farebbe piacere restare in contatto, e auguro a Lei e al Suo team ogni successo per il futuro.',
      ],
      brief: ['Le auguro ogni successo e spero di restare in contatto.', 'Spero che le nostre strade si incrocino di nuovo in futuro.', 'Buona fortuna con la selezione; spero di restare in contatto.'],
    },
    familiar: {
      warm: [
        'Auguro a te e a tutto il team ogni successo, e spero che le nostre strade si incrocino di nuovo.',
        'Mi farebbe piacere restare in contatto, e ti auguro buona fortuna con la selezione.',
        'Resto volentieri in contatto e auguro a te e a tutto il team il meglio per il futuro.',
      ],
      formal: [
        'Auguro a te e al tuo team un proseguimento di successo, e spero che avremo occasione di collaborare in futuro.',
        'Resto volentieri in contatto e ti auguro di trovare presto la persona giusta.',
        'Mi farebbe piacere restare in contatto, e auguro a te e al tuo team ogni successo per il futuro.',
      ],
      brief: ['Ti auguro ogni successo e spero di restare in contatto.', 'Spero che le nostre strade si incrocino di nuovo in futuro.', 'Buona fortuna con la selezione; spero di restare in contatto.'],
    },
  },
};
