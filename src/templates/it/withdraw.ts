import type { WithdrawPhrases } from '../letters/phrases';

export const withdraw: WithdrawPhrases = {
  late: {
    polite: ['Mi scusi per il ritardo con cui Le scrivo e per questo cambio di programma.', 'Le chiedo scusa per il messaggio tardivo e per il cambio di programma.'],
    familiar: ['Scusami per il ritardo con cui ti scrivo e per questo cambio di programma.', 'Ti chiedo scusa per il messaggio tardivo e per il cambio di programma.'],
  },
  thanks: (r) => ({
    polite: [`La ringrazio ancora per l’invito al colloquio per ${r} e per il tempo che mi ha dedicato.`, `Grazie per l’invito al colloquio per ${r} e per il tempo dedicato a organizzarlo.`],
    familiar: [`Ti ringrazio ancora per l’invito al colloquio per ${r} e per il tempo che mi hai dedicato.`, `Grazie per l’invito al colloquio per ${r} e per il tempo dedicato a organizzarlo.`],
  }),
  decision: (t) => ({
    polite: {
      warm: [`Le scrivo subito per comunicarLe che devo ritirarmi dal colloquio previsto${t}.`, `Volevo avvisarLa al più presto che non potrò partecipare al colloquio previsto${t}.`],
      formal: [
        `Le comunico tempestivamente che devo ritirare la mia candidatura e rinunciare al colloquio previsto${t}.`,
        `Desidero informarLa senza indugio che non potrò partecipare al colloquio previsto${t}.`,
      ],
      brief: [`Devo purtroppo ritirarmi dal colloquio previsto${t}.`, `Non potrò partecipare al colloquio previsto${t}.`],
    },
    familiar: {
      warm: [`Ti scrivo subito per comunicarti che devo ritirarmi dal colloquio previsto${t}.`, `Volevo avvisarti al più presto che non potrò partecipare al colloquio previsto${t}.`],
      formal: [
        `Ti comunico tempestivamente che devo ritirare la mia candidatura e rinunciare al colloquio previsto${t}.`,
        `Desidero informarti senza indugio che non potrò partecipare al colloquio previsto${t}.`,
      ],
      brief: [`Devo purtroppo ritirarmi dal colloquio previsto${t}.`, `Non potrò partecipare al colloquio previsto${t}.`],
    },
  }),
  sorry: {
    polite: ['Mi scusi per questo cambio di programma.', 'Le chiedo scusa per il cambiamento, dopo il tempo che ha dedicato a organizzare l’incontro.'],
    familiar: ['Scusami per questo cambio di programma.', 'Ti chiedo scusa per il cambiamento, dopo il tempo che hai dedicato a organizzare l’incontro.'],
  },
  bridge: [
    'Non è stata una decisione facile, perché aspettavo con piacere il nostro incontro.',
    'Aspettavo con interesse il nostro colloquio, e non è stata una decisione semplice.',
  ],
  referral: (name) => ({
    polite: [
      `Se può esserLe utile, Le segnalo volentieri ${name}, il cui profilo mi sembra molto adatto alla posizione.`,
      `Mi permetto di suggerirLe il profilo di ${name}, che potrebbe essere un’ottima scelta per la posizione.`,
    ],
    familiar: [
      `Se può esserti utile, ti segnalo volentieri ${name}, il cui profilo mi sembra molto adatto alla posizione.`,
      `Ti suggerisco il profilo di ${name}, che potrebbe essere un’ottima scelta per la posizione.`,
    ],
  }),
  admired: (v) => {
    const table = (co: string) => [
      `Ammiro ${co} da tempo e mi farebbe piacere restare in contatto per future opportunità.`,
      `Spero davvero che le nostre strade si incrocino di nuovo, perché stimo molto ${co}.`,
    ];
    return { polite: table(v.company || 'la Sua azienda'), familiar: table(v.company || 'la tua azienda') };
  },
  closing: {
    polite: {
      full: ['Spero che comprenda la mia decisione e che potremo restare in contatto in futuro; Le auguro il meglio per la selezione.', 'Spero che le nostre strade si incrocino di nuovo, e Le auguro un proseguimento di successo.'],
      brief: ['Spero di restare in contatto.', 'Le auguro ogni successo per il futuro.'],
    },
    familiar: {
      full: ['Spero che tu comprenda la mia decisione e che potremo restare in contatto in futuro; ti auguro il meglio per la selezione.', 'Spero che le nostre strade si incrocino di nuovo, e ti auguro un proseguimento di successo.'],
      brief: ['Spero di restare in contatto.', 'Ti auguro ogni successo per il futuro.'],
    },
  },
};
