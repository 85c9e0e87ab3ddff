import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import type { CoreLetterLanguage } from './phrases';
import { againstOffered, reasonSentence, say } from './say';

// Asking for another time: thanks and the request; the reason; the times the candidate offers
// (a list, a scheduling link, or a request for theirs); one apology and continued interest.
export function rescheduleLetter(lang: CoreLetterLanguage): IntentTemplate {
  const p = lang.reschedule;
  const key = (slot: string): string => `${lang.code}.resched.${slot}`;

  function alternatives(c: Ctx): string {
    const { v } = c;
    if (v.proposedSlots.length > 0) {
      const intro = say(c, key('slots'), p.slotsIntro, v);
      const list = v.proposedSlots.map((s) => `- ${s}`).join('\n');
      const tail = v.schedulingLink ? `\n${say(c, key('slotslink'), p.slotsLink, v.schedulingLink)}` : '';
      return `${intro}\n${list}${tail}`;
    }
    if (v.schedulingLink) return say(c, key('link'), p.link, v.schedulingLink);
    return say(c, key('ask'), p.ask, v);
  }

  return {
    letter: true,
    paragraphs(c) {
      const { v } = c;
      return [
        sentences(
          v.lateReply && say(c, `${lang.code}.late`, lang.delayApology, v),
          say(c, key('thanks'), p.thanks, lang.roleRef(v)),
          againstOffered(v) ? say(c, key('nonefit'), p.noneFit, v) : say(c, key('decision'), p.decision, lang.timeNote(v)),
        ),
        reasonSentence(c, lang),
        alternatives(c),
        // One apology at most: when the draft already opened with one for the delay, none here.
        sentences(!v.lateReply && say(c, key('sorry'), p.sorry, v), say(c, key('close'), p.close, v)),
      ].filter((s) => s !== '');
    },
  };
}
