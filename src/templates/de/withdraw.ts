import type { WithdrawPhrases } from '../letters/phrases';
import { teamRef } from './common';

// Here the time was agreed ("vereinbart"): the candidate had said yes.
export const withdraw: WithdrawPhrases = {
  late: {
    polite: [
      'Bitte entschuldigen Sie, dass ich mich erst jetzt melde, und auch die Umstände, die ich Ihnen damit bereite.',
      'Bitte verzeihen Sie meine späte Nachricht und die Umstände, die sie Ihnen macht.',
    ],
    familiar: [
      'Entschuldige bitte, dass ich mich erst jetzt melde, und auch die Umstände, die ich dir damit bereite.',
      'Entschuldige bitte meine späte Nachricht und die Umstände, die sie dir macht.',
    ],
  },
  thanks: (r) => ({
    polite: [
      `Vielen Dank noch einmal für Ihre Einladung zum Vorstellungsgespräch für ${r}.`,
      `Herzlichen Dank für die Einladung zum Gespräch für ${r} und für die Organisation des Termins.`,
    ],
    familiar: [
      `Vielen Dank noch einmal für deine Einladung zum Vorstellungsgespräch für ${r}.`,
      `Herzlichen Dank für die Einladung zum Gespräch für ${r} und für die Organisation des Termins.`,
    ],
  }),
  decision: (t) => ({
    polite: {
      warm: [
        `Ich möchte Ihnen so früh wie möglich mitteilen, dass ich den vereinbarten Termin${t} leider absagen muss.`,
        `Ich melde mich umgehend, weil ich meine Teilnahme am Gespräch${t} leider zurückziehen muss.`,
      ],
      formal: [
        `Ich möchte Ihnen frühzeitig mitteilen, dass ich meine Zusage für das Gespräch${t} leider zurückziehen muss.`,
        `Hiermit teile ich Ihnen umgehend mit, dass ich den vereinbarten Termin${t} leider absagen muss.`,
      ],
      brief: [`Leider muss ich den vereinbarten Termin${t} absagen.`, `Ich muss meine Zusage für das Gespräch${t} leider zurückziehen.`],
    },
    familiar: {
      warm: [
        `Ich möchte dir so früh wie möglich sagen, dass ich den vereinbarten Termin${t} leider absagen muss.`,
        `Ich melde mich gleich, weil ich meine Teilnahme am Gespräch${t} leider zurückziehen muss.`,
      ],
      formal: [
        `Ich möchte dir frühzeitig mitteilen, dass ich meine Zusage für das Gespräch${t} leider zurückziehen muss.`,
        `Ich muss dir leider mitteilen, dass ich den vereinbarten Termin${t} absagen muss.`,
      ],
      brief: [`Leider muss ich den vereinbarten Termin${t} absagen.`, `Ich muss meine Zusage für das Gespräch${t} leider zurückziehen.`],
    },
  }),
  sorry: {
    polite: ['Bitte entschuldigen Sie, dass ich meine Zusage zurückziehe.', 'Es tut mir leid, dass ich Ihnen damit Umstände bereite.'],
    familiar: ['Entschuldige bitte, dass ich meine Zusage zurückziehe.', 'Es tut mir leid, dass ich dir damit Umstände mache.'],
  },
  bridge: [
    'Die Entscheidung ist mir nicht leicht gefallen, denn ich hatte mich auf das Gespräch gefreut.',
    'Ich hatte mich sehr auf unser Gespräch gefreut, und diese Entscheidung fällt mir nicht leicht.',
  ],
  referral: (name) => ({
    polite: [
      `Falls es Ihnen hilft, kann ich Ihnen ${name} empfehlen; meiner Einschätzung nach würde diese Person sehr gut zur Stelle passen.`,
      `Gern empfehle ich Ihnen ${name} für die Stelle; von den Fähigkeiten dieser Person bin ich überzeugt.`,
    ],
    familiar: [
      `Falls es dir hilft, kann ich dir ${name} empfehlen; meiner Einschätzung nach würde diese Person sehr gut zur Stelle passen.`,
      `Gern empfehle ich dir ${name} für die Stelle; von den Fähigkeiten dieser Person bin ich überzeugt.`,
    ],
  }),
  admired: (v) => ({
    polite: [
      `Ich schätze ${v.company || 'Ihr Unternehmen'} seit Langem und würde mich freuen, für künftige Gelegenheiten in Kontakt zu bleiben.`,
      `Da ich ${v.company || 'Ihr Unternehmen'} sehr schätze, hoffe ich, dass sich unsere Wege in Zukunft wieder kreuzen.`,
    ],
    familiar: [
      `Ich schätze ${v.company || 'euer Unternehmen'} seit Langem und würde mich freuen, für künftige Gelegenheiten in Kontakt zu bleiben.`,
      `Da ich ${v.company || 'euer Unternehmen'} sehr schätze, hoffe ich, dass sich unsere Wege in Zukunft wieder kreuzen.`,
    ],
  }),
  closing: (v) => ({
    polite: {
      full: [
        `Ich hoffe auf Ihr Verständnis, wünsche Ihnen und ${teamRef(v, true)} alles Gute und bleibe gern in Kontakt.`,
        'Ich hoffe auf Ihr Verständnis und darauf, dass sich unsere Wege in Zukunft wieder kreuzen.',
      ],
      brief: ['Ich hoffe auf Ihr Verständnis und bleibe gern in Kontakt.', 'Ich wünsche Ihnen viel Erfolg und alles Gute.'],
    },
    familiar: {
      full: [
        `Ich hoffe auf dein Verständnis, wünsche dir und ${teamRef(v, false)} alles Gute und bleibe gern in Kontakt.`,
        'Ich hoffe auf dein Verständnis und darauf, dass sich unsere Wege in Zukunft wieder kreuzen.',
      ],
      brief: ['Ich hoffe auf dein Verständnis und bleibe gern in Kontakt.', 'Ich wünsche dir viel Erfolg und alles Gute.'],
    },
  }),
};
