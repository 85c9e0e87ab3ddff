import type { ReschedulePhrases } from '../letters/phrases';

export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    polite: {
      full: [`La ringrazio molto per l’invito al colloquio per ${r}.`, `Grazie per l’invito al colloquio per ${r}, che ho ricevuto con grande piacere.`],
      brief: [`Grazie per l’invito al colloquio per ${r}.`, `La ringrazio per l’invito al colloquio per ${r}.`],
    },
    familiar: {
      full: [`Ti ringrazio molto per l’invito al colloquio per ${r}.`, `Grazie per l’invito al colloquio per ${r}, che ho ricevuto con grande piacere.`],
      brief: [`Grazie per l’invito al colloquio per ${r}.`, `Ti ringrazio per l’invito al colloquio per ${r}.`],
    },
  }),
  decision: (t) => ({
    polite: {
      warm: [
        `Purtroppo non potrò essere presente all’orario proposto${t}; sarebbe possibile trovare un’altra data?`,
        `Purtroppo l’orario proposto${t} non mi è possibile; potremmo spostare il colloquio a un altro momento?`,
      ],
      formal: [
        `Purtroppo non potrò partecipare al colloquio previsto${t} e vorrei chiederLe se sia possibile spostarlo.`,
        `Le chiedo cortesemente se sia possibile spostare il colloquio${t} a un’altra data, poiché non potrò essere presente.`,
      ],
      brief: [`Non potrò partecipare al colloquio${t}; potremmo spostarlo?`, `Sarebbe possibile spostare il colloquio${t} a un’altra data?`],
    },
    familiar: {
      warm: [
        `Purtroppo non potrò essere presente all’orario proposto${t}; sarebbe possibile trovare un’altra data?`,
        `Purtroppo l’orario proposto${t} non mi è possibile; potremmo spostare il colloquio a un altro momento?`,
      ],
      formal: [
        `Purtroppo non potrò partecipare al colloquio previsto${t} e vorrei chiederti se sia possibile spostarlo.`,
        `Ti chiedo cortesemente se sia possibile spostare il colloquio${t} a un’altra data, poiché non potrò essere presente.`,
      ],
      brief: [`Non potrò partecipare al colloquio${t}; potremmo spostarlo?`, `Sarebbe possibile spostare il colloquio${t} a un’altra data?`],
    },
  }),
  noneFit: {
    polite: {
      warm: [
        'Purtroppo nessuno degli orari proposti mi è possibile; potremmo trovare un altro momento per il colloquio?',
        'Nessuno degli orari proposti fa al caso mio; sarebbe possibile spostare il colloquio?',
      ],
      formal: [
        'Purtroppo non mi è possibile partecipare in nessuno degli orari proposti, e vorrei chiederLe se sia possibile fissare il colloquio in un altro momento.',
        'Poiché nessuno degli orari proposti mi è possibile, Le chiedo cortesemente di valutare un’altra data per il colloquio.',
      ],
      brief: ['Nessuno degli orari proposti mi è possibile; potremmo spostare il colloquio?', 'Potremmo trovare un’altra data? Nessuno degli orari proposti mi è possibile.'],
    },
    familiar: {
      warm: [
        'Purtroppo nessuno degli orari proposti mi è possibile; potremmo trovare un altro momento per il colloquio?',
        'Nessuno degli orari proposti fa al caso mio; sarebbe possibile spostare il colloquio?',
      ],
      formal: [
        'Purtroppo non mi è possibile partecipare in nessuno degli orari proposti, e vorrei chiederti se sia possibile fissare il colloquio in un altro momento.',
        'Poiché nessuno degli orari proposti mi è possibile, ti chiedo cortesemente di valutare un’altra data per il colloquio.',
      ],
      brief: ['Nessuno degli orari proposti mi è possibile; potremmo spostare il colloquio?', 'Potremmo trovare un’altra data? Nessuno degli orari proposti mi è possibile.'],
    },
  },
  slotsIntro: {
    polite: ['Sarei disponibile nei seguenti orari:', 'Le andrebbe bene uno di questi orari?'],
    familiar: ['Sarei disponibile nei seguenti orari:', 'Ti andrebbe bene uno di questi orari?'],
  },
  slotsLink: (link) => ({ polite: [`Può anche scegliere un orario qui: ${link}`], familiar: [`Puoi anche scegliere un orario qui: ${link}`] }),
  link: (link) => ({
    polite: [`Se preferisce, può scegliere l’orario più comodo tramite questo link: ${link}`, `La mia disponibilità è consultabile qui: ${link}`],
    familiar: [`Se preferisci, puoi scegliere l’orario più comodo tramite questo link: ${link}`, `La mia disponibilità è consultabile qui: ${link}`],
  }),
  ask: {
    polite: {
      full: ['Potrebbe indicarmi alcuni orari alternativi? Mi adatterò volentieri alla Sua agenda.', 'Se mi propone altre date, farò il possibile per adattarmi ai Suoi impegni.'],
      brief: ['Potrebbe indicarmi altri orari possibili?', 'Quali altre date sarebbero possibili per Lei?'],
    },
    familiar: {
      full: ['Potresti indicarmi alcuni orari alternativi? Mi adatterò volentieri alla tua agenda.', 'Se mi proponi altre date, farò il possibile per adattarmi ai tuoi impegni.'],
      brief: ['Potresti indicarmi altri orari possibili?', 'Quali altre date sarebbero possibili per te?'],
    },
  },
  sorry: {
    polite: ['Mi scusi per il disagio.', 'Le chiedo scusa se devo chiedere un altro orario.'],
    familiar: ['Scusami per il disagio.', 'Ti chiedo scusa se devo chiedere un altro orario.'],
  },
  close: {
    polite: {
      full: ['La posizione continua a interessarmi molto e attendo con piacere il nostro colloquio.', 'Il mio interesse per la posizione resta invariato e attendo Sue notizie.'],
      brief: ['Attendo Sue notizie.', 'La posizione continua a interessarmi molto.'],
    },
    familiar: {
      full: ['La posizione continua a interessarmi molto e attendo con piacere il nostro colloquio.', 'Il mio interesse per la posizione resta invariato e attendo tue notizie.'],
      brief: ['Attendo tue notizie.', 'La posizione continua a interessarmi molto.'],
    },
  },
};
