import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import type { LetterLanguage } from './phrases';
import { isPlainPlace, say } from './say';

// Accepting: thanks and the confirmation with the time; how and where the candidate will
// attend (the detail most often misread); an offer to prepare. A link, address or number that
// came from the email is pointed to, never repeated: the email could have planted it.
export function acceptLetter(lang: LetterLanguage): IntentTemplate {
  const p = lang.accept;
  const key = (slot: string): string => `${lang.code}.accept.${slot}`;

  function attendance(c: Ctx): string {
    const { format, location } = c.v;
    const place = location !== '' && isPlainPlace(location) ? location : '';
    if (format === 'onsite') return place ? say(c, key('onsite'), p.inPersonAt, place) : say(c, key('onsite'), p.inPerson, c.v);
    if (format === 'video') return location !== '' ? say(c, key('video'), p.videoLink, c.v) : say(c, key('video'), p.video, c.v);
    if (format === 'phone') return say(c, key('phone'), p.phone, c.v);
    return place ? say(c, key('place'), p.placeNoted, place) : '';
  }

  // What is being accepted: the time the candidate chose; with several offered and none chosen,
  // or a booking link and no time yet, the invitation only (never a confirmation of no time).
  function decision(c: Ctx): string {
    const { v } = c;
    if (v.interviewTime === '' && v.bookingLink) {
      return sentences(say(c, key('open'), p.acceptOpen, v), v.booked ? say(c, key('booked'), p.booked, v) : say(c, key('willbook'), p.willBook, v));
    }
    if (v.interviewTime === '' && v.noneOfOffered) return say(c, key('open'), p.acceptOpen, v);
    return say(c, key('confirm'), p.confirm, lang.timeNote(v));
  }

  return {
    letter: true,
    paragraphs(c) {
      const { v } = c;
      return [
        sentences(
          v.lateReply && say(c, `${lang.code}.late`, lang.delayApology, v),
          say(c, key('thanks'), p.thanks, lang.roleRef(v)),
          decision(c),
        ),
        attendance(c),
        say(c, key('close'), p.close, v),
      ].filter((s) => s !== '');
    },
  };
}
