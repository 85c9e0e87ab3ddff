import type { Ctx, IntentTemplate } from '../model';
import { sentences } from '../model';
import { companyOr, roleRef, scheduledFor, teamRef } from './common';
import { reasonSentence } from './reasons';

// A late withdrawal opens by apologising for the delay; that single apology then also
// stands for the change of plans, so the draft never stacks two.
function lateOpening(c: Ctx): string {
  if (!c.v.lateReply) return '';
  return {
    warm: c.pick('en.withdraw.late', [
      "I'm sorry for the slow reply, and for the change of plans it brings.",
      'Apologies for not writing sooner, and for changing our plans.',
    ]),
    formal: c.pick('en.withdraw.late', [
      'Please accept my apologies for the delay in writing and for this change of plans.',
      'I apologise for not writing sooner and for the change to our arrangements.',
    ]),
    brief: c.pick('en.withdraw.late', [
      'Apologies for the late notice and the change of plans.',
      'Sorry for the late reply and the change of plans.',
    ]),
  }[c.tone];
}

function thanks(c: Ctx): string {
  const r = roleRef(c.v);
  return {
    warm: c.pick('en.withdraw.thanks', [
      `Thank you again for inviting me to interview for ${r}.`,
      `Thanks so much for the invitation to interview for ${r} and for arranging it.`,
    ]),
    formal: c.pick('en.withdraw.thanks', [
      `Thank you once again for inviting me to interview for ${r}.`,
      `I am grateful for the invitation to interview for ${r} and for your work in arranging it.`,
    ]),
    brief: c.pick('en.withdraw.thanks', [
      `Thank you for inviting me to interview for ${r}.`,
      `Thanks for arranging the interview for ${r}.`,
    ]),
  }[c.tone];
}

function decision(c: Ctx): string {
  const when = scheduledFor(c.v);
  return {
    warm: c.pick('en.withdraw.decision', [
      `I'm writing as soon as I can to let you know that I need to withdraw from the interview${when}.`,
      `I wanted to tell you straight away that I have to withdraw from the interview${when}.`,
    ]),
    formal: c.pick('en.withdraw.decision', [
      `I am writing promptly to let you know that I must withdraw from the interview${when}.`,
      `I wish to inform you without delay that I am withdrawing from the interview${when}.`,
    ]),
    brief: c.pick('en.withdraw.decision', [
      `I must withdraw from the interview${when}.`,
      `I am writing to withdraw from the interview${when}.`,
    ]),
  }[c.tone];
}

function apology(c: Ctx): string {
  if (c.v.lateReply) return '';
  return {
    warm: c.pick('en.withdraw.sorry', [
      "I'm sorry for the change of plans after you'd set time aside for me.",
      'I apologise for changing our plans at this stage.',
    ]),
    formal: c.pick('en.withdraw.sorry', [
      'I apologise for this change of plans and for any rearranging it requires.',
      'Please accept my apologies for the change to the arrangements.',
    ]),
    brief: c.pick('en.withdraw.sorry', ['I apologise for the change of plans.', 'Sorry for the change of plans.']),
  }[c.tone];
}

// no_reason: a line of regret about the cancelled conversation, so the email does not feel clipped.
function bridge(c: Ctx): string {
  if (c.reason !== 'no_reason' || c.v.reasonDetail !== '') return '';
  return {
    warm: c.pick('en.withdraw.bridge', [
      "I'd been looking forward to our conversation, so this wasn't an easy decision.",
      "This wasn't an easy decision, as I'd been looking forward to meeting you.",
    ]),
    formal: c.pick('en.withdraw.bridge', [
      'This was not an easy decision, as I had been looking forward to our conversation.',
      'I had been looking forward to meeting you, and the decision was not an easy one.',
    ]),
    brief: c.pick('en.withdraw.bridge', ['This was not an easy decision.', 'I had been looking forward to it.']),
  }[c.tone];
}

function referral(c: Ctx): string {
  const name = c.v.referralName;
  if (!name) return '';
  return {
    warm: c.pick('en.withdraw.referral', [
      `If it helps, I'd be happy to recommend ${name}, who I think would be a strong fit for the role.`,
      `You might like to speak with ${name}; I'd happily recommend them for the position.`,
    ]),
    formal: c.pick('en.withdraw.referral', [
      `If it would be helpful, I would be pleased to recommend ${name}, whom I consider well suited to the role.`,
      `May I suggest ${name}, who I believe would be an excellent candidate for the position?`,
    ]),
    brief: c.pick('en.withdraw.referral', [
      `I can recommend ${name} for the role.`,
      `${name} may be a strong candidate for the role.`,
    ]),
  }[c.tone];
}

function closing(c: Ctx): string {
  const v = c.v;
  if (c.reason === 'admired_company') {
    const co = companyOr(v, 'your company');
    return {
      warm: c.pick('en.withdraw.admired', [
        `I've long admired ${co} and would love to stay in touch about future opportunities.`,
        `I really hope our paths cross again, as ${co} is a place I admire.`,
      ]),
      formal: c.pick('en.withdraw.admired', [
        `I have long admired ${co} and would welcome being considered for future roles.`,
        `I hold ${co} in high regard and hope to stay in touch regarding future opportunities.`,
      ]),
      brief: c.pick('en.withdraw.admired', [
        `I admire ${co} and hope to stay in touch.`,
        `I would welcome future opportunities at ${co}.`,
      ]),
    }[c.tone];
  }
  return {
    warm: c.pick('en.withdraw.closing', [
      `Thank you for your understanding. I wish ${teamRef(v)} all the best and hope we stay in touch.`,
      'I truly appreciate your understanding, and I hope our paths cross again in the future.',
    ]),
    formal: c.pick('en.withdraw.closing', [
      `Thank you for your understanding. I wish you and ${teamRef(v)} every success and hope to stay in touch.`,
      'I appreciate your understanding and hope we may have the opportunity to work together in the future.',
    ]),
    brief: c.pick('en.withdraw.closing', [
      'Thank you for understanding; I hope to stay in touch.',
      'I wish you every success and hope our paths cross again.',
    ]),
  }[c.tone];
}

export const withdraw: IntentTemplate = {
  letter: true,
  paragraphs(c) {
    return [
      sentences(lateOpening(c), thanks(c), decision(c)),
      sentences(reasonSentence(c), bridge(c), apology(c)),
      referral(c),
      closing(c),
    ].filter((p) => p !== '');
  },
};
