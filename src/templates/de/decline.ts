import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import { delayApology, roleRef, teamRef } from './common';
import { reasonSentence } from './reasons';

function thanks(c: Ctx): string {
  const r = roleRef(c.v);
  return {
    warm: c.pick('de.decline.thanks', [
      `Herzlichen Dank für Ihre Einladung zum Vorstellungsgespräch für ${r} und für die Zeit, die Sie sich für meine Bewerbung genommen haben.`,
      `Vielen Dank für die Einladung zum Gespräch für ${r}; ich habe mich sehr darüber gefreut.`,
    ]),
    formal: c.pick('de.decline.thanks', [
      `Vielen Dank für Ihre Einladung zum Vorstellungsgespräch für ${r} und für das Interesse an meiner Bewerbung.`,
      `Haben Sie vielen Dank für die Einladung zum Vorstellungsgespräch für ${r}.`,
    ]),
    brief: c.pick('de.decline.thanks', [
      `Vielen Dank für die Einladung zum Vorstellungsgespräch für ${r}.`,
      `Danke für Ihre Einladung zum Gespräch für ${r}.`,
    ]),
  }[c.tone];
}

function decision(c: Ctx): string {
  if (c.reason === 'logistics' && c.v.askRemote) {
    return c.pick('de.decline.remote', [
      'Ein Gespräch vor Ort kann ich leider nicht wahrnehmen.',
      'Zu einem Termin vor Ort kann ich leider nicht anreisen, daher muss ich ihn absagen.',
    ]);
  }
  return {
    warm: c.pick('de.decline.decision', [
      'Nach reiflicher Überlegung habe ich mich entschieden, das Gespräch abzusagen.',
      'Ich habe lange überlegt und mich entschlossen, den Termin nicht wahrzunehmen.',
    ]),
    formal: c.pick('de.decline.decision', [
      'Nach sorgfältiger Überlegung habe ich mich jedoch entschieden, das Gespräch abzusagen.',
      'Nach reiflicher Abwägung muss ich Ihre Einladung leider absagen.',
    ]),
    brief: c.pick('de.decline.decision', [
      'Ich möchte das Gespräch jedoch absagen.',
      'Leider muss ich den Termin absagen.',
    ]),
  }[c.tone];
}

function remoteAsk(c: Ctx): string {
  if (c.reason !== 'logistics' || !c.v.askRemote) return '';
  return c.pick('de.decline.ask', [
    'Wäre alternativ ein Gespräch per Video möglich? Daran würde ich sehr gern teilnehmen.',
    'Falls ein Video- oder Telefongespräch infrage kommt, nehme ich sehr gern auf diesem Weg teil.',
  ]);
}

function bridge(c: Ctx): string {
  if (c.reason !== 'no_reason' || c.v.reasonDetail !== '') return '';
  if (c.tone === 'brief') {
    return c.pick('de.decline.bridge', ['Die Entscheidung ist mir nicht leicht gefallen.', 'Ich danke Ihnen für Ihre Zeit und Ihr Interesse.']);
  }
  return c.pick('de.decline.bridge', [
    'Die Entscheidung ist mir nicht leicht gefallen, denn ich habe gern mehr über die Stelle erfahren.',
    'Es hat mich gefreut, im Laufe des Verfahrens mehr über Ihr Team zu erfahren.',
  ]);
}

function closing(c: Ctx): string {
  const v = c.v;
  if (c.reason === 'admired_company') {
    const co = v.company || 'Ihr Unternehmen';
    return c.tone === 'brief'
      ? c.pick('de.decline.admired', [
          `Ich schätze ${co} sehr und würde mich über künftige Gelegenheiten freuen.`,
          `Gern bleibe ich mit ${v.company || 'Ihnen'} für die Zukunft in Kontakt.`,
        ])
      : c.pick('de.decline.admired', [
          `${co} schätze ich seit Langem sehr, und ich würde mich freuen, bei künftigen Stellen wieder von Ihnen zu hören.`,
          `Ich bewundere ${co} schon lange und würde gern in Kontakt bleiben, um bei einer zukünftigen Gelegenheit zusammenzuarbeiten.`,
        ]);
  }
  return {
    warm: c.pick('de.decline.closing', [
      `Ich wünsche Ihnen und ${teamRef(v)} alles Gute und würde mich freuen, in Kontakt zu bleiben.`,
      'Es wäre schön, wenn sich unsere Wege in Zukunft wieder kreuzen. Bis dahin wünsche ich Ihnen viel Erfolg bei der Besetzung der Stelle.',
    ]),
    formal: c.pick('de.decline.closing', [
      `Ich wünsche Ihnen und ${teamRef(v)} weiterhin viel Erfolg und hoffe, dass sich unsere Wege in Zukunft wieder kreuzen.`,
      'Gern bleibe ich mit Ihnen in Kontakt und wünsche Ihnen viel Erfolg bei der Suche nach der passenden Besetzung.',
    ]),
    brief: c.pick('de.decline.closing', [
      'Ich wünsche Ihnen viel Erfolg und bleibe gern in Kontakt.',
      'Vielleicht kreuzen sich unsere Wege in Zukunft wieder.',
    ]),
  }[c.tone];
}

export const decline: IntentTemplate = {
  letter: true,
  paragraphs(c) {
    return [
      sentences(c.v.lateReply && delayApology(c), thanks(c), decision(c)),
      sentences(reasonSentence(c), remoteAsk(c), bridge(c)),
      closing(c),
    ].filter((p) => p !== '');
  },
};
