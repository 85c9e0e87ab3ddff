import type { WithdrawPhrases } from '../letters/phrases';
import { teamRef } from './common';

// Here the time was agreed ("vereinbart"): the candidate had said yes.
export const withdraw: WithdrawPhrases = {
  late: {
    polite: [
      'Bitte entschuldigen Sie, dass ich mich erst jetzt melde, und auch die Umstände, die ich Ihnen damit bereite.',
      'Bitte verzeihen Sie meine späte Nachricht und die Umstände, die sie Ihnen macht.',
      'Bitte entschuldigen Sie, dass diese Nachricht so spät kommt und Ihre Planung ändert.',
    ],
    familiar: [
      'Entschuldige bitte, dass ich mich erst jetzt melde, und auch die Umstände, die ich dir damit bereite.',
      'Entschuldige bitte meine späte Nachricht und die Umstände, die sie dir macht.',
      'Entschuldige bitte, dass diese Nachricht so spät kommt und deine Planung ändert.',
    ],
  },
  thanks: (r) => ({
    polite: [
      `Vielen Dank noch einmal für Ihre Einladung zum Vorstellungsgespräch für ${r}.`,
      `Herzlichen Dank für die Einladung zum Gespräch für ${r} und für die Organisation des Termins.`,
      `Ich danke Ihnen für die Einladung zum Vorstellungsgespräch für ${r} und für die Mühe mit dem Termin.`,
    ],
    familiar: [
      `Vielen Dank noch einmal für deine Einladung zum Vorstellungsgespräch für ${r}.`,
      `Herzlichen Dank für die Einladung zum Gespräch für ${r} und für die Organisation des Termins.`,
      `Ich danke dir für die Einladung zum Vorstellungsgespräch für ${r} und für die Mühe mit dem Termin.`,
    ],
  }),
  decision: (t) => ({
    polite: {
      warm: [
        `Ich möchte Ihnen so früh wie möglich mitteilen, dass ich den vereinbarten Termin${t} leider absagen muss.`,
        `Ich melde mich umgehend, weil ich meine Teilnahme am Gespräch${t} leider zurückziehen muss.`,
        `Leider muss ich Ihnen schon jetzt mitteilen, dass ich das vereinbarte Gespräch${t} absage.`,
      ],
      formal: [
        `Ich möchte Ihnen frühzeitig mitteilen, dass ich meine Zusage für das Gespräch${t} leider zurückziehen muss.`,
        `Hiermit teile ich Ihnen umgehend mit, dass ich den vereinbarten Termin${t} leider absagen muss.`,
        `Ich muss Ihnen leider ohne Aufschub mitteilen, dass ich das vereinbarte Gespräch${t} absage.`,
      ],
      brief: [`Leider muss ich den vereinbarten Termin${t} absagen.`, `Ich muss meine Zusage für das Gespräch${t} leider zurückziehen.`, `Das vereinbarte Gespräch${t} muss ich leider absagen.`],
    },
    familiar: {
      warm: [
        `Ich möchte dir so früh wie möglich sagen, dass ich den vereinbarten Termin${t} leider absagen muss.`,
        `Ich melde mich gleich, weil ich meine Teilnahme am Gespräch${t} leider zurückziehen muss.`,
        `Leider muss ich dir schon jetzt sagen, dass ich das vereinbarte Gespräch${t} absage.`,
      ],
      formal: [
        `Ich möchte dir frühzeitig mitteilen, dass ich meine Zusage für das Gespräch${t} leider zurückziehen muss.`,
        `Ich muss dir leider mitteilen, dass ich den vereinbarten Termin${t} absagen muss.`,
        `Ich muss dir leider ohne Aufschub mitteilen, dass ich das vereinbarte Gespräch${t} absage.`,
      ],
      brief: [`Leider muss ich den vereinbarten Termin${t} absagen.`, `Ich muss meine Zusage für das Gespräch${t} leider zurückziehen.`, `Das vereinbarte Gespräch${t} muss ich leider absagen.`],
    },
  }),
  sorry: {
    polite: ['Bitte entschuldigen Sie, dass ich meine Zusage zurückziehe.', 'Es tut mir leid, dass ich Ihnen damit Umstände bereite.', 'Es tut mir leid, dass sich Ihre Planung dadurch ändert.'],
    familiar: ['Entschuldige bitte, dass ich meine Zusage zurückziehe.', 'Es tut mir leid, dass ich dir damit Umstände mache.', 'Es tut mir leid, dass sich deine Planung dadurch ändert.'],
  },
  bridge: [
    'Die Entscheidung ist mir nicht leicht gefallen, denn ich hatte mich auf das Gespräch gefreut.',
    'Ich hatte mich sehr auf unser Gespräch gefreut, und diese Entscheidung fällt mir nicht leicht.',
    'Leicht fällt mir diese Entscheidung nicht, denn ich hatte mich auf unser Gespräch gefreut.',
  ],
  referral: (name) => ({
    polite: [
      `Falls es Ihnen hilft, kann ich Ihnen ${name} empfehlen; meiner Einschätzung nach würde diese Person sehr gut zur Stelle passen.`,
      `Gern empfehle ich Ihnen ${name} für die Stelle; von den Fähigkeiten dieser Person bin ich überzeugt.`,
      `Für die Stelle kann ich Ihnen ${name} empfehlen, eine Person, der ich die Aufgabe sehr zutraue.`,
    ],
    familiar: [
      `Falls es dir hilft, kann ich dir ${name} empfehlen; meiner Einschätzung nach würde diese Person sehr gut zur Stelle passen.`,
      `Gern empfehle ich dir ${name} für die Stelle; von den Fähigkeiten dieser Person bin ich überzeugt.`,
      `Für die Stelle kann ich dir ${name} empfehlen, eine Person, der ich die Aufgabe sehr zutraue.`,
    ],
  }),
  admired: (v) => ({
    polite: [
      `Ich schätze ${v.company || 'Ihr Unternehmen'} seit Langem und würde mich freuen, für künftige Gelegenheiten in Kontakt zu bleiben.`,
      `Da ich ${v.company || 'Ihr Unternehmen'} sehr schätze, hoffe ich, dass sich unsere Wege in Zukunft wieder kreuzen.`,
      `Ich halte sehr viel von ${v.company || 'Ihrem Unternehmen'} und würde mich freuen, bei künftigen Stellen wieder von Ihnen zu hören.`,
    ],
    familiar: [
      `Ich schätze ${v.company || 'euer Unternehmen'} seit Langem und würde mich freuen, für künftige Gelegenheiten in Kontakt zu bleiben.`,
      `Da ich ${v.company || 'euer Unternehmen'} sehr schätze, hoffe ich, dass sich unsere Wege in Zukunft wieder kreuzen.`,
      `Ich halte sehr viel von ${v.company || 'eurem Unternehmen'} und würde mich freuen, bei künftigen Stellen wieder von dir zu hören.`,
    ],
  }),
  closing: (v) => ({
    polite: {
      full: [
        `Ich hoffe auf Ihr Verständnis, wünsche Ihnen und ${teamRef(v, true)} alles Gute und bleibe gern in Kontakt.`,
        'Ich hoffe auf Ihr Verständnis und darauf, dass sich unsere Wege in Zukunft wieder kreuzen.',
        `Ich hoffe, Sie verstehen meine Entscheidung, und wünsche ${teamRef(v, true)} weiterhin viel Erfolg.`,
      ],
      brief: ['Ich hoffe auf Ihr Verständnis und bleibe gern in Kontakt.', 'Ich wünsche Ihnen viel Erfolg und alles Gute.', 'Ich hoffe, Sie verstehen das, und wünsche Ihnen viel Erfolg.'],
    },
    familiar: {
      full: [
        `Ich hoffe auf dein Verständnis, wünsche dir und ${teamRef(v, false)} alles Gute und bleibe gern in Kontakt.`,
        'Ich hoffe auf dein Verständnis und darauf, dass sich unsere Wege in Zukunft wieder kreuzen.',
        `Ich hoffe, du verstehst meine Entscheidung, und wünsche ${teamRef(v, false)} weiterhin viel Erfolg.`,
      ],
      brief: ['Ich hoffe auf dein Verständnis und bleibe gern in Kontakt.', 'Ich wünsche dir viel Erfolg und alles Gute.', 'Ich hoffe, du verstehst das, und wünsche dir viel Erfolg.'],
    },
  }),
};
