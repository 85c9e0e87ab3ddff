import type { LetterLanguage } from '../letters/phrases';

// First person only, no adjective about the candidate (their gender is unknown).
export const reasons: LetterLanguage['reasons'] = {
  other_offer: {
    full: ['Nel frattempo ho accettato un’offerta presso un’altra azienda.', 'Di recente ho accettato un incarico presso un’altra realtà.', 'Ho accettato da poco un’offerta di lavoro presso un’altra azienda.'],
    brief: ['Ho accettato un’altra offerta.', 'Ho accettato una posizione altrove.', 'Ho già accettato un altro incarico.'],
  },
  not_a_fit: {
    full: [
      'Dopo un’attenta riflessione, ritengo che la posizione non sia del tutto in linea con i miei obiettivi professionali.',
      'Ho concluso che la posizione non corrisponde alla direzione che desidero dare alla mia carriera.',
      'Riflettendoci, la posizione non rispecchia il percorso che voglio seguire nella mia carriera.',
    ],
    brief: ['La posizione non è in linea con i miei obiettivi attuali.', 'La posizione non corrisponde ai miei piani professionali.', 'La posizione non rispecchia i miei obiettivi professionali.'],
  },
  personal: {
    full: [
      'Un cambiamento nella mia situazione non mi permette di assumere un nuovo incarico in questo momento.',
      'La mia situazione è cambiata e al momento non posso impegnarmi in un nuovo lavoro.',
      'A causa di un cambiamento nella mia situazione, ora non posso assumere un nuovo incarico.',
    ],
    brief: ['Un cambiamento nella mia situazione non mi permette ora di assumere un nuovo incarico.', 'La mia situazione è cambiata e non posso impegnarmi in un nuovo lavoro.', 'La mia situazione è cambiata, quindi ora non posso assumere un nuovo incarico.'],
  },
  logistics: {
    full: ['Lo spostamento per un colloquio in presenza non è al momento praticabile per me.', 'La distanza rende per me molto difficile un colloquio in presenza.', 'Al momento non mi è possibile spostarmi per un colloquio in presenza.'],
    brief: ['Lo spostamento non è praticabile per me.', 'La distanza è troppo grande per me.', 'Non mi è possibile spostarmi per il colloquio.'],
  },
  admired_company: {
    full: ['Di recente ho accettato un’altra posizione e intendo mantenere questo impegno.', 'Ho da poco preso un impegno con un’altra azienda e desidero rispettarlo.', 'Ho accettato da poco un altro incarico e voglio tenere fede alla parola data.'],
    brief: ['Ho accettato un’altra posizione e intendo rispettare l’impegno.', 'Ho già preso un impegno altrove.', 'Ho accettato un’altra posizione e manterrò la parola data.'],
  },
  conflict: {
    full: ['In quell’orario ho un altro impegno che non posso spostare.', 'Mi è sorto un impegno improrogabile che coincide con quell’orario.', 'A quell’ora ho già un impegno che non posso rimandare.'],
    brief: ['In quell’orario ho un impegno che non posso spostare.', 'In quell’orario ho un altro impegno fisso.', 'A quell’ora ho un impegno che non posso rimandare.'],
  },
  illness: {
    full: ['In questo momento non sto bene e vorrei essere in piena forma per il colloquio.', 'Un problema di salute mi costringe a qualche giorno di riposo.', 'Al momento ho un problema di salute e mi servono alcuni giorni per riprendermi.'],
    brief: ['Al momento non sto bene.', 'Ho bisogno di qualche giorno di riposo per motivi di salute.', 'Mi servono alcuni giorni per riprendermi da un problema di salute.'],
  },
  travel: {
    full: ['Quel giorno sarò in viaggio e non potrei dedicare al colloquio l’attenzione che merita.', 'In quella data ho un viaggio programmato da tempo.', 'Quel giorno sarò via per un viaggio e non potrei partecipare come si deve.'],
    brief: ['Quel giorno sarò in viaggio.', 'In quella data sarò fuori sede.', 'Quel giorno sarò via per un viaggio.'],
  },
};

// 'logistics' for a video or phone interview: timing and availability, never distance.
export const remoteLogistics: LetterLanguage['remoteLogistics'] = {
  full: ['I miei impegni attuali non mi lasciano il tempo per il processo di selezione in questo momento.', 'La mia disponibilità attuale non mi permette di dedicare al processo il tempo che merita.', 'Al momento i tempi non fanno per me: non riesco a ritagliarmi il tempo necessario.'],
  brief: ['La mia disponibilità attuale non me lo permette.', 'Al momento non ho tempo per il processo di selezione.', 'Al momento i tempi non fanno per me.'],
};

// Against several offered times (or a booking link): "those times", never "that date".
export const offeredReasons: LetterLanguage['offeredReasons'] = {
  conflict: {
    full: ['In ciascuno di quegli orari ho un impegno che non posso spostare.', 'Tutti quegli orari coincidono con impegni che non posso spostare.', 'In tutti gli orari proposti ho già altri impegni.'],
    brief: ['In quegli orari ho impegni fissi.', 'Quegli orari coincidono con altri impegni.', 'In quegli orari ho già altri impegni.'],
  },
  travel: {
    full: ['In quelle date sarò in viaggio e non potrei dedicare al colloquio l’attenzione che merita.', 'In quelle date ho un viaggio programmato da tempo.', 'Sarò fuori sede in tutte quelle date.'],
    brief: ['In quelle date sarò in viaggio.', 'In quelle date sarò fuori sede.', 'Quei giorni sarò in viaggio.'],
  },
};
