import type { LetterLanguage } from '../letters/phrases';

// One brief, honest reason per choice: no medical or family detail, nothing about the company.
export const reasons: LetterLanguage['reasons'] = {
  other_offer: {
    warm: [
      "I've recently accepted an offer for another position, and I'm committed to it.",
      "I've just said yes to another role, so I'm no longer looking.",
      "I've recently accepted another job offer and have committed to it.",
    ],
    formal: [
      'I have recently accepted an offer for another position.',
      'I have since accepted a position elsewhere and have committed to it.',
      'I have recently accepted another offer of employment.',
    ],
    brief: ['I have accepted another offer.', 'I have accepted a position elsewhere.', 'I have recently accepted another role.'],
  },
  not_a_fit: {
    warm: [
      "Having thought it through, I've realised the role isn't quite the direction I want to take my career in.",
      "On reflection, I've concluded that the role and my current goals don't line up as closely as I'd hoped.",
      "After thinking it over, I've realised the role isn't the right match for where I want my career to go.",
    ],
    formal: [
      'Having given it careful thought, I have concluded that the role is not the right match for my current career goals.',
      'On reflection, the position does not align closely enough with the direction I intend to take in my career.',
      'After careful thought, I have concluded that the position does not match the direction of my career.',
    ],
    brief: [
      'The role is not the right match for my current goals.',
      'On reflection, the position does not match my career plans.',
      'The position is not the right fit for my career goals.',
    ],
  },
  personal: {
    warm: [
      "A change in my circumstances means I can't take on a new role right now.",
      "My situation has changed recently, and I'm not in a position to start a new job at the moment.",
      "My circumstances have changed, so I can't take on a new role at the moment.",
    ],
    formal: [
      'A change in my circumstances means I am not able to take on a new role at present.',
      'My circumstances have recently changed, and I cannot commit to a new position at this time.',
      'Owing to a change in my circumstances, I cannot take on a new role at present.',
    ],
    brief: [
      'A change in my circumstances means I cannot take on a new role now.',
      'My circumstances have changed, so I cannot start a new position at present.',
      'My circumstances have changed, and I cannot take on a new role now.',
    ],
  },
  logistics: {
    warm: [
      "The travel involved in an on-site interview just isn't workable for me at the moment.",
      "The distance makes attending in person impractical for me right now.",
      "Travelling to an on-site interview isn't something I can manage at the moment.",
    ],
    formal: [
      'The travel required for an on-site interview is not feasible for me at present.',
      'The distance involved makes attending in person impractical for me.',
      'Travelling to an on-site interview is not practicable for me at present.',
    ],
    brief: ['The travel involved is not workable for me.', 'The distance makes attending in person impractical.', 'Travelling to an on-site interview is not feasible for me.'],
  },
  admired_company: {
    warm: [
      "I've recently accepted another position and want to honour that commitment.",
      "I've just accepted a role elsewhere, and I intend to stand by that decision.",
      "I've recently committed to another position, and I want to keep my word.",
    ],
    formal: [
      'I have recently accepted another position and intend to honour that commitment.',
      'I have accepted a role elsewhere and wish to keep the commitment I have made.',
      'I have recently committed to another position, and I intend to keep my word.',
    ],
    brief: ['I have accepted another position and intend to honour it.', 'I have committed to a role elsewhere.', 'I have accepted another role and will keep that commitment.'],
  },
  conflict: {
    warm: [
      "A commitment I can't move has come up at the same time.",
      "Something I'm unable to rearrange now clashes with that slot.",
      "I have a commitment at that time that I can't move.",
    ],
    formal: [
      'A prior commitment that I am unable to move has arisen at the same time.',
      'An engagement that cannot be rearranged now coincides with that time.',
      'I have a commitment at that time which I am unable to move.',
    ],
    brief: ['I have a commitment at that time that cannot be moved.', 'Another fixed commitment falls at that time.', 'I have a fixed commitment then.'],
  },
  illness: {
    warm: [
      "I'm unwell at the moment and want to be at my best when we speak.",
      "I've fallen ill and need a few days to recover before we meet.",
      "I'm unwell just now, and I'd like a few days to recover so I can be at my best.",
    ],
    formal: [
      'I am currently unwell and would like to be at my best for our conversation.',
      'I have been taken ill and need a few days to recover.',
      'I am unwell at present and need a few days to recover.',
    ],
    brief: ['I am unwell and need a few days to recover.', 'I am currently unwell.', 'I am ill and need a few days to recover.'],
  },
  travel: {
    warm: [
      "I'll be travelling on that date and won't be able to join properly.",
      "I'm away on a trip at that time, so I couldn't give the conversation my full attention.",
      "I'll be away travelling then, so I couldn't take part properly.",
    ],
    formal: [
      'I will be travelling on that date and would not be able to take part properly.',
      'I am away on a trip at that time and could not give our conversation the attention it deserves.',
      'I shall be travelling at that time and could not take part properly.',
    ],
    brief: ['I will be travelling on that date.', 'I am away at that time.', 'I will be away travelling then.'],
  },
};

// 'logistics' for a video or phone interview: timing and availability, never distance.
export const remoteLogistics: LetterLanguage['remoteLogistics'] = {
  full: ['My current commitments leave me no room for the interview process at the moment.', 'My availability at the moment does not allow me to give the process the time it deserves.', 'The timing does not work for me: I cannot make the time for the process right now.'],
  brief: ['My current availability does not allow it.', 'I do not have the time for the process at present.', 'The timing does not work for me.'],
};

// Against several offered times (or a booking link): "those times", never "that date".
export const offeredReasons: LetterLanguage['offeredReasons'] = {
  conflict: {
    full: ['Each of those times clashes with a commitment I am unable to move.', 'I have commitments that I cannot move at each of those times.', 'All of those times fall on commitments I cannot rearrange.'],
    brief: ['I have fixed commitments at those times.', 'Those times clash with fixed commitments.', 'I am committed elsewhere at those times.'],
  },
  travel: {
    full: ['I will be travelling at those times and could not take part properly.', 'I am away on a trip when those interviews would take place.', 'A trip I cannot move falls on all of those dates.'],
    brief: ['I will be travelling at those times.', 'I am away at those times.', 'I will be on a trip on those dates.'],
  },
};
