import type { WithdrawPhrases } from '../letters/phrases';

export const withdraw: WithdrawPhrases = {
  late: {
    polite: ['Mi scusi per il ritardo con cui Le scrivo e per questo cambio di programma.', 'Le chiedo scusa per il messaggio tardivo e per il cambio di programma.', 'Mi scusi se Le scrivo in ritardo e se devo cambiare i nostri piani.'],
    familiar: ['Scusami per il ritardo con cui ti scrivo e per questo cambio di programma.', 'Ti chiedo scusa per il messaggio tardivo e per il cambio di programma.', 'Scusami se ti scrivo in ritardo e se devo cambiare i nostri piani.'],
  },
  thanks: (r) => ({
    polite: [`La ringrazio ancora per l’invito al colloquio per ${r} e per il tempo che mi ha dedicato.`, `Grazie per l’invito al colloquio per ${r} e per il tempo dedicato a organizzarlo.`, `Desidero ringraziarLa per l’invito al colloquio per ${r} e per averlo organizzato.`],
    familiar: [`Ti ringrazio ancora per l’invito al colloquio per ${r} e per il tempo che mi hai dedicato.`, `Grazie per l’invito al colloquio per ${r} e per il tempo dedicato a organizzarlo.`, `Desidero ringraziarti per l’invito al colloquio per ${r} e per averlo organizzato.`],
  }),
  decision: (t) => ({
    polite: {
      warm: [`Le scrivo subito per comunicarLe che devo ritirarmi dal colloquio previsto${t}.`, `Volevo avvisarLa al più presto che non potrò partecipare al colloquio previsto${t}.`, `Le scrivo appena possibile perché devo rinunciare al colloquio previsto${t}.`],
      formal: [
        `Le comunico tempestivamente che devo ritirare la mia candidatura e rinunciare al colloquio previsto${t}.`,
        `Desidero informarLa senza indugio che non potrò partecipare al colloquio previsto${t}.`,
        `Con questo messaggio Le comunico al più presto che devo ritirarmi dal colloquio previsto${t}.`,
      ],
      brief: [`Devo purtroppo ritirarmi dal colloquio previsto${t}.`, `Non potrò partecipare al colloquio previsto${t}.`, `Devo rinunciare al colloquio previsto${t}.`],
    },
    familiar: {
      warm: [`Ti scrivo subito per comunicarti che devo ritirarmi dal colloquio previsto${t}.`, `Volevo avvisarti al più presto che non potrò partecipare al colloquio previsto${t}.`, `Ti scrivo appena possibile perché devo rinunciare al colloquio previsto${t}.`],
      formal: [
        `Ti comunico tempestivamente che devo ritirare la mia candidatura e rinunciare al colloquio previsto${t}.`,
        `Desidero informarti senza indugio che non potrò partecipare al colloquio previsto${t}.`,
        `Con questo messaggio ti comunico al più presto che devo ritirarmi dal colloquio previsto${t}.`,
      ],
      brief: [`Devo purtroppo ritirarmi dal colloquio previsto${t}.`, `Non potrò partecipare al colloquio previsto${t}.`, `Devo rinunciare al colloquio previsto${t}.`],
    },
  }),
  sorry: {
    polite: ['Mi scusi per questo cambio di programma.', 'Le chiedo scusa per il cambiamento, dopo il tempo che ha dedicato a organizzare l’incontro.', 'Mi dispiace cambiare i nostri piani, e Le chiedo scusa.'],
    familiar: ['Scusami per questo cambio di programma.', 'Ti chiedo scusa per il cambiamento, dopo il tempo che hai dedicato a organizzare l’incontro.', 'Mi dispiace cambiare i nostri piani, e ti chiedo scusa.'],
  },
  bridge: [
    'Non è stata una decisione facile, perché aspettavo con piacere il nostro incontro.',
    'Aspettavo con interesse il nostro colloquio, e non è stata una decisione semplice.',
    'La decisione mi è costata, perché tenevo molto a questo incontro.',
  ],
  referral: (name) => ({
    polite: [
      `Se può esserLe utile, Le segnalo volentieri ${name}, il cui profilo mi sembra molto adatto alla posizione.`,
      `Mi permetto di suggerirLe il profilo di ${name}, che potrebbe essere un’ottima scelta per la posizione.`,
      `Se sta ancora cercando candidati, raccomando volentieri ${name} per la posizione.`,
    ],
    familiar: [
      `Se può esserti utile, ti segnalo volentieri ${name}, il cui profilo mi sembra molto adatto alla posizione.`,
      `Ti suggerisco il profilo di ${name}, che potrebbe essere un’ottima scelta per la posizione.`,
      `Se stai ancora cercando candidati, ti raccomando volentieri ${name} per la posizione.`,
    ],
  }),
  admired: (v) => {
    const table = (co: string) => [
      `Ammiro ${co} da tempo e mi farebbe piacere restare in contatto per future opportunità.`,
      `Spero davvero che le nostre strade si incrocino di nuovo, perché stimo molto ${co}.`,
      `Ho grande stima di ${co} e mi farebbe piacere avere notizie di future posizioni aperte.`,
    ];
    return { polite: table(v.company || 'la Sua azienda'), familiar: table(v.company || 'la tua azienda') };
  },
  closing: {
    polite: {
      full: ['Spero che comprenda la mia decisione e che potremo restare in contatto in futuro; Le auguro il meglio per la selezione.', 'Spero che le nostre strade si incrocino di nuovo, e Le auguro un proseguimento di successo.', 'Confido nella Sua comprensione e spero di restare in contatto.'],
      brief: ['Spero di restare in contatto.', 'Le auguro ogni successo per il futuro.', 'Spero che comprenda, e Le auguro il meglio per il futuro.'],
    },
    familiar: {
      full: ['Spero che tu comprenda la mia decisione e che potremo restare in contatto in futuro; ti auguro il meglio per la selezione.', 'Spero che le nostre strade si incrocino di nuovo, e ti auguro un proseguimento di successo.', 'Confido nella tua comprensione e spero di restare in contatto.'],
      brief: ['Spero di restare in contatto.', 'Ti auguro ogni successo per il futuro.', 'Spero che tu comprenda, e ti auguro il meglio per il futuro.'],
    },
  },
};
