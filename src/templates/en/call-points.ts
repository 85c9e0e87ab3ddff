import type { CallPointsPhrases } from '../letters/phrases';

export const callPoints: CallPointsPhrases = {
  heading: (who, company) => {
    const w = who || 'the hiring manager';
    const at = company ? ` (${company})` : '';
    return [`Points for your call with ${w}${at}:`, `Call with ${w}${at}, points to cover:`];
  },
  thanks: (r) => [`Thank you for inviting me to interview for ${r}.`, `I appreciate you considering me for ${r}.`],
  decision: {
    warm: [
      "I'm calling to let you know I won't be going ahead with the interview.",
      "I've decided to decline the interview, and I wanted to tell you myself.",
    ],
    formal: [
      'I am calling to let you know that I will not be going ahead with the interview.',
      'I have decided to decline the interview, and I wanted to tell you personally.',
    ],
    brief: [
      'I am calling to let you know that I will not be going ahead with the interview.',
      'I have decided to decline the interview, and I wanted to tell you personally.',
    ],
  },
  future: ['I would be glad to stay in touch about future roles.', 'I hope our paths cross again.'],
  record: ['I will confirm this by email today, so you have it in writing.', 'I will follow up with a short email as a written record.'],
};
