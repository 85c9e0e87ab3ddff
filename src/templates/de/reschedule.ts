import type { ReschedulePhrases } from '../letters/phrases';

// The time they offered is a proposal ("vorgeschlagen", "vorgesehen"), not yet an agreement.
export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    polite: {
      full: [
        `Vielen Dank für Ihre Einladung zum Vorstellungsgespräch für ${r}, über die ich mich sehr gefreut habe.`,
        `Herzlichen Dank für die Einladung zum Gespräch für ${r}.`,
      ],
      brief: [`Vielen Dank für die Einladung zum Gespräch für ${r}.`, `Danke für Ihre Einladung zum Vorstellungsgespräch für ${r}.`],
    },
    familiar: {
      full: [
        `Vielen Dank für deine Einladung zum Vorstellungsgespräch für ${r}, über die ich mich sehr gefreut habe.`,
        `Herzlichen Dank für die Einladung zum Gespräch für ${r}.`,
      ],
      brief: [`Vielen Dank für die Einladung zum Gespräch für ${r}.`, `Danke für deine Einladung zum Vorstellungsgespräch für ${r}.`],
    },
  }),
  decision: (t) => ({
    polite: {
      warm: [
        `Den vorgeschlagenen Termin${t} kann ich leider nicht wahrnehmen, daher würde ich das Gespräch gern verschieben.`,
        `Leider passt mir der Termin${t} nicht; könnten wir das Gespräch auf einen anderen Tag verschieben?`,
      ],
      formal: [
        `Leider kann ich den vorgesehenen Termin${t} nicht wahrnehmen und möchte Sie daher bitten, das Gespräch zu verschieben.`,
        `Ich möchte Sie bitten, das Gespräch${t} auf einen anderen Termin zu verlegen, da ich zu diesem Zeitpunkt verhindert bin.`,
      ],
      brief: [
        `Den Termin${t} kann ich leider nicht wahrnehmen; könnten wir ihn verschieben?`,
        `Könnten wir das Gespräch${t} auf einen anderen Termin verschieben?`,
      ],
    },
    familiar: {
      warm: [
        `Den vorgeschlagenen Termin${t} kann ich leider nicht wahrnehmen, daher würde ich das Gespräch gern verschieben.`,
        `Leider passt mir der Termin${t} nicht; könnten wir das Gespräch auf einen anderen Tag verschieben?`,
      ],
      formal: [
        `Leider kann ich den vorgesehenen Termin${t} nicht wahrnehmen und möchte dich daher bitten, das Gespräch zu verschieben.`,
        `Ich möchte dich bitten, das Gespräch${t} auf einen anderen Termin zu verlegen, da ich zu diesem Zeitpunkt verhindert bin.`,
      ],
      brief: [
        `Den Termin${t} kann ich leider nicht wahrnehmen; könnten wir ihn verschieben?`,
        `Könnten wir das Gespräch${t} auf einen anderen Termin verschieben?`,
      ],
    },
  }),
  noneFit: {
    polite: {
      warm: [
        'Leider passt mir keiner der vorgeschlagenen Termine, daher würde ich das Gespräch gern verschieben.',
        'Keiner der vorgeschlagenen Termine ist für mich leider möglich; könnten wir einen anderen Termin finden?',
      ],
      formal: [
        'Leider kann ich keinen der vorgeschlagenen Termine wahrnehmen und möchte Sie daher bitten, das Gespräch zu verschieben.',
        'Da mir keiner der vorgeschlagenen Termine möglich ist, möchte ich Sie bitten, das Gespräch auf einen anderen Termin zu verlegen.',
      ],
      brief: [
        'Keiner der vorgeschlagenen Termine passt mir leider; könnten wir das Gespräch verschieben?',
        'Könnten wir einen anderen Termin finden? Die vorgeschlagenen passen mir leider nicht.',
      ],
    },
    familiar: {
      warm: [
        'Leider passt mir keiner der vorgeschlagenen Termine, daher würde ich das Gespräch gern verschieben.',
        'Keiner der vorgeschlagenen Termine ist für mich leider möglich; könnten wir einen anderen Termin finden?',
      ],
      formal: [
        'Leider kann ich keinen der vorgeschlagenen Termine wahrnehmen und möchte dich daher bitten, das Gespräch zu verschieben.',
        'Da mir keiner der vorgeschlagenen Termine möglich ist, möchte ich dich bitten, das Gespräch auf einen anderen Termin zu verlegen.',
      ],
      brief: [
        'Keiner der vorgeschlagenen Termine passt mir leider; könnten wir das Gespräch verschieben?',
        'Könnten wir einen anderen Termin finden? Die vorgeschlagenen passen mir leider nicht.',
      ],
    },
  },
  slotsIntro: {
    polite: ['Zu diesen Zeiten wäre ich verfügbar:', 'Passt Ihnen vielleicht einer dieser Termine?'],
    familiar: ['Zu diesen Zeiten wäre ich verfügbar:', 'Passt dir vielleicht einer dieser Termine?'],
  },
  slotsLink: (link) => ({
    polite: [`Alternativ können Sie hier einen Termin wählen: ${link}`],
    familiar: [`Alternativ kannst du hier einen Termin wählen: ${link}`],
  }),
  link: (link) => ({
    polite: [
      `Gern können Sie über diesen Link einen passenden Termin wählen: ${link}`,
      `Einen freien Termin in meinem Kalender finden Sie hier: ${link}`,
    ],
    familiar: [
      `Über diesen Link kannst du gern einen passenden Termin wählen: ${link}`,
      `Einen freien Termin in meinem Kalender findest du hier: ${link}`,
    ],
  }),
  ask: {
    polite: {
      full: [
        'Könnten Sie mir einige andere Termine nennen? Ich richte mich gern nach Ihnen.',
        'Wenn Sie mir ein paar andere Termine vorschlagen, richte ich mich gern nach Ihrer Planung.',
      ],
      brief: ['Nennen Sie mir gern einige andere Termine.', 'Welche anderen Zeiten wären für Sie möglich?'],
    },
    familiar: {
      full: [
        'Könntest du mir einige andere Termine nennen? Ich richte mich gern nach dir.',
        'Wenn du mir ein paar andere Termine vorschlägst, richte ich mich gern nach deiner Planung.',
      ],
      brief: ['Nenn mir gern einige andere Termine.', 'Welche anderen Zeiten wären für dich möglich?'],
    },
  },
  sorry: {
    polite: ['Bitte entschuldigen Sie die Umstände.', 'Entschuldigen Sie bitte, dass ich um einen neuen Termin bitten muss.'],
    familiar: ['Entschuldige bitte die Umstände.', 'Entschuldige bitte, dass ich um einen neuen Termin bitten muss.'],
  },
  close: {
    polite: {
      full: [
        'Die Stelle interessiert mich nach wie vor sehr, und ich freue mich auf unser Gespräch.',
        'Ich bin weiterhin sehr an der Position interessiert und freue mich darauf, von Ihnen zu hören.',
      ],
      brief: ['Ich freue mich auf das Gespräch.', 'Die Stelle interessiert mich weiterhin sehr.'],
    },
    familiar: {
      full: [
        'Die Stelle interessiert mich nach wie vor sehr, und ich freue mich auf unser Gespräch.',
        'Ich bin weiterhin sehr an der Position interessiert und freue mich darauf, von dir zu hören.',
      ],
      brief: ['Ich freue mich auf das Gespräch.', 'Die Stelle interessiert mich weiterhin sehr.'],
    },
  },
};
