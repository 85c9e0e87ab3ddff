import type { DeclinePhrases } from '../letters/phrases';
import { teamRef } from './common';

export const decline: DeclinePhrases = {
  thanks: (r) => ({
    warm: [
      `Herzlichen Dank für Ihre Einladung zum Vorstellungsgespräch für ${r} und für die Zeit, die Sie sich für meine Bewerbung genommen haben.`,
      `Vielen Dank für die Einladung zum Gespräch für ${r}; ich habe mich sehr darüber gefreut.`,
    ],
    formal: [
      `Vielen Dank für Ihre Einladung zum Vorstellungsgespräch für ${r} und für das Interesse an meiner Bewerbung.`,
      `Haben Sie vielen Dank für die Einladung zum Vorstellungsgespräch für ${r}.`,
    ],
    brief: [`Vielen Dank für die Einladung zum Vorstellungsgespräch für ${r}.`, `Danke für Ihre Einladung zum Gespräch für ${r}.`],
  }),
  decision: {
    warm: [
      'Nach reiflicher Überlegung habe ich mich entschieden, das Gespräch abzusagen.',
      'Ich habe lange überlegt und mich entschlossen, den Termin nicht wahrzunehmen.',
    ],
    formal: [
      'Nach sorgfältiger Überlegung habe ich mich jedoch entschieden, das Gespräch abzusagen.',
      'Nach reiflicher Abwägung muss ich Ihre Einladung leider absagen.',
    ],
    brief: ['Ich möchte das Gespräch jedoch absagen.', 'Leider muss ich den Termin absagen.'],
  },
  remoteDecision: [
    'Ein Gespräch vor Ort kann ich leider nicht wahrnehmen.',
    'Zu einem Termin vor Ort kann ich leider nicht anreisen, daher muss ich ihn absagen.',
  ],
  remoteAsk: [
    'Wäre alternativ ein Gespräch per Video möglich? Daran würde ich sehr gern teilnehmen.',
    'Falls ein Video- oder Telefongespräch infrage kommt, nehme ich sehr gern auf diesem Weg teil.',
  ],
  bridge: {
    full: [
      'Die Entscheidung ist mir nicht leicht gefallen, denn ich habe gern mehr über die Stelle erfahren.',
      'Es hat mich gefreut, im Laufe des Verfahrens mehr über Ihr Team zu erfahren.',
    ],
    brief: ['Die Entscheidung ist mir nicht leicht gefallen.', 'Ich danke Ihnen für Ihre Zeit und Ihr Interesse.'],
  },
  appreciation: null,
  admired: (v) => {
    const co = v.company || 'Ihr Unternehmen';
    return {
      full: [
        `${co} schätze ich seit Langem sehr, und ich würde mich freuen, bei künftigen Stellen wieder von Ihnen zu hören.`,
        `Ich bewundere ${co} schon lange und würde gern in Kontakt bleiben, um bei einer zukünftigen Gelegenheit zusammenzuarbeiten.`,
      ],
      brief: [
        `Ich schätze ${co} sehr und würde mich über künftige Gelegenheiten freuen.`,
        `Gern bleibe ich mit ${v.company || 'Ihnen'} für die Zukunft in Kontakt.`,
      ],
    };
  },
  closing: (v) => ({
    warm: [
      `Ich wünsche Ihnen und ${teamRef(v)} alles Gute und würde mich freuen, in Kontakt zu bleiben.`,
      'Es wäre schön, wenn sich unsere Wege in Zukunft wieder kreuzen. Bis dahin wünsche ich Ihnen viel Erfolg bei der Besetzung der Stelle.',
    ],
    formal: [
      `Ich wünsche Ihnen und ${teamRef(v)} weiterhin viel Erfolg und hoffe, dass sich unsere Wege in Zukunft wieder kreuzen.`,
      'Gern bleibe ich mit Ihnen in Kontakt und wünsche Ihnen viel Erfolg bei der Suche nach der passenden Besetzung.',
    ],
    brief: ['Ich wünsche Ihnen viel Erfolg und bleibe gern in Kontakt.', 'Vielleicht kreuzen sich unsere Wege in Zukunft wieder.'],
  }),
};
