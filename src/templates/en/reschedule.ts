import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import { delayApology, roleRef, scheduledFor } from './common';
import { reasonSentence } from './reasons';

function thanks(c: Ctx): string {
  const r = roleRef(c.v);
  return {
    warm: c.pick('en.resched.thanks', [
      `Thank you so much for inviting me to interview for ${r}.`,
      `Thanks a lot for the invitation to interview for ${r}; I'm really looking forward to it.`,
    ]),
    formal: c.pick('en.resched.thanks', [
      `Thank you for inviting me to interview for ${r}.`,
      `I am grateful for the invitation to interview for ${r}.`,
    ]),
    brief: c.pick('en.resched.thanks', [
      `Thank you for the invitation to interview for ${r}.`,
      `Many thanks for inviting me to interview for ${r}.`,
    ]),
  }[c.tone];
}

function decision(c: Ctx): string {
  const when = scheduledFor(c.v);
  return {
    warm: c.pick('en.resched.decision', [
      `Unfortunately, I can't make the interview${when}, and I'd be grateful if we could find another time.`,
      `I'm afraid I'm not able to attend the interview${when}; could we move it to another day?`,
    ]),
    formal: c.pick('en.resched.decision', [
      `Unfortunately, I am unable to attend the interview${when}, and I would like to ask whether it could be rescheduled.`,
      `I must ask whether the interview${when} could be moved to another time, as I am unable to attend.`,
    ]),
    brief: c.pick('en.resched.decision', [
      `I cannot make the interview${when}; could we reschedule?`,
      `Could we move the interview${when} to another time?`,
    ]),
  }[c.tone];
}

function alternatives(c: Ctx): string {
  const v = c.v;
  if (v.proposedSlots.length > 0) {
    const intro = {
      warm: c.pick('en.resched.slots', ['Would any of these times work for you?', 'Here are a few times that would suit me:']),
      formal: c.pick('en.resched.slots', [
        'I would be available at any of the following times:',
        'Would one of the following times be convenient for you?',
      ]),
      brief: c.pick('en.resched.slots', ['I am available at:', 'Possible times:']),
    }[c.tone];
    const list = v.proposedSlots.map((s) => `- ${s}`).join('\n');
    const tail = v.schedulingLink ? `\nYou can also pick a time here: ${v.schedulingLink}` : '';
    return `${intro}\n${list}${tail}`;
  }
  if (v.schedulingLink) {
    return {
      warm: c.pick('en.resched.link', [
        `If it's easier, you're welcome to choose a time that suits you here: ${v.schedulingLink}`,
        `To make it simple, you can pick any free slot in my calendar: ${v.schedulingLink}`,
      ]),
      formal: c.pick('en.resched.link', [
        `For your convenience, you may select a suitable time here: ${v.schedulingLink}`,
        `You are welcome to choose a time that suits you using this link: ${v.schedulingLink}`,
      ]),
      brief: c.pick('en.resched.link', [`Please pick a time here: ${v.schedulingLink}`, `My calendar: ${v.schedulingLink}`]),
    }[c.tone];
  }
  return {
    warm: c.pick('en.resched.ask', [
      "Could you let me know a few other times that suit you? I'll do my best to fit around your schedule.",
      "If you send me a couple of alternative times, I'll happily work around your calendar.",
    ]),
    formal: c.pick('en.resched.ask', [
      'Could you kindly let me know some alternative times? I will make every effort to accommodate your schedule.',
      'I would be grateful if you could suggest a few alternative times, and I will arrange my schedule accordingly.',
    ]),
    brief: c.pick('en.resched.ask', [
      'Could you suggest a few other times?',
      'Please let me know some alternative times.',
    ]),
  }[c.tone];
}

function sorryAndClose(c: Ctx): string {
  // One apology at most: when the draft already opened with one for the delay, none here.
  const sorry = c.v.lateReply
    ? ''
    : {
        warm: c.pick('en.resched.sorry', ["I'm sorry for any inconvenience this causes.", 'Apologies for the change.']),
        formal: c.pick('en.resched.sorry', [
          'I apologise for any inconvenience this may cause.',
          'Please accept my apologies for the inconvenience.',
        ]),
        brief: c.pick('en.resched.sorry', ['Sorry for the inconvenience.', 'Apologies for the change.']),
      }[c.tone];
  const close = {
    warm: c.pick('en.resched.close', [
      "I'm still very keen on the opportunity and look forward to speaking with you.",
      "I'm excited about the role and really hope we can find a time that works.",
    ]),
    formal: c.pick('en.resched.close', [
      'I remain very interested in the position and look forward to our conversation.',
      'I remain keen to discuss the role and look forward to hearing from you.',
    ]),
    brief: c.pick('en.resched.close', ['I look forward to speaking with you.', 'I remain very interested.']),
  }[c.tone];
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
