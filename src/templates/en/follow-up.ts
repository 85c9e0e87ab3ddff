import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import { roleRef } from './common';

// Sent some time after declining: short, no new news, one concrete way to stay connected.
function body(c: Ctx): string {
  const r = roleRef(c.v);
  const at = c.v.company ? ` at ${c.v.company}` : '';
  return {
    warm: sentences(
      c.pick('en.follow.thanks', [
        `Thank you again for your understanding about ${r}.`,
        `Thanks once more for being so gracious about ${r}.`,
      ]),
      c.pick('en.follow.connect', [
        "I enjoyed our exchange and would love to stay in touch; would you be open to connecting on LinkedIn?",
        "It would be great to keep in touch, so I'll send you a LinkedIn invitation if that's all right.",
      ]),
      c.pick('en.follow.future', [
        `Please do keep me in mind for future openings${at}.`,
        `I'd be glad to hear about future opportunities${at}.`,
      ]),
    ),
    formal: sentences(
      c.pick('en.follow.thanks', [
        `Thank you once again for your understanding regarding ${r}.`,
        `I remain grateful for your consideration regarding ${r}.`,
      ]),
      c.pick('en.follow.connect', [
        'I would be pleased to stay in touch and would welcome connecting on LinkedIn.',
        'I would value keeping in contact, and I would be glad to connect on LinkedIn.',
      ]),
      c.pick('en.follow.future', [
        `I would welcome hearing about future opportunities${at}.`,
        `Please keep me in mind for future roles${at}.`,
      ]),
    ),
    brief: sentences(
      c.pick('en.follow.thanks', [
        `Thank you again for your understanding about ${r}.`,
        `Thanks again for your understanding regarding ${r}.`,
      ]),
      c.pick('en.follow.connect', ['Shall we connect on LinkedIn?', 'I would be glad to connect on LinkedIn.']),
      c.pick('en.follow.future', ['Please keep me in mind for future roles.', 'I hope to stay in touch.']),
    ),
  }[c.tone];
}

export const followUp: IntentTemplate = {
  letter: true,
  paragraphs(c) {
    return [body(c)];
  },
};
