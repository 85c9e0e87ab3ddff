import type { ReschedulePhrases } from '../letters/phrases';

// The time they offered is a proposal ("vorgeschlagen", "vorgesehen"), not yet an agreement.
export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    polite: {
      full: [
        `Vielen Dank für Ihre Einladung zum Vorstellungsgespräch für ${r}, über die ich mich sehr gefreut habe.`,
        `Herzlichen Dank für die Einladung zum Gespräch für ${r}.`,
        `Ich danke Ihnen für die Einladung zum Vorstellungsgespräch für ${r}.`,
      ],
      brief: [`Vielen Dank für die Einladung zum Gespräch für ${r}.`, `Danke für Ihre Einladung zum Vorstellungsgespräch für ${r}.`, `Besten Dank für die Einladung zum Gespräch für ${r}.`],
    },
    familiar: {
      full: [
        `Vielen Dank für deine Einladung zum Vorstellungsgespräch für ${r}, über die ich mich sehr gefreut habe.`,
        `Herzlichen Dank für die Einladung zum Gespräch für ${r}.`,
        `Ich danke dir für die Einladung zum Vorstellungsgespräch für ${r}.`,
      ],
      brief: [`Vielen Dank für die Einladung zum Gespräch für ${r}.`, `Danke für deine Einladung zum Vorstellungsgespräch für ${r}.`, `Besten Dank für die Einladung zum Gespräch für ${r}.`],
    },
  }),
  decision: (t) => ({
    polite: {
      warm: [
        `Den vorgeschlagenen Termin${t} kann ich leider nicht wahrnehmen, daher würde ich das Gespräch gern verschieben.`,
        `Leider passt mir der Termin${t} nicht; könnten wir das Gespräch auf einen anderen Tag verschieben?`,
        `Zum Termin${t} bin ich leider verhindert; könnten wir einen anderen Termin finden?`,
      ],
      formal: [
        `Leider kann ich den vorgesehenen Termin${t} nicht wahrnehmen und möchte Sie daher bitten, das Gespräch zu verschieben.`,
        `Ich möchte Sie bitten, das Gespräch${t} auf einen anderen Termin zu verlegen, da ich zu diesem Zeitpunkt verhindert bin.`,
        `Da ich den Termin${t} leider nicht wahrnehmen kann, wäre ich Ihnen für einen anderen Termin sehr verbunden.`,
      ],
      brief: [
        `Den Termin${t} kann ich leider nicht wahrnehmen; könnten wir ihn verschieben?`,
        `Könnten wir das Gespräch${t} auf einen anderen Termin verschieben?`,
        `Zum Termin${t} bin ich verhindert; könnten wir ihn verlegen?`,
      ],
    },
    familiar: {
      warm: [
        `Den vorgeschlagenen Termin${t} kann ich leider nicht wahrnehmen, daher würde ich das Gespräch gern verschieben.`,
        `Leider passt mir der Termin${t} nicht; könnten wir das Gespräch auf einen anderen Tag verschieben?`,
        `Zum Termin${t} bin ich leider verhindert; könnten wir einen anderen Termin finden?`,
      ],
      formal: [
        `Leider kann ich den vorgesehenen Termin${t} nicht wahrnehmen und möchte dich daher bitten, das Gespräch zu verschieben.`,
        `Ich möchte dich bitten, das Gespräch${t} auf einen anderen Termin zu verlegen, da ich zu diesem Zeitpunkt verhindert bin.`,
        `Da ich den Termin${t} leider nicht wahrnehmen kann, wäre ich dir für einen anderen Termin sehr verbunden.`,
      ],
      brief: [
        `Den Termin${t} kann ich leider nicht wahrnehmen; könnten wir ihn verschieben?`,
        `Könnten wir das Gespräch${t} auf einen anderen Termin verschieben?`,
        `Zum Termin${t} bin ich verhindert; könnten wir ihn verlegen?`,
      ],
    },
  }),
  noneFit: {
    polite: {
      warm: [
        'Leider passt mir keiner der vorgeschlagenen Termine, daher würde ich das Gespräch gern verschieben.',
        'Keiner der vorgeschlagenen Termine ist für mich leider möglich; könnten wir einen anderen Termin finden?',
        'An keinem der vorgeschlagenen Termine kann ich leider teilnehmen; könnten wir einen anderen Termin finden?',
      ],
      formal: [
        'Leider kann ich keinen der vorgeschlagenen Termine wahrnehmen und möchte Sie daher bitten, das Gespräch zu verschieben.',
        'Da mir keiner der vorgeschlagenen Termine möglich ist, möchte ich Sie bitten, das Gespräch auf einen anderen Termin zu verlegen.',
        'Leider ist mir keiner der vorgeschlagenen Termine möglich; ließe sich das Gespräch verlegen?',
      ],
      brief: [
        'Keiner der vorgeschlagenen Termine passt mir leider; könnten wir das Gespräch verschieben?',
        'Könnten wir einen anderen Termin finden? Die vorgeschlagenen passen mir leider nicht.',
        'Keiner der vorgeschlagenen Termine ist mir möglich; könnten wir das Gespräch verlegen?',
      ],
    },
    familiar: {
      warm: [
        'Leider passt mir keiner der vorgeschlagenen Termine, daher würde ich das Gespräch gern verschieben.',
        'Keiner der vorgeschlagenen Termine ist für mich leider möglich; könnten wir einen anderen Termin finden?',
        'An keinem der vorgeschlagenen Termine kann ich leider teilnehmen; könnten wir einen anderen Termin finden?',
      ],
      formal: [
        'Leider kann ich keinen der vorgeschlagenen Termine wahrnehmen und möchte dich daher bitten, das Gespräch zu verschieben.',
        'Da mir keiner der vorgeschlagenen Termine möglich ist, möchte ich dich bitten, das Gespräch auf einen anderen Termin zu verlegen.',
        'Leider ist mir keiner der vorgeschlagenen Termine möglich; ließe sich das Gespräch verlegen?',
      ],
      brief: [
        'Keiner der vorgeschlagenen Termine passt mir leider; könnten wir das Gespräch verschieben?',
        'Könnten wir einen anderen Termin finden? Die vorgeschlagenen passen mir leider nicht.',
        'Keiner der vorgeschlagenen Termine ist mir möglich; könnten wir das Gespräch verlegen?',
      ],
    },
  },
  slotsIntro: {
    polite: ['Zu diesen Zeiten wäre ich verfügbar:', 'Passt Ihnen vielleicht einer dieser Termine?', 'Folgende Termine wären für mich möglich:'],
    familiar: ['Zu diesen Zeiten wäre ich verfügbar:', 'Passt dir vielleicht einer dieser Termine?', 'Folgende Termine wären für mich möglich:'],
  },
  slotsLink: (link) => ({
    polite: [`Alternativ können Sie hier einen Termin wählen: ${link}`],
    familiar: [`Alternativ kannst du hier einen Termin wählen: ${link}`],
  }),
  link: (link) => ({
    polite: [
      `Gern können Sie über diesen Link einen passenden Termin wählen: ${link}`,
      `Einen freien Termin in meinem Kalender finden Sie hier: ${link}`,
      `Wählen Sie gern einen freien Termin, der Ihnen passt: ${link}`,
    ],
    familiar: [
      `Über diesen Link kannst du gern einen passenden Termin wählen: ${link}`,
      `Einen freien Termin in meinem Kalender findest du hier: ${link}`,
      `Wähl gern einen freien Termin, der dir passt: ${link}`,
    ],
  }),
  ask: {
    polite: {
      full: [
        'Könnten Sie mir einige andere Termine nennen? Ich richte mich gern nach Ihnen.',
        'Wenn Sie mir ein paar andere Termine vorschlagen, richte ich mich gern nach Ihrer Planung.',
        'Welche anderen Termine wären für Sie möglich? Ich passe mich gern an.',
      ],
      brief: ['Nennen Sie mir gern einige andere Termine.', 'Welche anderen Zeiten wären für Sie möglich?', 'Könnten Sie mir andere Termine vorschlagen?'],
    },
    familiar: {
      full: [
        'Könntest du mir einige andere Termine nennen? Ich richte mich gern nach dir.',
        'Wenn du mir ein paar andere Termine vorschlägst, richte ich mich gern nach deiner Planung.',
        'Welche anderen Termine wären für dich möglich? Ich passe mich gern an.',
      ],
      brief: ['Nenn mir gern einige andere Termine.', 'Welche anderen Zeiten wären für dich möglich?', 'Könntest du mir andere Termine vorschlagen?'],
    },
  },
  sorry: {
    polite: ['Bitte entschuldigen Sie die Umstände.', 'Entschuldigen Sie bitte, dass ich um einen neuen Termin bitten muss.', 'Bitte entschuldigen Sie, dass ich um einen anderen Termin bitte.'],
    familiar: ['Entschuldige bitte die Umstände.', 'Entschuldige bitte, dass ich um einen neuen Termin bitten muss.', 'Entschuldige, dass ich um einen anderen Termin bitte.'],
  },
  close: {
    polite: {
      full: [
        'Die Stelle interessiert mich nach wie vor sehr, und ich freue mich auf unser Gespräch.',
        'Ich bin weiterhin sehr an der Position interessiert und freue mich darauf, von Ihnen zu hören.',
        'Mein Interesse an der Stelle ist unverändert groß, und ich hoffe, dass wir einen passenden Termin finden.',
      ],
      brief: ['Ich freue mich auf das Gespräch.', 'Die Stelle interessiert mich weiterhin sehr.', 'Mein Interesse an der Stelle bleibt groß.'],
    },
    familiar: {
      full: [
        'Die Stelle interessiert mich nach wie vor sehr, und ich freue mich auf unser Gespräch.',
        'Ich bin weiterhin sehr an der Position interessiert und freue mich darauf, von dir zu hören.',
        'Mein Interesse an der Stelle ist unverändert groß, und ich hoffe, dass wir einen passenden Termin finden.',
      ],
      brief: ['Ich freue mich auf das Gespräch.', 'Die Stelle interessiert mich weiterhin sehr.', 'Mein Interesse an der Stelle bleibt groß.'],
    },
  },
};
