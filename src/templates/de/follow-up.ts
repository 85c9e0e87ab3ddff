import type { FollowUpPhrases } from '../letters/phrases';

export const followUp: FollowUpPhrases = {
  thanks: (r) => ({
    polite: [
      `Vielen Dank noch einmal für Ihr Verständnis, was ${r} betrifft.`,
      `Noch einmal herzlichen Dank, dass Sie meine Absage für ${r} so verständnisvoll aufgenommen haben.`,
      `Ich danke Ihnen noch einmal für Ihr Verständnis bei meiner Absage für ${r}.`,
    ],
    familiar: [
      `Vielen Dank noch einmal für dein Verständnis, was ${r} betrifft.`,
      `Noch einmal herzlichen Dank, dass du meine Absage für ${r} so verständnisvoll aufgenommen hast.`,
      `Ich danke dir noch einmal für dein Verständnis bei meiner Absage für ${r}.`,
    ],
  }),
  connect: {
    polite: {
      warm: [
        'Der Austausch mit Ihnen hat mir gefallen, und ich würde gern in Kontakt bleiben; wollen wir uns auf LinkedIn vernetzen?',
        'Ich würde mich freuen, wenn wir in Kontakt bleiben, und schicke Ihnen gern eine Kontaktanfrage auf LinkedIn.',
        'Gern würde ich in Kontakt bleiben; darf ich Ihnen auf LinkedIn eine Kontaktanfrage schicken?',
      ],
      formal: ['Gern würde ich mit Ihnen in Kontakt bleiben und mich auf LinkedIn mit Ihnen vernetzen.', 'Über eine Vernetzung auf LinkedIn würde ich mich freuen.', 'Ich würde gern mit Ihnen in Kontakt bleiben, zum Beispiel über LinkedIn.'],
      brief: ['Wollen wir uns auf LinkedIn vernetzen?', 'Gern vernetze ich mich mit Ihnen auf LinkedIn.', 'Darf ich Ihnen auf LinkedIn eine Kontaktanfrage schicken?'],
    },
    familiar: {
      warm: [
        'Der Austausch mit dir hat mir gefallen, und ich würde gern in Kontakt bleiben; wollen wir uns auf LinkedIn vernetzen?',
        'Ich würde mich freuen, wenn wir in Kontakt bleiben, und schicke dir gern eine Kontaktanfrage auf LinkedIn.',
        'Gern würde ich in Kontakt bleiben; darf ich dir auf LinkedIn eine Kontaktanfrage schicken?',
      ],
      formal: ['Gern würde ich mit dir in Kontakt bleiben und mich auf LinkedIn mit dir vernetzen.', 'Über eine Vernetzung auf LinkedIn würde ich mich freuen.', 'Ich würde gern mit dir in Kontakt bleiben, zum Beispiel über LinkedIn.'],
      brief: ['Wollen wir uns auf LinkedIn vernetzen?', 'Gern vernetze ich mich mit dir auf LinkedIn.', 'Darf ich dir auf LinkedIn eine Kontaktanfrage schicken?'],
    },
  },
  future: (v) => {
    const at = v.company ? ` bei ${v.company}` : '';
    return {
      polite: {
        full: [`Bei künftigen offenen Stellen${at} denken Sie gern an mich.`, `Über künftige Gelegenheiten${at} würde ich mich sehr freuen.`, `Ich würde mich freuen, von künftigen Stellen${at} zu hören.`],
        brief: ['Denken Sie gern bei künftigen Stellen an mich.', 'Ich freue mich, in Kontakt zu bleiben.', 'Über künftige Stellen würde ich mich freuen.'],
      },
      familiar: {
        full: [`Bei künftigen offenen Stellen${at} denk gern an mich.`, `Über künftige Gelegenheiten${at} würde ich mich sehr freuen.`, `Ich würde mich freuen, von künftigen Stellen${at} zu hören.`],
        brief: ['Denk gern bei künftigen Stellen an mich.', 'Ich freue mich, in Kontakt zu bleiben.', 'Über künftige Stellen würde ich mich freuen.'],
      },
    };
  },
};
