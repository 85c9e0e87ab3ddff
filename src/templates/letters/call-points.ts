import type { IntentTemplate } from '../model';
import type { LetterLanguage } from './phrases';
import { reasonSentence, say } from './say';

// Talking points for a phone call: lines the candidate can say aloud, no greeting or sign-off.
// The brief tone leaves out the line about the future.
export function callPointsLetter(lang: LetterLanguage): IntentTemplate {
  const p = lang.callPoints;
  const key = (slot: string): string => `${lang.code}.call.${slot}`;
  return {
    letter: false,
    paragraphs(c) {
      const { v } = c;
      const lines = [
        say(c, key('thanks'), p.thanks, lang.roleRef(v)),
        say(c, key('decision'), p.decision, v),
        reasonSentence(c, lang),
        c.tone === 'brief' ? '' : say(c, key('future'), p.future, v),
        say(c, key('record'), p.record, v),
      ].filter((l) => l !== '');
      const heading = c.pick(key('heading'), p.heading(v.contactName, v.company));
      return [[heading, ...lines.map((l) => `- ${l}`)].join('\n')];
    },
  };
}
