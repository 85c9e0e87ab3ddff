import type { CallPointsPhrases } from '../letters/phrases';

// Said aloud on the phone; the heading is for the candidate alone.
export const callPoints: CallPointsPhrases = {
  heading: (who, company) => {
    const w = who || 'der zuständigen Person';
    const at = company ? ` (${company})` : '';
    return [`Stichpunkte für das Telefonat mit ${w}${at}:`, `Telefonat mit ${w}${at}, die wichtigsten Punkte:`, `Worauf es im Telefonat mit ${w}${at} ankommt:`];
  },
  thanks: (r) => ({
    polite: [`Vielen Dank für die Einladung zum Vorstellungsgespräch für ${r}.`, `Ich danke Ihnen, dass Sie mich für ${r} in Betracht gezogen haben.`, `Vielen Dank, dass Sie an mich für ${r} gedacht haben.`],
    familiar: [`Vielen Dank für die Einladung zum Vorstellungsgespräch für ${r}.`, `Ich danke dir, dass du mich für ${r} in Betracht gezogen hast.`, `Vielen Dank, dass du an mich für ${r} gedacht hast.`],
  }),
  decision: {
    polite: {
      full: [
        'Ich rufe an, um Ihnen mitzuteilen, dass ich das Vorstellungsgespräch absagen möchte.',
        'Ich habe mich entschieden, das Gespräch abzusagen, und wollte es Ihnen persönlich sagen.',
        'Ich wollte Ihnen selbst sagen, dass ich das Vorstellungsgespräch absage.',
      ],
      brief: ['Ich rufe an, weil ich das Vorstellungsgespräch absagen möchte.', 'Ich möchte das Gespräch absagen und wollte es Ihnen persönlich sagen.', 'Ich sage das Vorstellungsgespräch ab und wollte es Ihnen selbst sagen.'],
    },
    familiar: {
      full: [
        'Ich rufe an, um dir zu sagen, dass ich das Vorstellungsgespräch absagen möchte.',
        'Ich habe mich entschieden, das Gespräch abzusagen, und wollte es dir persönlich sagen.',
        'Ich wollte dir selbst sagen, dass ich das Vorstellungsgespräch absage.',
      ],
      brief: ['Ich rufe an, weil ich das Vorstellungsgespräch absagen möchte.', 'Ich möchte das Gespräch absagen und wollte es dir persönlich sagen.', 'Ich sage das Vorstellungsgespräch ab und wollte es dir selbst sagen.'],
    },
  },
  future: ['Ich würde mich freuen, für künftige Stellen in Kontakt zu bleiben.', 'Ich hoffe, dass sich unsere Wege wieder kreuzen.', 'Gern bleibe ich für die Zukunft in Kontakt.'],
  record: {
    polite: ['Ich bestätige Ihnen das heute noch per E-Mail, damit Sie es schriftlich haben.', 'Im Anschluss schicke ich Ihnen eine kurze E-Mail zur Bestätigung.', 'Sie bekommen von mir danach noch eine kurze E-Mail, damit es schriftlich festgehalten ist.'],
    familiar: ['Ich bestätige dir das heute noch per E-Mail, damit du es schriftlich hast.', 'Im Anschluss schicke ich dir eine kurze E-Mail zur Bestätigung.', 'Du bekommst von mir danach noch eine kurze E-Mail, damit es schriftlich festgehalten ist.'],
  },
};
