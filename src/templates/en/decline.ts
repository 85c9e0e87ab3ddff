import type { DeclinePhrases } from '../letters/phrases';
import { companyOr, teamRef } from './common';

export const decline: DeclinePhrases = {
  thanks: (r) => ({
    warm: [
      `Thank you so much for inviting me to interview for ${r}, and for the time you've put into my application.`,
      `Thanks very much for the invitation to interview for ${r} and for considering me.`,
      `Thank you for the kind invitation to interview for ${r}, and for considering my application.`,
    ],
    formal: [
      `Thank you for inviting me to interview for ${r} and for the time you have given to my application.`,
      `I am grateful for the invitation to interview for ${r} and for your interest in my application.`,
      `Thank you for considering me for ${r} and for the invitation to interview.`,
    ],
    brief: [
      `Thank you for the invitation to interview for ${r} and for considering my application.`,
      `Many thanks for inviting me to interview for ${r} and for your time.`,
      `Thank you for the invitation to interview for ${r}.`,
    ],
  }),
  decision: {
    warm: [
      "After a lot of thought, I've decided to decline the interview.",
      "I've thought it over carefully and have decided not to go ahead with the interview.",
      "After some reflection, I've decided to turn down the interview.",
    ],
    formal: [
      'After careful consideration, I have decided to decline the interview.',
      'Having considered it carefully, I must respectfully decline the invitation.',
      'After giving the matter due thought, I have decided not to proceed with the interview.',
    ],
    brief: ['I have decided to decline the interview.', 'I must respectfully decline.', 'I will not be going ahead with the interview.'],
  },
  remoteDecision: {
    warm: ["Unfortunately, I'm not able to attend an interview in person.", "I'm afraid I can't make it to an on-site interview.", "Unfortunately, I can't attend an on-site interview."],
    formal: ['Unfortunately, I am unable to attend an interview in person.', 'I regret that I cannot attend an on-site interview.', 'Regrettably, I am not able to attend an interview on site.'],
    brief: ['I cannot attend an interview in person.', 'I am unable to attend on site.', 'I am not able to attend an on-site interview.'],
  },
  remoteAsk: {
    warm: [
      "If a video or phone interview is an option, I'd be very glad to take part that way.",
      "Would a video interview be possible instead? I'd love to join that way.",
      "If we could speak by video or phone instead, I'd be happy to do that.",
    ],
    formal: [
      'Should a video or telephone interview be possible, I would be pleased to take part in that format.',
      'If you are able to offer a video interview instead, I would gladly attend.',
      'Would it be possible to hold the interview by video or telephone instead?',
    ],
    brief: ['Would a video interview be possible instead?', 'A video or phone interview would work well for me.', 'Could we speak by video or phone instead?'],
  },
  bridge: {
    warm: [
      "It wasn't an easy decision, and I didn't take it lightly.",
      'I wanted to let you know as soon as I had made up my mind.',
      "I've given it careful thought before writing to you.",
    ],
    formal: [
      'This was not an easy decision, and I did not take it lightly.',
      'I wanted to let you know as soon as I had reached my decision.',
      'I have given the matter careful thought before writing to you.',
    ],
    brief: ['It was not an easy decision.', 'I did not take this decision lightly.', 'I have thought it over carefully.'],
  },
  goodwill: null,
  admired: (v) => {
    const co = companyOr(v, 'your company');
    return {
      warm: [
        `I've admired ${co} for a long time, so I'd love to stay in touch and hear about future openings.`,
        `${co === 'your company' ? 'Your company' : co} is somewhere I've long hoped to work, and I hope our paths cross again; please do keep me in mind for future roles.`,
        `I think very highly of ${co}, so I'd be glad to stay in touch and hear about future openings.`,
      ],
      formal: [
        `I have long admired ${co}, and I would very much welcome the chance to be considered for future opportunities.`,
        `I hold ${co} in high regard and would be glad to stay in touch regarding future roles.`,
        `I think very highly of ${co} and would welcome hearing about future openings.`,
      ],
      brief: [
        `I admire ${co} and would welcome future opportunities to work together.`,
        `I would be glad to stay in touch about future roles at ${co}.`,
        `I think highly of ${co} and hope to hear about future openings.`,
      ],
    };
  },
  closing: (v) => ({
    warm: [
      `I wish ${teamRef(v)} every success, and I'd be glad to stay in touch. I hope our paths cross again.`,
      `It would be lovely to keep in touch, and I hope we get the chance to work together in the future. Best of luck with your search.`,
      `I'd be glad to stay in touch, and I hope we cross paths again. All the best to ${teamRef(v)}.`,
    ],
    formal: [
      `I wish you and ${teamRef(v)} continued success, and I hope we may have the opportunity to work together in the future.`,
      'I would welcome the chance to stay in touch, and I wish you every success in finding the right candidate.',
      `I hope we may stay in touch, and I wish ${teamRef(v)} every success in the search.`,
    ],
    brief: [
      'I wish you every success with your search and hope to stay in touch.',
      'I hope our paths cross again in the future, and I wish you all the best.',
      'All the best with the search; I hope we stay in touch.',
    ],
  }),
};
