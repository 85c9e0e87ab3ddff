import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import { roleRef, teamRef, timeNote } from './common';
import { reasonSentence } from './reasons';

// When late, one apology covers both the delay and the change of plans.
function lateOpening(c: Ctx): string {
  if (!c.v.lateReply) return '';
  return c.pick('de.withdraw.late', [
    'Bitte entschuldigen Sie, dass ich mich erst jetzt melde, und auch die Änderung unserer Pläne.',
    'Bitte verzeihen Sie meine späte Nachricht und die geänderten Pläne.',
  ]);
}

function thanks(c: Ctx): string {
  const r = roleRef(c.v);
  return c.pick('de.withdraw.thanks', [
    `Vielen Dank noch einmal für Ihre Einladung zum Vorstellungsgespräch für ${r}.`,
    `Herzlichen Dank für die Einladung zum Gespräch für ${r} und für die Organisation des Termins.`,
  ]);
}

function decision(c: Ctx): string {
  const t = timeNote(c.v);
  return {
    warm: c.pick('de.withdraw.decision', [
      `Ich möchte Ihnen so früh wie möglich mitteilen, dass ich den vereinbarten Termin${t} leider absagen muss.`,
      `Ich melde mich umgehend, weil ich meine Teilnahme am Gespräch${t} leider zurückziehen muss.`,
    ]),
    formal: c.pick('de.withdraw.decision', [
      `Ich möchte Ihnen frühzeitig mitteilen, dass ich meine Zusage für das Gespräch${t} leider zurückziehen muss.`,
      `Hiermit teile ich Ihnen umgehend mit, dass ich den vereinbarten Termin${t} leider absagen muss.`,
    ]),
    brief: c.pick('de.withdraw.decision', [
      `Leider muss ich den vereinbarten Termin${t} absagen.`,
      `Ich muss meine Zusage für das Gespräch${t} leider zurückziehen.`,
    ]),
  }[c.tone];
}

function apology(c: Ctx): string {
  if (c.v.lateReply) return '';
  return c.pick('de.withdraw.sorry', [
    'Bitte entschuldigen Sie die Änderung unserer Pläne.',
    'Es tut mir leid, dass sich dadurch Ihre Planung ändert.',
  ]);
}

function bridge(c: Ctx): string {
  if (c.reason !== 'no_reason' || c.v.reasonDetail !== '') return '';
  return c.pick('de.withdraw.bridge', [
    'Die Entscheidung ist mir nicht leicht gefallen, denn ich hatte mich auf das Gespräch gefreut.',
    'Ich hatte mich sehr auf unser Gespräch gefreut, und diese Entscheidung fällt mir nicht leicht.',
  ]);
}

function referral(c: Ctx): string {
  const name = c.v.referralName;
  if (!name) return '';
  return c.pick('de.withdraw.referral', [
    `Falls es Ihnen hilft, kann ich Ihnen ${name} empfehlen; meiner Einschätzung nach würde diese Person sehr gut zur Stelle passen.`,
    `Gern empfehle ich Ihnen ${name} für die Stelle; von den Fähigkeiten dieser Person bin ich überzeugt.`,
  ]);
}

function closing(c: Ctx): string {
  const v = c.v;
  if (c.reason === 'admired_company') {
    const co = v.company || 'Ihr Unternehmen';
    return c.pick('de.withdraw.admired', [
      `Ich schätze ${co} seit Langem und würde mich freuen, für künftige Gelegenheiten in Kontakt zu bleiben.`,
      `Da ich ${co} sehr schätze, hoffe ich, dass sich unsere Wege in Zukunft wieder kreuzen.`,
    ]);
  }
  return c.tone === 'brief'
    ? c.pick('de.withdraw.closing', ['Danke für Ihr Verständnis; ich bleibe gern in Kontakt.', 'Ich wünsche Ihnen viel Erfolg und alles Gute.'])
    : c.pick('de.withdraw.closing', [
        `Vielen Dank für Ihr Verständnis. Ich wünsche Ihnen und ${teamRef(v)} alles Gute und bleibe gern in Kontakt.`,
        'Ich danke Ihnen für Ihr Verständnis und hoffe, dass sich unsere Wege in Zukunft wieder kreuzen.',
      ]);
}

export const withdraw: IntentTemplate = {
  letter: true,
  paragraphs(c) {
    return [
      sentences(lateOpening(c), thanks(c), decision(c)),
      sentences(reasonSentence(c), bridge(c), apology(c)),
      referral(c),
      closing(c),
    ].filter((p) => p !== '');
  },
};
