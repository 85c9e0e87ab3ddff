import type { DeclinePhrases } from '../letters/phrases';
import { teamRef } from './common';

export const decline: DeclinePhrases = {
  thanks: (r) => ({
    polite: {
      warm: [
        `Herzlichen Dank für Ihre Einladung zum Vorstellungsgespräch für ${r} und für die Zeit, die Sie sich für meine Bewerbung genommen haben.`,
        `Vielen Dank für die Einladung zum Gespräch für ${r}; ich habe mich sehr darüber gefreut.`, `Ich danke Ihnen herzlich für die Einladung zum Vorstellungsgespräch für ${r} und für Ihr Interesse an meiner Bewerbung.`,
      ],
      formal: [
        `Vielen Dank für Ihre Einladung zum Vorstellungsgespräch für ${r} und für Ihr Interesse an meiner Bewerbung.`,
        `Haben Sie vielen Dank für die Einladung zum Vorstellungsgespräch für ${r}.`, `Ich danke Ihnen für die Einladung zum Vorstellungsgespräch für ${r} und für die Zeit, die Sie meiner Bewerbung gewidmet haben.`,
      ],
      brief: [`Vielen Dank für die Einladung zum Vorstellungsgespräch für ${r}.`, `Danke für Ihre Einladung zum Gespräch für ${r} und für Ihre Zeit.`, `Besten Dank für Ihre Einladung zum Vorstellungsgespräch für ${r}.`],
    },
    familiar: {
      warm: [
        `Herzlichen Dank für deine Einladung zum Vorstellungsgespräch für ${r} und für die Zeit, die du dir für meine Bewerbung genommen hast.`,
        `Vielen Dank für die Einladung zum Gespräch für ${r}; ich habe mich sehr darüber gefreut.`, `Ich danke dir herzlich für die Einladung zum Vorstellungsgespräch für ${r} und für dein Interesse an meiner Bewerbung.`,
      ],
      formal: [
        `Vielen Dank für deine Einladung zum Vorstellungsgespräch für ${r} und für dein Interesse an meiner Bewerbung.`,
        `Vielen Dank für die Einladung zum Vorstellungsgespräch für ${r}, über die ich mich sehr gefreut habe.`, `Ich danke dir für die Einladung zum Vorstellungsgespräch für ${r} und für die Zeit, die du meiner Bewerbung gewidmet hast.`,
      ],
      brief: [`Vielen Dank für die Einladung zum Vorstellungsgespräch für ${r}.`, `Danke für deine Einladung zum Gespräch für ${r} und für deine Zeit.`, `Besten Dank für deine Einladung zum Vorstellungsgespräch für ${r}.`],
    },
  }),
  decision: {
    polite: {
      warm: [
        'Nach reiflicher Überlegung habe ich mich entschieden, das Gespräch abzusagen.',
        'Ich habe lange überlegt und mich entschlossen, den Termin nicht wahrzunehmen.',
        'Ich habe es mir gründlich überlegt und möchte das Gespräch absagen.',
      ],
      formal: [
        'Nach sorgfältiger Überlegung habe ich mich jedoch entschieden, das Gespräch abzusagen.',
        'Nach reiflicher Abwägung habe ich mich entschlossen, den Termin nicht wahrzunehmen.',
        'Nach eingehender Prüfung und reiflicher Überlegung möchte ich das Gespräch leider absagen.',
      ],
      brief: ['Ich möchte das Gespräch jedoch absagen.', 'Leider muss ich den Termin absagen.', 'Das Gespräch muss ich leider absagen.'],
    },
    familiar: {
      warm: [
        'Nach reiflicher Überlegung habe ich mich entschieden, das Gespräch abzusagen.',
        'Ich habe lange überlegt und mich entschlossen, den Termin nicht wahrzunehmen.',
        'Ich habe es mir gründlich überlegt und möchte das Gespräch absagen.',
      ],
      formal: [
        'Nach sorgfältiger Überlegung habe ich mich jedoch entschieden, das Gespräch abzusagen.',
        'Nach reiflicher Abwägung habe ich mich entschlossen, den Termin nicht wahrzunehmen.',
        'Nach eingehender Prüfung und reiflicher Überlegung möchte ich das Gespräch leider absagen.',
      ],
      brief: ['Ich möchte das Gespräch jedoch absagen.', 'Leider muss ich den Termin absagen.', 'Das Gespräch muss ich leider absagen.'],
    },
  },
  remoteDecision: [
    'Ein Gespräch vor Ort kann ich leider nicht wahrnehmen.',
    'Zu einem Termin vor Ort kann ich leider nicht anreisen, daher muss ich ihn absagen.',
    'Ein persönliches Gespräch vor Ort muss ich leider absagen.',
  ],
  remoteAsk: [
    'Wäre alternativ ein Gespräch per Video möglich? Daran würde ich sehr gern teilnehmen.',
    'Falls ein Video- oder Telefongespräch infrage kommt, nehme ich sehr gern auf diesem Weg teil.',
    'Ließe sich das Gespräch stattdessen per Video oder Telefon führen? Dann wäre ich sehr gern dabei.',
  ],
  bridge: {
    polite: {
      full: [
        'Die Entscheidung ist mir nicht leicht gefallen, und ich habe sie mir gut überlegt.',
        'Ich habe mir diese Entscheidung gründlich überlegt, bevor ich Ihnen schreibe.',
        'Ich wollte Ihnen Bescheid geben, sobald meine Entscheidung feststand, damit Sie rechtzeitig planen können.',
      ],
      brief: ['Die Entscheidung ist mir nicht leicht gefallen.', 'Diese Entscheidung habe ich mir gut überlegt.', 'Ich habe sie mir nicht leicht gemacht.'],
    },
    familiar: {
      full: [
        'Die Entscheidung ist mir nicht leicht gefallen, und ich habe sie mir gut überlegt.',
        'Ich habe mir diese Entscheidung gründlich überlegt, bevor ich dir schreibe.',
        'Ich wollte dir Bescheid geben, sobald meine Entscheidung feststand, damit du rechtzeitig planen kannst.',
      ],
      brief: ['Die Entscheidung ist mir nicht leicht gefallen.', 'Diese Entscheidung habe ich mir gut überlegt.', 'Ich habe sie mir nicht leicht gemacht.'],
    },
  },
  goodwill: null,
  admired: (v) => {
    const co = v.company || 'Ihr Unternehmen';
    const coDu = v.company || 'euer Unternehmen';
    return {
      polite: {
        full: [
          `${co} schätze ich seit Langem sehr, und ich würde mich freuen, bei künftigen Stellen wieder von Ihnen zu hören.`,
          `Ich bewundere ${co} schon lange und würde gern in Kontakt bleiben, um bei einer zukünftigen Gelegenheit zusammenzuarbeiten.`,
          `Ich halte sehr viel von ${co} und würde mich freuen, wenn Sie bei künftigen passenden Stellen an mich denken.`,
        ],
        brief: [
          `Ich schätze ${co} sehr und würde mich über künftige Gelegenheiten freuen.`,
          `Gern bleibe ich mit ${v.company || 'Ihnen'} für die Zukunft in Kontakt.`,
          `Von ${co} halte ich viel; über künftige Gelegenheiten würde ich mich freuen.`,
        ],
      },
      familiar: {
        full: [
          `${coDu} schätze ich seit Langem sehr, und ich würde mich freuen, bei künftigen Stellen wieder von dir zu hören.`,
          `Ich bewundere ${coDu} schon lange und würde gern in Kontakt bleiben, um bei einer zukünftigen Gelegenheit zusammenzuarbeiten.`,
          `Ich halte sehr viel von ${coDu} und würde mich freuen, wenn du bei künftigen passenden Stellen an mich denkst.`,
        ],
        brief: [
          `Ich schätze ${coDu} sehr und würde mich über künftige Gelegenheiten freuen.`,
          `Gern bleibe ich mit ${v.company || 'dir'} für die Zukunft in Kontakt.`,
          `Von ${coDu} halte ich viel; über künftige Gelegenheiten würde ich mich freuen.`,
        ],
      },
    };
  },
  closing: (v) => ({
    polite: {
      warm: [
        `Ich wünsche Ihnen und ${teamRef(v, true)} alles Gute und würde mich freuen, in Kontakt zu bleiben.`,
        'Es wäre schön, wenn sich unsere Wege in Zukunft wieder kreuzen. Bis dahin wünsche ich Ihnen viel Erfolg bei der Besetzung der Stelle.',
        `Gern bleibe ich mit Ihnen in Kontakt und wünsche Ihnen und ${teamRef(v, true)} für die Zukunft alles Gute und viel Erfolg.`,
      ],
      formal: [
        `Ich wünsche Ihnen und ${teamRef(v, true)} weiterhin viel Erfolg und hoffe, dass sich unsere Wege in Zukunft wieder kreuzen.`,
        'Gern bleibe ich mit Ihnen in Kontakt und wünsche Ihnen viel Erfolg bei der Suche nach der passenden Besetzung.',
        `Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben, und wünsche Ihnen und ${teamRef(v, true)} weiterhin viel Erfolg bei der Suche.`,
      ],
      brief: ['Ich wünsche Ihnen viel Erfolg und bleibe gern in Kontakt.', 'Vielleicht kreuzen sich unsere Wege in Zukunft wieder.', 'Alles Gute für die Suche nach der passenden Person; gern bleiben wir in Kontakt.'],
    },
    familiar: {
      warm: [
        `Ich wünsche dir und ${teamRef(v, false)} alles Gute und würde mich freuen, in Kontakt zu bleiben.`,
        'Es wäre schön, wenn sich unsere Wege in Zukunft wieder kreuzen. Bis dahin wünsche ich dir viel Erfolg bei der Besetzung der Stelle.',
        `Gern bleibe ich mit dir in Kontakt und wünsche dir und ${teamRef(v, false)} für die Zukunft alles Gute und viel Erfolg.`,
      ],
      formal: [
        `Ich wünsche dir und ${teamRef(v, false)} weiterhin viel Erfolg und hoffe, dass sich unsere Wege in Zukunft wieder kreuzen.`,
        'Gern bleibe ich mit dir in Kontakt und wünsche dir viel Erfolg bei der Suche nach der passenden Besetzung.',
        `Ich würde mich freuen, mit dir in Kontakt zu bleiben, und wünsche dir und ${teamRef(v, false)} weiterhin viel Erfolg bei der Suche.`,
      ],
      brief: ['Ich wünsche dir viel Erfolg und bleibe gern in Kontakt.', 'Vielleicht kreuzen sich unsere Wege in Zukunft wieder.', 'Alles Gute für die Suche nach der passenden Person; gern bleiben wir in Kontakt.'],
    },
  }),
};
