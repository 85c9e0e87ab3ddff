import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import { delayApology, roleRef, timeNote } from './common';
import { reasonSentence } from './reasons';

function thanks(c: Ctx): string {
  const r = roleRef(c.v);
  return c.tone === 'brief'
    ? c.pick('de.resched.thanks', [`Vielen Dank für die Einladung zum Gespräch für ${r}.`, `Danke für Ihre Einladung zum Vorstellungsgespräch für ${r}.`])
    : c.pick('de.resched.thanks', [
        `Vielen Dank für Ihre Einladung zum Vorstellungsgespräch für ${r}, über die ich mich sehr gefreut habe.`,
        `Herzlichen Dank für die Einladung zum Gespräch für ${r}.`,
      ]);
}

function decision(c: Ctx): string {
  const t = timeNote(c.v);
  return {
    warm: c.pick('de.resched.decision', [
      `Den vereinbarten Termin${t} kann ich leider nicht wahrnehmen, daher würde ich das Gespräch gern verschieben.`,
      `Leider passt mir der Termin${t} nicht; könnten wir das Gespräch auf einen anderen Termin verschieben?`,
    ]),
    formal: c.pick('de.resched.decision', [
      `Leider kann ich den vorgesehenen Termin${t} nicht wahrnehmen und möchte Sie daher bitten, das Gespräch zu verschieben.`,
      `Ich möchte Sie bitten, das Gespräch${t} auf einen anderen Termin zu verlegen, da ich zu diesem Zeitpunkt verhindert bin.`,
    ]),
    brief: c.pick('de.resched.decision', [
      `Den Termin${t} kann ich leider nicht wahrnehmen; könnten wir ihn verschieben?`,
      `Könnten wir das Gespräch${t} auf einen anderen Termin verschieben?`,
    ]),
  }[c.tone];
}

function alternatives(c: Ctx): string {
  const v = c.v;
  if (v.proposedSlots.length > 0) {
    const intro = c.pick('de.resched.slots', ['Zu diesen Zeiten wäre ich verfügbar:', 'Passt Ihnen vielleicht einer dieser Termine?']);
    const tail = v.schedulingLink ? `\nAlternativ können Sie hier einen Termin wählen: ${v.schedulingLink}` : '';
    return `${intro}\n${v.proposedSlots.map((s) => `- ${s}`).join('\n')}${tail}`;
  }
  if (v.schedulingLink) {
    return c.pick('de.resched.link', [
      `Gern können Sie über diesen Link einen passenden Termin wählen: ${v.schedulingLink}`,
      `Einen freien Termin in meinem Kalender finden Sie hier: ${v.schedulingLink}`,
    ]);
  }
  return c.tone === 'brief'
    ? c.pick('de.resched.ask', ['Nennen Sie mir gern einige alternative Termine.', 'Welche anderen Zeiten wären für Sie möglich?'])
    : c.pick('de.resched.ask', [
        'Könnten Sie mir einige alternative Termine nennen? Ich richte mich gern nach Ihrem Kalender.',
        'Wenn Sie mir ein paar andere Zeiten vorschlagen, stimme ich mich gern mit Ihrem Kalender ab.',
      ]);
}

function sorryAndClose(c: Ctx): string {
  const sorry = c.v.lateReply
    ? ''
    : c.pick('de.resched.sorry', ['Entschuldigen Sie bitte die Umstände.', 'Bitte entschuldigen Sie die Änderung.']);
  const close =
    c.tone === 'brief'
      ? c.pick('de.resched.close', ['Ich freue mich auf das Gespräch.', 'Die Stelle interessiert mich weiterhin sehr.'])
      : c.pick('de.resched.close', [
          'Die Stelle interessiert mich nach wie vor sehr, und ich freue mich auf unser Gespräch.',
          'Ich bin weiterhin sehr an der Position interessiert und freue mich darauf, von Ihnen zu hören.',
        ]);
  return sentences(sorry, close);
}

export const reschedule: IntentTemplate = {
  letter: true,
  paragraphs(c) {
    return [
      sentences(c.v.lateReply && delayApology(c), thanks(c), decision(c)),
      reasonSentence(c),
      alternatives(c),
      sorryAndClose(c),
    ].filter((p) => p !== '');
  },
};
