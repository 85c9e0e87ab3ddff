import type { ReschedulePhrases } from '../letters/phrases';

export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    polite: {
      full: [`La ringrazio molto per l’invito al colloquio per ${r}.`, `Grazie per l’invito al colloquio per ${r}, che ho ricevuto con grande piacere.`, `Desidero ringraziarLa per l’invito al colloquio per ${r}.`],
      brief: [`Grazie per l’invito al colloquio per ${r}.`, `La ringrazio per l’invito al colloquio per ${r}.`, `Grazie mille per l’invito al colloquio per ${r}.`],
    },
    familiar: {
      full: [`Ti ringrazio molto per l’invito al colloquio per ${r}.`, `Grazie per l’invito al colloquio per ${r}, che ho ricevuto con grande piacere.`, `Desidero ringraziarti per l’invito al colloquio per ${r}.`],
      brief: [`Grazie per l’invito al colloquio per ${r}.`, `Ti ringrazio per l’invito al colloquio per ${r}.`, `Grazie mille per l’invito al colloquio per ${r}.`],
    },
  }),
  decision: (t) => ({
    polite: {
      warm: [
        `Purtroppo non potrò essere presente all’orario proposto${t}; sarebbe possibile trovare un’altra data?`,
        `Purtroppo l’orario proposto${t} non mi è possibile; potremmo spostare il colloquio a un altro momento?`,
        `Temo di non poter partecipare al colloquio${t}; potremmo fissare un’altra data?`,
      ],
      formal: [
        `Purtroppo non potrò partecipare al colloquio previsto${t} e vorrei chiederLe se sia possibile spostarlo.`,
        `Le chiedo cortesemente se sia possibile spostare il colloquio${t} a un’altra data, poiché non potrò essere presente.`,
        `Non potendo essere presente al colloquio previsto${t}, Le chiedo se sia possibile rinviarlo a un altro momento.`,
      ],
      brief: [`Non potrò partecipare al colloquio${t}; potremmo spostarlo?`, `Sarebbe possibile spostare il colloquio${t} a un’altra data?`, `Il colloquio${t} non mi è possibile; potremmo rinviarlo?`],
    },
    familiar: {
      warm: [
        `Purtroppo non potrò essere presente all’orario proposto${t}; sarebbe possibile trovare un’altra data?`,
        `Purtroppo l’orario proposto${t} non mi è possibile; potremmo spostare il colloquio a un altro momento?`,
        `Temo di non poter partecipare al colloquio${t}; potremmo fissare un’altra data?`,
      ],
      formal: [
        `Purtroppo non potrò partecipare al colloquio previsto${t} e vorrei chiederti se sia possibile spostarlo.`,
        `Ti chiedo cortesemente se sia possibile spostare il colloquio${t} a un’altra data, poiché non potrò essere presente.`,
        `Non potendo essere presente al colloquio previsto${t}, ti chiedo se sia possibile rinviarlo a un altro momento.`,
      ],
      brief: [`Non potrò partecipare al colloquio${t}; potremmo spostarlo?`, `Sarebbe possibile spostare il colloquio${t} a un’altra data?`, `Il colloquio${t} non mi è possibile; potremmo rinviarlo?`],
    },
  }),
  noneFit: {
    polite: {
      warm: [
        'Purtroppo nessuno degli orari proposti mi è possibile; potremmo trovare un altro momento per il colloquio?',
        'Nessuno degli orari proposti fa al caso mio; sarebbe possibile spostare il colloquio?',
        'Temo che nessuno degli orari proposti vada bene per me; potremmo fissare un’altra data?',
      ],
      formal: [
        'Purtroppo non mi è possibile partecipare in nessuno degli orari proposti, e vorrei chiederLe se sia possibile fissare il colloquio in un altro momento.',
        'Poiché nessuno degli orari proposti mi è possibile, Le chiedo cortesemente di valutare un’altra data per il colloquio.',
        'Purtroppo nessuno degli orari proposti mi è possibile; sarebbe possibile rinviare il colloquio a un altro momento?',
      ],
      brief: ['Nessuno degli orari proposti mi è possibile; potremmo spostare il colloquio?', 'Potremmo trovare un’altra data? Nessuno degli orari proposti mi è possibile.', 'Nessuno degli orari proposti mi va bene; potremmo fissare un’altra data?'],
    },
    familiar: {
      warm: [
        'Purtroppo nessuno degli orari proposti mi è possibile; potremmo trovare un altro momento per il colloquio?',
        'Nessuno degli orari proposti fa al caso mio; sarebbe possibile spostare il colloquio?',
        'Temo che nessuno degli orari proposti vada bene per me; potremmo fissare un’altra data?',
      ],
      formal: [
        'Purtroppo non mi è possibile partecipare in nessuno degli orari proposti, e vorrei chiederti se sia possibile fissare il colloquio in un altro momento.',
        'Poiché nessuno degli orari proposti mi è possibile, ti chiedo cortesemente di valutare un’altra data per il colloquio.',
        'Purtroppo nessuno degli orari proposti mi è possibile; sarebbe possibile rinviare il colloquio a un altro momento?',
      ],
      brief: ['Nessuno degli orari proposti mi è possibile; potremmo spostare il colloquio?', 'Potremmo trovare un’altra data? Nessuno degli orari proposti mi è possibile.', 'Nessuno degli orari proposti mi va bene; potremmo fissare un’altra data?'],
    },
  },
  slotsIntro: {
    polite: ['Sarei disponibile nei seguenti orari:', 'Le andrebbe bene uno di questi orari?', 'Potrei partecipare in uno di questi orari:'],
    familiar: ['Sarei disponibile nei seguenti orari:', 'Ti andrebbe bene uno di questi orari?', 'Potrei partecipare in uno di questi orari:'],
  },
  slotsLink: (link) => ({ polite: [`Può anche scegliere un orario qui: ${link}`], familiar: [`Puoi anche scegliere un orario qui: ${link}`] }),
  link: (link) => ({
    polite: [`Se preferisce, può scegliere l’orario più comodo tramite questo link: ${link}`, `La mia disponibilità è consultabile qui: ${link}`, `Può prenotare direttamente uno spazio libero nella mia agenda: ${link}`],
    familiar: [`Se preferisci, puoi scegliere l’orario più comodo tramite questo link: ${link}`, `La mia disponibilità è consultabile qui: ${link}`, `Puoi prenotare direttamente uno spazio libero nella mia agenda: ${link}`],
  }),
  ask: {
    polite: {
      full: ['Potrebbe indicarmi alcuni orari alternativi? Mi adatterò volentieri alla Sua agenda.', 'Se mi propone altre date, farò il possibile per adattarmi ai Suoi impegni.', 'Quali altre date Le andrebbero bene? Mi organizzerò di conseguenza.'],
      brief: ['Potrebbe indicarmi altri orari possibili?', 'Quali altre date sarebbero possibili per Lei?', 'Potrebbe propormi altre date?'],
    },
    familiar: {
      full: ['Potresti indicarmi alcuni orari alternativi? Mi adatterò volentieri alla tua agenda.', 'Se mi proponi altre date, farò il possibile per adattarmi ai tuoi impegni.', 'Quali altre date ti andrebbero bene? Mi organizzerò di conseguenza.'],
      brief: ['Potresti indicarmi altri orari possibili?', 'Quali altre date sarebbero possibili per te?', 'Potresti propormi altre date?'],
    },
  },
  sorry: {
    polite: ['Mi scusi per il disagio.', 'Le chiedo scusa se devo chiedere un altro orario.', 'Mi scusi se Le chiedo un altro orario.'],
    familiar: ['Scusami per il disagio.', 'Ti chiedo scusa se devo chiedere un altro orario.', 'Scusami se ti chiedo un altro orario.'],
  },
  close: {
    polite: {
      full: ['La posizione continua a interessarmi molto e attendo con piacere il nostro colloquio.', 'Il mio interesse per la posizione resta invariato e attendo Sue notizie.', 'La posizione mi interessa molto, e spero che troveremo un orario adatto a entrambi.'],
      brief: ['Attendo Sue notizie.', 'La posizione continua a interessarmi molto.', 'Il mio interesse per la posizione resta invariato.'],
    },
    familiar: {
      full: ['La posizione continua a interessarmi molto e attendo con piacere il nostro colloquio.', 'Il mio interesse per la posizione resta invariato e attendo tue notizie.', 'La posizione mi interessa molto, e spero che troveremo un orario adatto a entrambi.'],
      brief: ['Attendo tue notizie.', 'La posizione continua a interessarmi molto.', 'Il mio interesse per la posizione resta invariato.'],
    },
  },
};
