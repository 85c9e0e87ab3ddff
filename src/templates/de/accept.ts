import type { AcceptPhrases } from '../letters/phrases';

export const accept: AcceptPhrases = {
  thanks: (r) => ({
    polite: {
      warm: [
        `Herzlichen Dank für Ihre Einladung zum Vorstellungsgespräch für ${r}, über die ich mich sehr gefreut habe.`,
        `Vielen Dank für die Einladung zum Gespräch für ${r}.`,
        `Ich danke Ihnen für die Einladung zum Vorstellungsgespräch für ${r}.`,
      ],
      formal: [`Vielen Dank für Ihre Einladung zum Vorstellungsgespräch für ${r}.`, `Haben Sie vielen Dank für die Einladung zum Vorstellungsgespräch für ${r}.`, `Ich danke Ihnen für die Einladung zum Gespräch für ${r}.`],
      brief: [`Vielen Dank für die Einladung zum Gespräch für ${r}.`, `Danke für Ihre Einladung zum Vorstellungsgespräch für ${r}.`, `Besten Dank für die Einladung zum Gespräch für ${r}.`],
    },
    familiar: {
      warm: [
        `Herzlichen Dank für deine Einladung zum Vorstellungsgespräch für ${r}, über die ich mich sehr gefreut habe.`,
        `Vielen Dank für die Einladung zum Gespräch für ${r}.`,
        `Ich danke dir für die Einladung zum Vorstellungsgespräch für ${r}.`,
      ],
      formal: [`Vielen Dank für deine Einladung zum Vorstellungsgespräch für ${r}.`, `Vielen Dank für die Einladung zum Vorstellungsgespräch für ${r}.`, `Ich danke dir für die Einladung zum Gespräch für ${r}.`],
      brief: [`Vielen Dank für die Einladung zum Gespräch für ${r}.`, `Danke für deine Einladung zum Vorstellungsgespräch für ${r}.`, `Besten Dank für die Einladung zum Gespräch für ${r}.`],
    },
  }),
  // `when` is " (Dienstag, 14. Mai, 10:00 Uhr)" or "".
  confirm: (t) => ({
    polite: {
      warm: [`Gern nehme ich die Einladung an und bestätige den Termin${t}.`, `Ich komme sehr gern und bestätige hiermit den Termin${t}.`, `Den Termin${t} bestätige ich gern, und ich freue mich darauf.`],
      formal: [`Hiermit bestätige ich den Termin${t} und nehme Ihre Einladung gern an.`, `Gern bestätige ich Ihnen den Termin${t}.`, `Ich nehme Ihre Einladung gern an und bestätige den Termin${t}.`],
      brief: [`Den Termin${t} bestätige ich gern.`, `Hiermit bestätige ich den Termin${t}.`, `Ich bestätige den Termin${t}.`],
    },
    familiar: {
      warm: [`Gern nehme ich die Einladung an und bestätige den Termin${t}.`, `Ich komme sehr gern und bestätige hiermit den Termin${t}.`, `Den Termin${t} bestätige ich gern, und ich freue mich darauf.`],
      formal: [`Hiermit bestätige ich den Termin${t} und nehme deine Einladung gern an.`, `Gern bestätige ich dir den Termin${t}.`, `Ich nehme deine Einladung gern an und bestätige den Termin${t}.`],
      brief: [`Den Termin${t} bestätige ich gern.`, `Hiermit bestätige ich den Termin${t}.`, `Ich bestätige den Termin${t}.`],
    },
  }),
  inPerson: ['Ich komme persönlich vorbei.', 'Ich werde persönlich vor Ort sein.', 'Ich komme zum Gespräch vor Ort.'],
  inPersonAt: (place) => [`Ich komme persönlich vorbei; die Adresse habe ich notiert: ${place}.`, `Ich werde persönlich vor Ort sein (${place}).`, `Ich komme persönlich zum Gespräch; der Ort ist notiert: ${place}.`],
  video: ['Ich nehme per Video teil.', 'Ich werde mich per Video zuschalten.', 'Ich bin per Videoanruf dabei.'],
  videoLink: {
    polite: ['Ich nehme über den Link aus Ihrer Einladung per Video teil.', 'Den Videolink aus Ihrer Einladung habe ich mir notiert.', 'Ich schalte mich über den Videolink aus Ihrer Einladung zu.'],
    familiar: ['Ich nehme über den Link aus deiner Einladung per Video teil.', 'Den Videolink aus deiner Einladung habe ich mir notiert.', 'Ich schalte mich über den Videolink aus deiner Einladung zu.'],
  },
  phone: ['Für das Telefonat bin ich zur vereinbarten Zeit gut erreichbar.', 'Ich bin zum vereinbarten Zeitpunkt telefonisch erreichbar.', 'Zum Telefonat bin ich zur vereinbarten Zeit bereit.'],
  placeNoted: (place) => [`Den Ort habe ich notiert: ${place}.`, `Ich habe mir den Ort notiert: ${place}.`, `Der Ort ist notiert: ${place}.`],
  acceptOpen: {
    polite: ['Ihre Einladung zum Vorstellungsgespräch nehme ich gern an.', 'Ich komme sehr gern zu einem Vorstellungsgespräch.', 'Ich nehme Ihre Einladung gern an.'],
    familiar: ['Deine Einladung zum Vorstellungsgespräch nehme ich gern an.', 'Ich komme sehr gern zu einem Vorstellungsgespräch.', 'Ich nehme deine Einladung gern an.'],
  },
  booked: {
    polite: ['Über Ihren Buchungslink habe ich bereits einen Termin gebucht.', 'Einen Termin habe ich schon über den Link in Ihrer Einladung gebucht.', 'Ich habe über Ihren Link bereits einen Termin gewählt.'],
    familiar: ['Über deinen Buchungslink habe ich bereits einen Termin gebucht.', 'Einen Termin habe ich schon über den Link in deiner Einladung gebucht.', 'Ich habe über deinen Link bereits einen Termin gewählt.'],
  },
  willBook: {
    polite: ['Einen Termin buche ich in Kürze über Ihren Buchungslink.', 'Ich wähle in Kürze einen Termin über den Link in Ihrer Einladung.', 'Über Ihren Link buche ich in Kürze einen Termin.'],
    familiar: ['Einen Termin buche ich in Kürze über deinen Buchungslink.', 'Ich wähle in Kürze einen Termin über den Link in deiner Einladung.', 'Über deinen Link buche ich in Kürze einen Termin.'],
  },
  close: {
    polite: {
      warm: [
        'Falls ich etwas vorbereiten soll, geben Sie mir gern Bescheid. Ich freue mich auf unser Gespräch!',
        'Ich freue mich sehr darauf, Sie kennenzulernen.',
        'Sagen Sie mir gern, falls ich etwas vorbereiten soll. Ich freue mich sehr auf das Gespräch!',
      ],
      formal: [
        'Sollten Sie vorab noch Unterlagen von mir benötigen, lassen Sie es mich bitte wissen. Ich freue mich auf das Gespräch.',
        'Ich freue mich darauf, Sie kennenzulernen.',
        'Falls ich vorab etwas vorbereiten soll, geben Sie mir bitte Bescheid. Ich freue mich auf unser Gespräch.',
      ],
      brief: ['Ich freue mich auf das Gespräch.', 'Bis dahin freue ich mich auf unser Gespräch.', 'Ich freue mich darauf.'],
    },
    familiar: {
      warm: [
        'Falls ich etwas vorbereiten soll, gib mir gern Bescheid. Ich freue mich auf unser Gespräch!',
        'Ich freue mich sehr darauf, dich kennenzulernen.',
        'Sag mir gern, falls ich etwas vorbereiten soll. Ich freue mich sehr auf das Gespräch!',
      ],
      formal: [
        'Solltest du vorab noch Unterlagen von mir brauchen, sag mir bitte Bescheid. Ich freue mich auf das Gespräch.',
        'Ich freue mich darauf, dich kennenzulernen.',
        'Falls ich vorab etwas vorbereiten soll, gib mir bitte Bescheid. Ich freue mich auf unser Gespräch.',
      ],
      brief: ['Ich freue mich auf das Gespräch.', 'Bis dahin freue ich mich auf unser Gespräch.', 'Ich freue mich darauf.'],
    },
  },
};
