import type { FollowUpPhrases } from '../letters/phrases';

export const followUp: FollowUpPhrases = {
  thanks: (r) => ({
    warm: [`Thank you again for your understanding about ${r}.`, `Thanks once more for being so gracious about ${r}.`, `Thank you again for taking my decision about ${r} so kindly.`],
    formal: [`Thank you once again for your understanding regarding ${r}.`, `I remain grateful for your consideration regarding ${r}.`, `Thank you again for your understanding concerning ${r}.`],
    brief: [`Thank you again for your understanding about ${r}.`, `Thanks again for your understanding regarding ${r}.`, `Thanks for your understanding about ${r}.`],
  }),
  connect: {
    warm: [
      'I enjoyed our exchange and would love to stay in touch; would you be open to connecting on LinkedIn?',
      "It would be great to keep in touch, so I'll send you a LinkedIn invitation if that's all right.",
      "I'd love to keep in touch; may I connect with you on LinkedIn?",
    ],
    formal: [
      'I would be pleased to stay in touch and would welcome connecting on LinkedIn.',
      'I would value keeping in contact, and I would be glad to connect on LinkedIn.',
      'I would like to stay in touch; may I connect with you on LinkedIn?',
    ],
    brief: ['Shall we connect on LinkedIn?', 'I would be glad to connect on LinkedIn.', 'May I connect with you on LinkedIn?'],
  },
  future: (v) => {
    const at = v.company ? ` at ${v.company}` : '';
    return {
      warm: [`Please do keep me in mind for future openings${at}.`, `I'd be glad to hear about future opportunities${at}.`, `I'd love to hear if a future role${at} comes up.`],
      formal: [`I would welcome hearing about future opportunities${at}.`, `Please keep me in mind for future roles${at}.`, `I would be pleased to be considered for future positions${at}.`],
      brief: ['Please keep me in mind for future roles.', 'I hope to stay in touch.', 'I would welcome hearing about future roles.'],
    };
  },
};
