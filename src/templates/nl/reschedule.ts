import type { ReschedulePhrases } from '../letters/phrases';

// Their time is a proposal ("voorgesteld"), not yet an agreement.
export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    polite: {
      full: [`Hartelijk dank voor uw uitnodiging voor een sollicitatiegesprek voor ${r}; ik was er erg blij mee.`, `Veel dank voor de uitnodiging voor een gesprek voor ${r}.`, `Dank u wel voor de uitnodiging voor een sollicitatiegesprek voor ${r}.`],
      brief: [`Dank voor de uitnodiging voor een gesprek voor ${r}.`, `Bedankt voor uw uitnodiging voor een sollicitatiegesprek voor ${r}.`, `Dank u voor de uitnodiging voor een gesprek voor ${r}.`],
    },
    familiar: {
      full: [`Hartelijk dank voor je uitnodiging voor een sollicitatiegesprek voor ${r}; ik was er erg blij mee.`, `Veel dank voor de uitnodiging voor een gesprek voor ${r}.`, `Dank je wel voor de uitnodiging voor een sollicitatiegesprek voor ${r}.`],
      brief: [`Dank voor de uitnodiging voor een gesprek voor ${r}.`, `Bedankt voor je uitnodiging voor een sollicitatiegesprek voor ${r}.`, `Dank je voor de uitnodiging voor een gesprek voor ${r}.`],
    },
  }),
  decision: (t) => ({
    polite: {
      warm: [
        `Helaas kan ik niet op het voorgestelde tijdstip${t}; zouden we het gesprek kunnen verzetten?`,
        `Het voorgestelde tijdstip${t} komt mij helaas niet uit; kunnen we een andere datum kiezen?`,
        `Ik ben helaas verhinderd bij het gesprek${t}; zouden we een ander moment kunnen vinden?`,
      ],
      formal: [
        `Helaas kan ik het voorgestelde gesprek${t} niet bijwonen en wil ik u vragen of het verzet kan worden.`,
        `Ik wil u vragen of het gesprek${t} naar een ander moment verplaatst kan worden, omdat ik dan verhinderd ben.`,
        `Omdat ik bij het voorgestelde gesprek${t} helaas verhinderd ben, vraag ik u vriendelijk of we een andere datum kunnen kiezen.`,
      ],
      brief: [`Ik kan helaas niet bij het gesprek${t} zijn; kunnen we het verzetten?`, `Kunnen we het gesprek${t} naar een ander moment verplaatsen?`, `Ik ben verhinderd bij het gesprek${t}; kunnen we een andere datum kiezen?`],
    },
    familiar: {
      warm: [
        `Helaas kan ik niet op het voorgestelde tijdstip${t}; zouden we het gesprek kunnen verzetten?`,
        `Het voorgestelde tijdstip${t} komt mij helaas niet uit; kunnen we een andere datum kiezen?`,
        `Ik ben helaas verhinderd bij het gesprek${t}; zouden we een ander moment kunnen vinden?`,
      ],
      formal: [
        `Helaas kan ik het voorgestelde gesprek${t} niet bijwonen en wil ik je vragen of het verzet kan worden.`,
        `Ik wil je vragen of het gesprek${t} naar een ander moment verplaatst kan worden, omdat ik dan verhinderd ben.`,
        `Omdat ik bij het voorgestelde gesprek${t} helaas verhinderd ben, vraag ik je vriendelijk of we een andere datum kunnen kiezen.`,
      ],
      brief: [`Ik kan helaas niet bij het gesprek${t} zijn; kunnen we het verzetten?`, `Kunnen we het gesprek${t} naar een ander moment verplaatsen?`, `Ik ben verhinderd bij het gesprek${t}; kunnen we een andere datum kiezen?`],
    },
  }),
  noneFit: {
    polite: {
      warm: [
        'Helaas komt geen van de voorgestelde tijdstippen mij uit; kunnen we een ander moment voor het gesprek vinden?',
        'Geen van de voorgestelde tijden is voor mij haalbaar; zou het gesprek verzet kunnen worden?',
        'Ik kan helaas op geen van de voorgestelde tijden; zouden we een andere datum kunnen kiezen?',
      ],
      formal: [
        'Helaas kan ik op geen van de voorgestelde tijdstippen, en wil ik u vragen of het gesprek op een ander moment kan plaatsvinden.',
        'Omdat geen van de voorgestelde tijden voor mij haalbaar is, wil ik u vragen het gesprek te verzetten.',
        'Geen van de voorgestelde tijdstippen is voor mij helaas mogelijk; zou het gesprek naar een ander moment verplaatst kunnen worden?',
      ],
      brief: ['Geen van de voorgestelde tijden komt mij uit; kunnen we het gesprek verzetten?', 'Kunnen we een ander moment kiezen? Geen van de voorgestelde tijden komt mij uit.', 'Geen van de voorgestelde tijden lukt mij; kunnen we een andere datum kiezen?'],
    },
    familiar: {
      warm: [
        'Helaas komt geen van de voorgestelde tijdstippen mij uit; kunnen we een ander moment voor het gesprek vinden?',
        'Geen van de voorgestelde tijden is voor mij haalbaar; zou het gesprek verzet kunnen worden?',
        'Ik kan helaas op geen van de voorgestelde tijden; zouden we een andere datum kunnen kiezen?',
      ],
      formal: [
        'Helaas kan ik op geen van de voorgestelde tijdstippen, en wil ik je vragen of het gesprek op een ander moment kan plaatsvinden.',
        'Omdat geen van de voorgestelde tijden voor mij haalbaar is, wil ik je vragen het gesprek te verzetten.',
        'Geen van de voorgestelde tijdstippen is voor mij helaas mogelijk; zou het gesprek naar een ander moment verplaatst kunnen worden?',
      ],
      brief: ['Geen van de voorgestelde tijden komt mij uit; kunnen we het gesprek verzetten?', 'Kunnen we een ander moment kiezen? Geen van de voorgestelde tijden komt mij uit.', 'Geen van de voorgestelde tijden lukt mij; kunnen we een andere datum kiezen?'],
    },
  },
  slotsIntro: {
    polite: ['Ik ben beschikbaar op de volgende momenten:', 'Komt een van deze tijden u uit?', 'Op deze momenten zou ik kunnen:'],
    familiar: ['Ik ben beschikbaar op de volgende momenten:', 'Komt een van deze tijden je uit?', 'Op deze momenten zou ik kunnen:'],
  },
  slotsLink: (link) => ({ polite: [`U kunt ook hier een tijdstip kiezen: ${link}`], familiar: [`Je kunt ook hier een tijdstip kiezen: ${link}`] }),
  link: (link) => ({
    polite: [`Als dat makkelijker is, kunt u via deze link een geschikt tijdstip kiezen: ${link}`, `Mijn beschikbaarheid vindt u hier: ${link}`, `U kunt direct een vrij moment in mijn agenda kiezen: ${link}`],
    familiar: [`Als dat makkelijker is, kun je via deze link een geschikt tijdstip kiezen: ${link}`, `Mijn beschikbaarheid vind je hier: ${link}`, `Je kunt direct een vrij moment in mijn agenda kiezen: ${link}`],
  }),
  ask: {
    polite: {
      full: ['Zou u mij een paar andere tijdstippen kunnen noemen? Ik pas mij graag aan uw agenda aan.', 'Als u mij een paar andere data voorstelt, doe ik mijn best om mij aan uw planning aan te passen.', 'Welke andere momenten zouden u schikken? Ik pas mij graag aan.'],
      brief: ['Kunt u een paar andere tijden voorstellen?', 'Welke andere momenten zouden u uitkomen?', 'Zou u een andere datum kunnen voorstellen?'],
    },
    familiar: {
      full: ['Zou je mij een paar andere tijdstippen kunnen noemen? Ik pas mij graag aan je agenda aan.', 'Als je mij een paar andere data voorstelt, doe ik mijn best om mij aan je planning aan te passen.', 'Welke andere momenten zouden je schikken? Ik pas mij graag aan.'],
      brief: ['Kun je een paar andere tijden voorstellen?', 'Welke andere momenten zouden je uitkomen?', 'Zou je een andere datum kunnen voorstellen?'],
    },
  },
  sorry: ['Excuses voor het ongemak.', 'Het spijt me dat ik om een nieuw tijdstip moet vragen.', 'Excuses dat ik om een ander moment vraag.'],
  close: {
    polite: {
      full: ['De functie spreekt mij nog steeds erg aan en ik kijk uit naar ons gesprek.', 'Ik blijf zeer geïnteresseerd in de functie en hoor graag van u.', 'De functie interesseert mij zeer, en ik hoop dat we een geschikt moment vinden.'],
      brief: ['Ik kijk uit naar ons gesprek.', 'De functie spreekt mij nog steeds erg aan.', 'Mijn interesse in de functie is onveranderd.'],
    },
    familiar: {
      full: ['De functie spreekt mij nog steeds erg aan en ik kijk uit naar ons gesprek.', 'Ik blijf zeer geïnteresseerd in de functie en hoor graag van je.', 'De functie interesseert mij zeer, en ik hoop dat we een geschikt moment vinden.'],
      brief: ['Ik kijk uit naar ons gesprek.', 'De functie spreekt mij nog steeds erg aan.', 'Mijn interesse in de functie is onveranderd.'],
    },
  },
};
