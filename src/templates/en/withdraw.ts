import type { WithdrawPhrases } from '../letters/phrases';
import { companyOr, teamRef } from './common';

export const withdraw: WithdrawPhrases = {
  late: {
    warm: ["I'm sorry for the slow reply, and for the change of plans it brings.", 'Apologies for not writing sooner, and for changing our plans.', "I'm sorry this comes late, and that it changes our plans."],
    formal: [
      'Please accept my apologies for the delay in writing and for this change of plans.',
      'I apologise for not writing sooner and for the change to our arrangements.',
      'I am sorry to write so late, and to change our arrangements.',
    ],
    brief: ['Apologies for the late notice and the change of plans.', 'Sorry for the late reply and the change of plans.', 'My apologies for writing late and changing our plans.'],
  },
  thanks: (r) => ({
    warm: [`Thank you again for inviting me to interview for ${r}.`, `Thanks so much for the invitation to interview for ${r} and for arranging it.`, `Thank you for inviting me to interview for ${r} and for setting it up.`],
    formal: [
      `Thank you once again for inviting me to interview for ${r}.`,
      `I am grateful for the invitation to interview for ${r} and for your work in arranging it.`,
      `Thank you for the invitation to interview for ${r} and for arranging it.`,
    ],
    brief: [`Thank you for inviting me to interview for ${r}.`, `Thanks for arranging the interview for ${r}.`, `Thank you for the interview invitation for ${r}.`],
  }),
  decision: (when) => ({
    warm: [
      `I'm writing as soon as I can to let you know that I need to withdraw from the interview${when}.`,
      `I wanted to tell you straight away that I have to withdraw from the interview${when}.`,
      `I'm letting you know right away that I'm not able to go ahead with the interview${when}.`,
    ],
    formal: [
      `I am writing promptly to let you know that I must withdraw from the interview${when}.`,
      `I wish to inform you without delay that I am withdrawing from the interview${when}.`,
      `I am writing straight away to withdraw from the interview${when}.`,
    ],
    brief: [`I must withdraw from the interview${when}.`, `I am writing to withdraw from the interview${when}.`, `I need to withdraw from the interview${when}.`],
  }),
  sorry: {
    warm: ["I'm sorry for the change of plans after you'd set time aside for me.", 'I apologise for changing our plans at this stage.', "I'm sorry to change our plans when you've already made room for me."],
    formal: [
      'I apologise for this change of plans and for any rearranging it requires.',
      'Please accept my apologies for the change to the arrangements.',
      'I regret having to change the arrangements, and I apologise for it.',
    ],
    brief: ['I apologise for the change of plans.', 'Sorry for the change of plans.', 'My apologies for changing our plans at this stage.'],
  },
  // no_reason: a line of regret about the cancelled conversation.
  bridge: {
    warm: [
      "I'd been looking forward to our conversation, so this wasn't an easy decision.",
      "This wasn't an easy decision, as I'd been looking forward to meeting you.",
      "I'd been looking forward to meeting you, which made this a hard decision.",
    ],
    formal: [
      'This was not an easy decision, as I had been looking forward to our conversation.',
      'I had been looking forward to meeting you, and the decision was not an easy one.',
      'It was a difficult decision, as I had been looking forward to our meeting.',
    ],
    brief: ['This was not an easy decision.', 'I had been looking forward to it.', 'It was a difficult decision.'],
  },
  referral: (name) => ({
    warm: [
      `If it helps, I'd be happy to recommend ${name}, who I think would be a strong fit for the role.`,
      `You might like to speak with ${name}; I'd happily recommend them for the position.`,
      `If you're still looking, ${name} would be well worth talking to; I'd gladly recommend them.`,
    ],
    formal: [
      `If it would be helpful, I would be pleased to recommend ${name}, whom I consider well suited to the role.`,
      `May I suggest ${name}, who I believe would be an excellent candidate for the position?`,
      `Should it be of use, I would gladly recommend ${name} for the position.`,
    ],
    brief: [`I can recommend ${name} for the role.`, `${name} may be a strong candidate for the role.`, `I would recommend ${name} for the position.`],
  }),
  admired: (v) => {
    const co = companyOr(v, 'your company');
    return {
      warm: [
        `I've long admired ${co} and would love to stay in touch about future opportunities.`,
        `I really hope our paths cross again, as ${co} is a place I admire.`,
        `I think very highly of ${co}, and I'd be glad to hear about future openings.`,
      ],
      formal: [
        `I have long admired ${co} and would welcome being considered for future roles.`,
        `I hold ${co} in high regard and hope to stay in touch regarding future opportunities.`,
        `I think very highly of ${co} and would welcome hearing about future roles.`,
      ],
      brief: [`I admire ${co} and hope to stay in touch.`, `I would welcome future opportunities at ${co}.`, `I think highly of ${co} and hope to stay in touch.`],
    };
  },
  closing: (v) => ({
    warm: [
      `I hope you understand, and I wish ${teamRef(v)} all the best. I would love to stay in touch.`,
      'I hope you will understand, and that our paths cross again in the future.',
      `I hope you understand; I'd be glad to stay in touch, and I wish ${teamRef(v)} well.`,
    ],
    formal: [
      `I trust you will understand, and I wish you and ${teamRef(v)} every success. I hope to stay in touch.`,
      'I hope for your understanding and that we may have the opportunity to work together in the future.',
      `I hope you will understand, and I wish ${teamRef(v)} continued success.`,
    ],
    brief: ['I hope to stay in touch.', 'I wish you every success and hope our paths cross again.', 'I hope you understand, and I wish you every success in filling the role.'],
  }),
};
