import type { WithdrawPhrases } from '../letters/phrases';

export const withdraw: WithdrawPhrases = {
  late: {
    polite: ['Excuses voor mijn late bericht en voor de gewijzigde planning.', 'Neemt u mij niet kwalijk dat ik pas nu laat weten dat de planning verandert.', 'Het spijt me dat ik pas nu reageer en dat onze afspraak daardoor verandert.'],
    familiar: ['Excuses voor mijn late bericht en voor de gewijzigde planning.', 'Sorry dat ik pas nu laat weten dat de planning verandert.', 'Het spijt me dat ik pas nu reageer en dat onze afspraak daardoor verandert.'],
  },
  thanks: (r) => ({
    polite: [`Nogmaals dank voor uw uitnodiging voor een sollicitatiegesprek voor ${r} en voor de tijd die u erin hebt gestoken.`, `Hartelijk dank voor de uitnodiging voor het gesprek voor ${r} en voor de organisatie ervan.`, `Dank u wel voor de uitnodiging voor het gesprek voor ${r} en voor het inplannen ervan.`],
    familiar: [`Nogmaals dank voor je uitnodiging voor een sollicitatiegesprek voor ${r} en voor de tijd die je erin hebt gestoken.`, `Hartelijk dank voor de uitnodiging voor het gesprek voor ${r} en voor de organisatie ervan.`, `Dank je wel voor de uitnodiging voor het gesprek voor ${r} en voor het inplannen ervan.`],
  }),
  decision: (t) => ({
    polite: {
      warm: [
        `Ik laat u zo snel mogelijk weten dat ik mij helaas moet terugtrekken uit het geplande gesprek${t}.`,
        `Ik wil u meteen laten weten dat ik helaas niet bij het geplande gesprek${t} kan zijn.`,
        `Ik schrijf u direct, omdat ik het geplande gesprek${t} helaas moet afzeggen.`,
      ],
      formal: [
        `Hierbij laat ik u tijdig weten dat ik mijn sollicitatie intrek en het geplande gesprek${t} moet afzeggen.`,
        `Ik wil u zonder uitstel laten weten dat ik het geplande gesprek${t} helaas moet afzeggen.`,
        `Graag laat ik u zo spoedig mogelijk weten dat ik mij moet terugtrekken uit het geplande gesprek${t}.`,
      ],
      brief: [`Helaas moet ik het geplande gesprek${t} afzeggen.`, `Ik trek mij helaas terug uit het geplande gesprek${t}.`, `Ik moet het geplande gesprek${t} helaas afzeggen.`],
    },
    familiar: {
      warm: [
        `Ik laat je zo snel mogelijk weten dat ik mij helaas moet terugtrekken uit het geplande gesprek${t}.`,
        `Ik wil je meteen laten weten dat ik helaas niet bij het geplande gesprek${t} kan zijn.`,
        `Ik schrijf je direct, omdat ik het geplande gesprek${t} helaas moet afzeggen.`,
      ],
      formal: [
        `Hierbij laat ik je tijdig weten dat ik mijn sollicitatie intrek en het geplande gesprek${t} moet afzeggen.`,
        `Ik wil je zonder uitstel laten weten dat ik het geplande gesprek${t} helaas moet afzeggen.`,
        `Graag laat ik je zo snel mogelijk weten dat ik mij moet terugtrekken uit het geplande gesprek${t}.`,
      ],
      brief: [`Helaas moet ik het geplande gesprek${t} afzeggen.`, `Ik trek mij helaas terug uit het geplande gesprek${t}.`, `Ik moet het geplande gesprek${t} helaas afzeggen.`],
    },
  }),
  sorry: {
    polite: ['Excuses dat ik mijn toezegging intrek.', 'Het spijt me dat ik u hiermee ongemak bezorg.', 'Excuses voor de gewijzigde planning.'],
    familiar: ['Excuses dat ik mijn toezegging intrek.', 'Het spijt me dat ik je hiermee ongemak bezorg.', 'Sorry voor de gewijzigde planning.'],
  },
  bridge: ['Het was geen makkelijke beslissing, want ik keek uit naar ons gesprek.', 'Ik keek erg uit naar ons gesprek, dus deze beslissing is me niet makkelijk gevallen.', 'Ik had mij op ons gesprek verheugd, wat de beslissing lastig maakte.'],
  referral: (name) => ({
    polite: [
      `Als het u helpt, kan ik ${name} van harte aanbevelen; naar mijn inschatting past die persoon heel goed bij de functie.`,
      `Mag ik ${name} aanbevelen? Ik denk dat die persoon een uitstekende kandidaat voor de functie zou zijn.`,
      `Mocht u nog kandidaten zoeken, dan beveel ik ${name} graag aan voor de functie.`,
    ],
    familiar: [
      `Als het je helpt, kan ik ${name} van harte aanbevelen; naar mijn inschatting past die persoon heel goed bij de functie.`,
      `Mag ik ${name} aanbevelen? Ik denk dat die persoon een uitstekende kandidaat voor de functie zou zijn.`,
      `Mocht je nog kandidaten zoeken, dan beveel ik ${name} graag aan voor de functie.`,
    ],
  }),
  admired: (v) => {
    const table = (co: string) => [
      `Ik bewonder ${co} al lang en zou graag in contact blijven voor toekomstige kansen.`,
      `Omdat ik veel waardering heb voor ${co}, hoop ik dat onze wegen elkaar in de toekomst weer kruisen.`,
      `Ik heb veel respect voor ${co} en hoor graag van toekomstige vacatures.`,
    ];
    return { polite: table(v.company || 'uw organisatie'), familiar: table(v.company || 'jullie organisatie') };
  },
  closing: {
    polite: {
      full: ['Ik hoop op uw begrip en blijf graag in contact; ik wens u veel succes met de verdere procedure.', 'Ik hoop op uw begrip en dat onze wegen elkaar in de toekomst weer kruisen.', 'Ik reken op uw begrip en hoop dat we in contact blijven.'],
      brief: ['Ik blijf graag in contact.', 'Ik wens u veel succes voor de toekomst.', 'Ik hoop dat u het begrijpt, en wens u veel succes in de toekomst.'],
    },
    familiar: {
      full: ['Ik hoop op je begrip en blijf graag in contact; ik wens je veel succes met de verdere procedure.', 'Ik hoop op je begrip en dat onze wegen elkaar in de toekomst weer kruisen.', 'Ik reken op je begrip en hoop dat we in contact blijven.'],
      brief: ['Ik blijf graag in contact.', 'Ik wens je veel succes voor de toekomst.', 'Ik hoop dat je het begrijpt, en wens je veel succes in de toekomst.'],
    },
  },
};
