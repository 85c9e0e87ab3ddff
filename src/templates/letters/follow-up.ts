import type { IntentTemplate } from '../model';
import { sentences } from '../model';
import type { LetterLanguage } from './phrases';
import { say } from './say';

// Sent some time after declining: short, no new news, one concrete way to stay connected.
export function followUpLetter(lang: LetterLanguage): IntentTemplate {
  const p = lang.followUp;
  const key = (slot: string): string => `${lang.code}.follow.${slot}`;
  return {
    letter: true,
    paragraphs(c) {
      const { v } = c;
      return [
        sentences(say(c, key('thanks'), p.thanks, lang.roleRef(v)), say(c, key('connect'), p.connect, v), say(c, key('future'), p.future, v)),
      ];
    },
  };
}
