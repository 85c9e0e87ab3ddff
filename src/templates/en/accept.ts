import type { AcceptPhrases } from '../letters/phrases';

export const accept: AcceptPhrases = {
  thanks: (r) => ({
    warm: [
      `Thank you so much for inviting me to interview for ${r}.`,
      `Thanks very much for the invitation to interview for ${r}; I was delighted to receive it.`,
      `Thank you for the invitation to interview for ${r}; it was lovely to hear from you.`,
    ],
    formal: [`Thank you for inviting me to interview for ${r}.`, `I am grateful for the invitation to interview for ${r}.`, `Thank you for the invitation to interview for ${r}.`],
    brief: [`Thank you for the invitation to interview for ${r}.`, `Many thanks for inviting me to interview for ${r}.`, `Thanks for inviting me to interview for ${r}.`],
  }),
  // `when` is " scheduled for Tuesday 14 May at 10:00" or "".
  confirm: (when) => ({
    warm: [`I'm happy to accept and confirm the interview${when}.`, `I'd be delighted to attend, and I can confirm the interview${when}.`, `I'm glad to confirm that I'll attend the interview${when}.`],
    formal: [`I am pleased to accept and to confirm my attendance at the interview${when}.`, `I would be glad to attend and confirm the interview${when}.`, `I am pleased to confirm that I will attend the interview${when}.`],
    brief: [`I confirm the interview${when}.`, `I accept and will attend the interview${when}.`, `I can confirm the interview${when}.`],
  }),
  inPerson: ['I will attend in person.', 'I will come to your offices in person.', 'I will be there in person.'],
  inPersonAt: (place) => [`I will come to ${place} in person.`, `I have noted the address and will come to ${place} in person.`, `I will be there in person, at ${place}.`],
  video: ['I will join by video.', 'I will join the video call.', 'I will take part by video.'],
  videoLink: ['I will join by video using the link in your invitation.', 'I have the video link from your invitation and will join with it.', 'I will use the video link in your invitation to join.'],
  phone: ['I will be ready for the phone call.', 'I will be available for the phone call.', 'I will be ready to take your call.'],
  placeNoted: (place) => [`I have noted the place: ${place}.`, `I have noted where it takes place: ${place}.`, `I have made a note of the place: ${place}.`],
  acceptOpen: {
    warm: ["I'm happy to accept the invitation to interview.", "I'd be delighted to attend an interview.", "I'm glad to accept your invitation."],
    formal: ['I am pleased to accept the invitation to interview.', 'I would be glad to attend an interview.', 'I gladly accept your invitation.'],
    brief: ['I accept the invitation to interview.', 'I would be glad to attend.', 'I accept your invitation.'],
  },
  booked: ['I have booked a time through your scheduling link.', 'I have already booked a slot using the link in your invitation.', 'I have picked a time through your booking link.'],
  willBook: ['I will book a time through your scheduling link shortly.', 'I will pick a slot using the link in your invitation shortly.', 'I will choose a time through your booking link shortly.'],
  close: {
    warm: [
      "Please let me know if there's anything I should prepare. I'm looking forward to meeting you!",
      "If there's anything you'd like me to bring or read beforehand, just let me know. See you then!",
      "Just let me know if I should prepare anything. I'm looking forward to our conversation!",
    ],
    formal: [
      'Please let me know if I should prepare anything in advance. I look forward to meeting you.',
      'Should you need any further information from me beforehand, I would be happy to provide it.',
      'If there is anything I should prepare, please let me know. I look forward to our conversation.',
    ],
    brief: ['I look forward to it.', 'See you then.', 'Looking forward to it.'],
  },
};
