import type { ReschedulePhrases } from '../letters/phrases';

export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    warm: [
      `Thank you so much for inviting me to interview for ${r}.`,
      `Thanks a lot for the invitation to interview for ${r}; I'm really looking forward to it.`,
      `Thank you for the invitation to interview for ${r}.`,
    ],
    formal: [`Thank you for inviting me to interview for ${r}.`, `I am grateful for the invitation to interview for ${r}.`, `Thank you for the invitation to interview for ${r}.`],
    brief: [`Thank you for the invitation to interview for ${r}.`, `Many thanks for inviting me to interview for ${r}.`, `Thanks for inviting me to interview for ${r}.`],
  }),
  decision: (when) => ({
    warm: [
      `Unfortunately, I can't make the interview${when}; could we find another time?`,
      `I'm afraid I'm not able to attend the interview${when}; could we move it to another day?`,
      `Unfortunately the interview${when} doesn't work for me; would another time be possible?`,
    ],
    formal: [
      `Unfortunately, I am unable to attend the interview${when}, and I would like to ask whether it could be rescheduled.`,
      `I must ask whether the interview${when} could be moved to another time, as I am unable to attend.`,
      `Regrettably, I cannot attend the interview${when}; might another time be possible?`,
    ],
    brief: [`I cannot make the interview${when}; could we reschedule?`, `Could we move the interview${when} to another time?`, `I am unable to attend the interview${when}; could we pick another date?`],
  }),
  noneFit: {
    warm: [
      "Unfortunately, none of the times you suggested work for me; could we find another time?",
      "I'm afraid none of the proposed times suit me; could we find another time for the interview?",
      "Unfortunately, none of the times you offered is possible for me; would another time work?",
    ],
    formal: [
      'Unfortunately, I am unable to attend at any of the proposed times, and I would like to ask whether the interview could be arranged for another time.',
      'I regret that none of the suggested times are possible for me, and I would like to ask whether we could reschedule.',
      'Regrettably, none of the times you proposed are possible for me; might we find another time?',
    ],
    brief: ['None of the proposed times work for me; could we reschedule?', 'Could we find another time? None of the suggested slots suit me.', 'None of the offered times suit me; could we find another time?'],
  },
  slotsIntro: {
    warm: ['Would any of these times work for you?', 'Here are a few times that would suit me:', 'I could do any of these times:'],
    formal: ['I would be available at any of the following times:', 'Would one of the following times be convenient for you?', 'I could attend at any of these times:'],
    brief: ['I am available at:', 'Possible times:', 'I could do:'],
  },
  slotsLink: (link) => [`You can also pick a time here: ${link}`],
  link: (link) => ({
    warm: [
      `If it's easier, you're welcome to choose a time that suits you here: ${link}`,
      `To make it simple, you can pick any free slot in my calendar: ${link}`,
      `You can choose whichever free time suits you best here: ${link}`,
    ],
    formal: [
      `For your convenience, you may select a suitable time here: ${link}`,
      `You are welcome to choose a time that suits you using this link: ${link}`,
      `My availability can be found here, should you wish to choose a time: ${link}`,
    ],
    brief: [`Please pick a time here: ${link}`, `My calendar: ${link}`, `Free times: ${link}`],
  }),
  ask: {
    warm: [
      "Could you let me know a few other times that suit you? I'll do my best to fit around your schedule.",
      "If you send me a couple of alternative times, I'll happily work around your calendar.",
      "Which other times would suit you? I'm happy to fit in with your schedule.",
    ],
    formal: [
      'Could you kindly let me know some alternative times? I will make every effort to accommodate your schedule.',
      'Would you be able to suggest a few alternative times? I will arrange my schedule accordingly.',
      'Could you propose a few alternative times? I will adapt my schedule to them.',
    ],
    brief: ['Could you suggest a few other times?', 'Please let me know some alternative times.', 'Which other times would work for you?'],
  },
  sorry: {
    warm: ["I'm sorry for any inconvenience this causes.", 'Sorry to ask for a different time.', 'Apologies for asking to move the interview.'],
    formal: ['I apologise for any inconvenience this may cause.', 'Please accept my apologies for the inconvenience.', 'I regret any inconvenience this may cause.'],
    brief: ['Sorry for the inconvenience.', 'Sorry to ask for another time.', 'Apologies for asking to move the interview.'],
  },
  close: {
    warm: [
      "I'm still very keen on the opportunity and look forward to speaking with you.",
      "I'm excited about the role and really hope we can find a time that works.",
      "I'm very keen on the role, and I hope we can find a time that suits us both.",
    ],
    formal: [
      'I remain very interested in the position and look forward to our conversation.',
      'I remain keen to discuss the role and look forward to hearing from you.',
      'I am very interested in the position and hope we can find a suitable time.',
    ],
    brief: ['I look forward to speaking with you.', 'I remain very interested.', 'I am still very interested in the role.'],
  },
};
