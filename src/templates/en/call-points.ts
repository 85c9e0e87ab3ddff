import type { CallPointsPhrases } from '../letters/phrases';

export const callPoints: CallPointsPhrases = {
  heading: (who, company) => {
    const w = who || 'the hiring manager';
    const at = company ? ` (${company})` : '';
    return [`Points for your call with ${w}${at}:`, `Call with ${w}${at}, points to cover:`, `What to say on your call with ${w}${at}:`];
  },
  thanks: (r) => [`Thank you for inviting me to interview for ${r}.`, `I appreciate you considering me for ${r}.`, `Thank you for considering me for ${r}.`],
  decision: {
    warm: [
      "I'm calling to let you know I won't be going ahead with the interview.",
      "I've decided to decline the interview, and I wanted to tell you myself.",
      "I wanted to call to say that I've decided not to go ahead with the interview.",
    ],
    formal: [
      'I am calling to let you know that I will not be going ahead with the interview.',
      'I have decided to decline the interview, and I wanted to tell you personally.',
      'I wanted to call to tell you that I have decided not to proceed with the interview.',
    ],
    brief: [
      'I am calling to let you know that I will not be going ahead with the interview.',
      'I have decided to decline the interview, and I wanted to tell you personally.',
      'I wanted to call to tell you that I have decided not to proceed with the interview.',
    ],
  },
  future: ['I would be glad to stay in touch about future roles.', 'I hope our paths cross again.', 'I would be happy to hear about future openings.'],
  record: ['I will confirm this by email today, so you have it in writing.', 'I will follow up with a short email as a written record.', 'I will send a short email afterwards so it is on record.'],
};
