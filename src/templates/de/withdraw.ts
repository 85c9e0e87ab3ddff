import type { WithdrawPhrases } from '../letters/phrases';
import { teamRef } from './common';

export const withdraw: WithdrawPhrases = {
  late: [
    'Bitte entschuldigen Sie, dass ich mich erst jetzt melde, und auch die Änderung unserer Pläne.',
    'Bitte verzeihen Sie meine späte Nachricht und die geänderten Pläne.',
  ],
  thanks: (r) => [
    `Vielen Dank noch einmal für Ihre Einladung zum Vorstellungsgespräch für ${r}.`,
    `Herzlichen Dank für die Einladung zum Gespräch für ${r} und für die Organisation des Termins.`,
  ],
  decision: (t) => ({
    warm: [
      `Ich möchte Ihnen so früh wie möglich mitteilen, dass ich den vereinbarten Termin${t} leider absagen muss.`,
      `Ich melde mich umgehend, weil ich meine Teilnahme am Gespräch${t} leider zurückziehen muss.`,
    ],
    formal: [
      `Ich möchte Ihnen frühzeitig mitteilen, dass ich meine Zusage für das Gespräch${t} leider zurückziehen muss.`,
      `Hiermit teile ich Ihnen umgehend mit, dass ich den vereinbarten Termin${t} leider absagen muss.`,
    ],
    brief: [`Leider muss ich den vereinbarten Termin${t} absagen.`, `Ich muss meine Zusage für das Gespräch${t} leider zurückziehen.`],
  }),
  sorry: ['Bitte entschuldigen Sie die Änderung unserer Pläne.', 'Es tut mir leid, dass sich dadurch Ihre Planung ändert.'],
  bridge: [
    'Die Entscheidung ist mir nicht leicht gefallen, denn ich hatte mich auf das Gespräch gefreut.',
    'Ich hatte mich sehr auf unser Gespräch gefreut, und diese Entscheidung fällt mir nicht leicht.',
  ],
  referral: (name) => [
    `Falls es Ihnen hilft, kann ich Ihnen ${name} empfehlen; meiner Einschätzung nach würde diese Person sehr gut zur Stelle passen.`,
    `Gern empfehle ich Ihnen ${name} für die Stelle; von den Fähigkeiten dieser Person bin ich überzeugt.`,
  ],
  admired: (v) => {
    const co = v.company || 'Ihr Unternehmen';
    return [
      `Ich schätze ${co} seit Langem und würde mich freuen, für künftige Gelegenheiten in Kontakt zu bleiben.`,
      `Da ich ${co} sehr schätze, hoffe ich, dass sich unsere Wege in Zukunft wieder kreuzen.`,
    ];
  },
  closing: (v) => ({
    full: [
      `Vielen Dank für Ihr Verständnis. Ich wünsche Ihnen und ${teamRef(v)} alles Gute und bleibe gern in Kontakt.`,
      'Ich danke Ihnen für Ihr Verständnis und hoffe, dass sich unsere Wege in Zukunft wieder kreuzen.',
    ],
    brief: ['Danke für Ihr Verständnis; ich bleibe gern in Kontakt.', 'Ich wünsche Ihnen viel Erfolg und alles Gute.'],
  }),
};
