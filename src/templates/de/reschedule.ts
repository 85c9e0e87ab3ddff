import type { ReschedulePhrases } from '../letters/phrases';

export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    full: [
      `Vielen Dank für Ihre Einladung zum Vorstellungsgespräch für ${r}, über die ich mich sehr gefreut habe.`,
      `Herzlichen Dank für die Einladung zum Gespräch für ${r}.`,
    ],
    brief: [`Vielen Dank für die Einladung zum Gespräch für ${r}.`, `Danke für Ihre Einladung zum Vorstellungsgespräch für ${r}.`],
  }),
  decision: (t) => ({
    warm: [
      `Den vereinbarten Termin${t} kann ich leider nicht wahrnehmen, daher würde ich das Gespräch gern verschieben.`,
      `Leider passt mir der Termin${t} nicht; könnten wir das Gespräch auf einen anderen Termin verschieben?`,
    ],
    formal: [
      `Leider kann ich den vorgesehenen Termin${t} nicht wahrnehmen und möchte Sie daher bitten, das Gespräch zu verschieben.`,
      `Ich möchte Sie bitten, das Gespräch${t} auf einen anderen Termin zu verlegen, da ich zu diesem Zeitpunkt verhindert bin.`,
    ],
    brief: [
      `Den Termin${t} kann ich leider nicht wahrnehmen; könnten wir ihn verschieben?`,
      `Könnten wir das Gespräch${t} auf einen anderen Termin verschieben?`,
    ],
  }),
  noneFit: {
    warm: [
      'Leider passt mir keiner der vorgeschlagenen Termine, daher würde ich das Gespräch gern verschieben.',
      'Keiner der vorgeschlagenen Termine ist für mich leider möglich; könnten wir einen anderen Termin finden?',
    ],
    formal: [
      'Leider kann ich keinen der vorgeschlagenen Termine wahrnehmen und möchte Sie daher bitten, das Gespräch zu verschieben.',
      'Da mir keiner der vorgeschlagenen Termine möglich ist, möchte ich Sie bitten, das Gespräch auf einen anderen Termin zu verlegen.',
    ],
    brief: ['Keiner der vorgeschlagenen Termine passt mir leider; könnten wir das Gespräch verschieben?', 'Könnten wir einen anderen Termin finden? Die vorgeschlagenen passen mir leider nicht.'],
  },
  slotsIntro: ['Zu diesen Zeiten wäre ich verfügbar:', 'Passt Ihnen vielleicht einer dieser Termine?'],
  slotsLink: (link) => `Alternativ können Sie hier einen Termin wählen: ${link}`,
  link: (link) => [
    `Gern können Sie über diesen Link einen passenden Termin wählen: ${link}`,
    `Einen freien Termin in meinem Kalender finden Sie hier: ${link}`,
  ],
  ask: {
    full: [
      'Könnten Sie mir einige alternative Termine nennen? Ich richte mich gern nach Ihrem Kalender.',
      'Wenn Sie mir ein paar andere Zeiten vorschlagen, stimme ich mich gern mit Ihrem Kalender ab.',
    ],
    brief: ['Nennen Sie mir gern einige alternative Termine.', 'Welche anderen Zeiten wären für Sie möglich?'],
  },
  sorry: ['Entschuldigen Sie bitte die Umstände.', 'Bitte entschuldigen Sie die Änderung.'],
  close: {
    full: [
      'Die Stelle interessiert mich nach wie vor sehr, und ich freue mich auf unser Gespräch.',
      'Ich bin weiterhin sehr an der Position interessiert und freue mich darauf, von Ihnen zu hören.',
    ],
    brief: ['Ich freue mich auf das Gespräch.', 'Die Stelle interessiert mich weiterhin sehr.'],
  },
};
