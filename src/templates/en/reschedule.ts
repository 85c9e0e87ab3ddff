import type { ReschedulePhrases } from '../letters/phrases';

export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    warm: [
      `Thank you so much for inviting me to interview for ${r}.`,
      `Thanks a lot for the invitation to interview for ${r}; I'm really looking forward to it.`,
    ],
    formal: [`Thank you for inviting me to interview for ${r}.`, `I am grateful for the invitation to interview for ${r}.`],
    brief: [`Thank you for the invitation to interview for ${r}.`, `Many thanks for inviting me to interview for ${r}.`],
  }),
  decision: (when) => ({
    warm: [
      `Unfortunately, I can't make the interview${when}; could we find another time?`,
      `I'm afraid I'm not able to attend the interview${when}; could we move it to another day?`,
    ],
    formal: [
      `Unfortunately, I am unable to attend the interview${when}, and I would like to ask whether it could be rescheduled.`,
      `I must ask whether the interview${when} could be moved to another time, as I am unable to attend.`,
    ],
    brief: [`I cannot make the interview${when}; could we reschedule?`, `Could we move the interview${when} to another time?`],
  }),
  noneFit: {
    warm: [
      "Unfortunately, none of the times you suggested work for me; could we find another time?",
      "I'm afraid none of the proposed times suit me; could we find another time for the interview?",
    ],
    formal: [
      'Unfortunately, I am unable to attend at any of the proposed times, and I would like to ask whether the interview could be arranged for another time.',
      'I regret that none of the suggested times are possible for me, and I would like to ask whether we could reschedule.',
    ],
    brief: ['None of the proposed times work for me; could we reschedule?', 'Could we find another time? None of the suggested slots suit me.'],
  },
  slotsIntro: {
    warm: ['Would any of these times work for you?', 'Here are a few times that would suit me:'],
    formal: ['I would be available at any of the following times:', 'Would one of the following times be convenient for you?'],
    brief: ['I am available at:', 'Possible times:'],
  },
  slotsLink: (link) => [`You can also pick a time here: ${link}`],
  link: (link) => ({
    warm: [
      `If it's easier, you're welcome to choose a time that suits you here: ${link}`,
      `To make it simple, you can pick any free slot in my calendar: ${link}`,
    ],
    formal: [
      `For your convenience, you may select a suitable time here: ${link}`,
      `You are welcome to choose a time that suits you using this link: ${link}`,
    ],
    brief: [`Please pick a time here: ${link}`, `My calendar: ${link}`],
  }),
  ask: {
    warm: [
      "Could you let me know a few other times that suit you? I'll do my best to fit around your schedule.",
      "If you send me a couple of alternative times, I'll happily work around your calendar.",
    ],
    formal: [
      'Could you kindly let me know some alternative times? I will make every effort to accommodate your schedule.',
      'Would you be able to suggest a few alternative times? I will arrange my schedule accordingly.',
    ],
    brief: ['Could you suggest a few other times?', 'Please let me know some alternative times.'],
  },
  sorry: {
    warm: ["I'm sorry for any inconvenience this causes.", 'Apologies for the change.'],
    formal: ['I apologise for any inconvenience this may cause.', 'Please accept my apologies for the inconvenience.'],
    brief: ['Sorry for the inconvenience.', 'Apologies for the change.'],
  },
  close: {
    warm: [
      "I'm still very keen on the opportunity and look forward to speaking with you.",
      "I'm excited about the role and really hope we can find a time that works.",
    ],
    formal: [
      'I remain very interested in the position and look forward to our conversation.',
      'I remain keen to discuss the role and look forward to hearing from you.',
    ],
    brief: ['I look forward to speaking with you.', 'I remain very interested.'],
  },
};
