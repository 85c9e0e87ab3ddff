import type { IntentTemplate } from '../model';
import { sentences } from '../model';
import type { CoreLetterLanguage } from './phrases';
import { reasonSentence, say } from './say';

// Withdrawing from an interview already agreed: thanks and the news at once; the reason with a
// bridge (no reason) and one apology; an optional referral; the closing wish.
// A late withdrawal opens by apologising for the delay; that single apology then also stands
// for the change of plans, so the draft never stacks two.
export function withdrawLetter(lang: CoreLetterLanguage): IntentTemplate {
  const p = lang.withdraw;
  const key = (slot: string): string => `${lang.code}.withdraw.${slot}`;
  return {
    letter: true,
    paragraphs(c) {
      const { v } = c;
      const bridge = c.reason === 'no_reason' && v.reasonDetail === '' && say(c, key('bridge'), p.bridge, v);
      return [
        sentences(
          v.lateReply && say(c, key('late'), p.late, v),
          say(c, key('thanks'), p.thanks, lang.roleRef(v)),
          say(c, key('decision'), p.decision, lang.timeNote(v)),
        ),
        sentences(reasonSentence(c, lang), bridge, !v.lateReply && say(c, key('sorry'), p.sorry, v)),
        v.referralName ? say(c, key('referral'), p.referral, v.referralName) : '',
        c.reason === 'admired_company' ? say(c, key('admired'), p.admired, v) : say(c, key('closing'), p.closing, v),
      ].filter((s) => s !== '');
    },
  };
}
