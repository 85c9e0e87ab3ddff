import type { IntentTemplate } from '../model';
import { sentences } from '../model';
import type { CoreLetterLanguage } from './phrases';
import { isRemote, reasonSentence, say } from './say';

// Thanks and the decision; the reason, with a remote ask (logistics) or a bridge (no reason);
// then the closing wish, warmer for a company the candidate admires. One thank-you only.
export function declineLetter(lang: CoreLetterLanguage): IntentTemplate {
  const p = lang.decline;
  const key = (slot: string): string => `${lang.code}.decline.${slot}`;
  return {
    letter: true,
    paragraphs(c) {
      const { v } = c;
      // Asking for a remote interview makes sense only when it is not one already.
      const remote = c.reason === 'logistics' && v.askRemote && !isRemote(v);
      const decision = remote ? say(c, key('remote'), p.remoteDecision, v) : say(c, key('decision'), p.decision, v);
      const bridge = c.reason === 'no_reason' && v.reasonDetail === '' && say(c, key('bridge'), p.bridge, v);
      const wish =
        c.reason === 'admired_company' ? say(c, key('admired'), p.admired, v) : say(c, key('closing'), p.closing, v);
      return [
        sentences(v.lateReply && say(c, `${lang.code}.late`, lang.delayApology, v), say(c, key('thanks'), p.thanks, lang.roleRef(v)), decision),
        sentences(reasonSentence(c, lang), remote && say(c, key('ask'), p.remoteAsk, v), bridge),
        sentences(!bridge && p.goodwill && say(c, key('goodwill'), p.goodwill, v), wish),
      ].filter((s) => s !== '');
    },
  };
}
