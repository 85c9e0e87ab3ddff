import type { DeclinePhrases } from '../letters/phrases';

export const decline: DeclinePhrases = {
  thanks: (r) => ({
    polite: {
      warm: [
        `Hartelijk dank voor uw uitnodiging voor een sollicitatiegesprek voor ${r} en voor de tijd die u aan mijn sollicitatie hebt besteed.`,
        `Veel dank voor de uitnodiging voor een gesprek voor ${r}; ik was er erg blij mee.`,
        `Dank u wel voor de uitnodiging voor een sollicitatiegesprek voor ${r} en voor uw belangstelling.`,
      ],
      formal: [
        `Hartelijk dank voor uw uitnodiging voor een sollicitatiegesprek voor ${r} en voor uw interesse in mijn sollicitatie.`,
        `Ik dank u voor de uitnodiging voor een sollicitatiegesprek voor ${r} en voor de aandacht voor mijn sollicitatie.`,
        `Mijn dank voor uw uitnodiging voor een sollicitatiegesprek voor ${r} en voor de tijd die u aan mijn sollicitatie hebt besteed.`,
      ],
      brief: [`Dank voor de uitnodiging voor een gesprek voor ${r}.`, `Bedankt voor uw uitnodiging voor een sollicitatiegesprek voor ${r}.`, `Dank u voor de uitnodiging voor een gesprek voor ${r}.`],
    },
    familiar: {
      warm: [
        `Hartelijk dank voor je uitnodiging voor een sollicitatiegesprek voor ${r} en voor de tijd die je aan mijn sollicitatie hebt besteed.`,
        `Veel dank voor de uitnodiging voor een gesprek voor ${r}; ik was er erg blij mee.`,
        `Dank je wel voor de uitnodiging voor een sollicitatiegesprek voor ${r} en voor je belangstelling.`,
      ],
      formal: [
        `Hartelijk dank voor je uitnodiging voor een sollicitatiegesprek voor ${r} en voor je interesse in mijn sollicitatie.`,
        `Ik dank je voor de uitnodiging voor een sollicitatiegesprek voor ${r} en voor de aandacht voor mijn sollicitatie.`,
        `Mijn dank voor je uitnodiging voor een sollicitatiegesprek voor ${r} en voor de tijd die je aan mijn sollicitatie hebt besteed.`,
      ],
      brief: [`Dank voor de uitnodiging voor een gesprek voor ${r}.`, `Bedankt voor je uitnodiging voor een sollicitatiegesprek voor ${r}.`, `Dank je voor de uitnodiging voor een gesprek voor ${r}.`],
    },
  }),
  decision: {
    warm: ['Na lang nadenken heb ik besloten het gesprek af te zeggen.', 'Ik heb er goed over nagedacht en besloten niet verder te gaan met de procedure.', 'Na rustig nadenken heb ik besloten het gesprek af te zeggen.'],
    formal: ['Na zorgvuldige afweging heb ik besloten het gesprek af te zeggen.', 'Na rijp beraad zie ik helaas af van het gesprek.', 'Na grondige overweging heb ik besloten het gesprek af te zeggen.'],
    brief: ['Ik zeg het gesprek echter af.', 'Ik heb besloten niet verder te gaan met de procedure.', 'Ik moet het gesprek helaas afzeggen.'],
  },
  remoteDecision: ['Helaas kan ik niet naar een gesprek op locatie komen.', 'Een gesprek op kantoor is voor mij helaas niet haalbaar, dus dat moet ik afzeggen.', 'Een gesprek ter plaatse moet ik helaas afzeggen.'],
  remoteAsk: ['Zou een gesprek via video mogelijk zijn? Daar neem ik graag aan deel.', 'Als een video- of telefoongesprek mogelijk is, doe ik daar graag aan mee.', 'Kan het gesprek eventueel via video of telefoon plaatsvinden? Dan ben ik er graag bij.'],
  bridge: {
    polite: {
      full: [
        'Het was geen makkelijke beslissing, en ik heb er goed over nagedacht.',
        'Ik wilde het u laten weten zodra mijn besluit vaststond, zodat u op tijd kunt plannen.',
        'Ik heb er rustig over nagedacht voordat ik u schreef, en het was geen makkelijke beslissing.',
      ],
      brief: ['Het was geen makkelijke beslissing, maar wel de juiste voor mij.', 'Ik heb deze beslissing zorgvuldig en goed overwogen.', 'Ik heb lang nagedacht voordat ik dit besloot.'],
    },
    familiar: {
      full: [
        'Het was geen makkelijke beslissing, en ik heb er goed over nagedacht.',
        'Ik wilde het je laten weten zodra mijn besluit vaststond, zodat je op tijd kunt plannen.',
        'Ik heb er rustig over nagedacht voordat ik je schreef, en het was geen makkelijke beslissing.',
      ],
      brief: ['Het was geen makkelijke beslissing, maar wel de juiste voor mij.', 'Ik heb deze beslissing zorgvuldig en goed overwogen.', 'Ik heb lang nagedacht voordat ik dit besloot.'],
    },
  },
  goodwill: {
    full: ['De uitnodiging deed mij veel plezier.', 'Ik was erg blij met de uitnodiging.', 'Het was fijn om de uitnodiging te ontvangen.'],
    brief: ['De uitnodiging deed mij plezier.', 'Ik was blij met de uitnodiging.', 'De uitnodiging was een fijn bericht.'],
  },
  admired: (v) => {
    const table = (co: string) => ({
      full: [
        `Ik bewonder ${co} al lang en zou graag in contact blijven voor toekomstige kansen.`,
        `Ik heb veel waardering voor ${co} en hoop echt dat onze wegen elkaar in de toekomst weer kruisen.`,
        `Ik heb veel respect voor ${co} en hoor graag van toekomstige vacatures.`,
      ],
      brief: [`Ik waardeer ${co} zeer en blijf graag in contact.`, `Ik hoop in de toekomst met ${co} samen te werken.`, `Ik heb veel respect voor ${co} en hoop in contact te blijven.`],
    });
    return { polite: table(v.company || 'uw organisatie'), familiar: table(v.company || 'jullie organisatie') };
  },
  closing: {
    polite: {
      warm: ['Ik wens u en het hele team veel succes en hoop dat onze wegen elkaar weer kruisen.', 'Ik zou graag in contact blijven en wens u veel succes met de werving.', 'Ik blijf graag in contact en wens u en het hele team het allerbeste voor de toekomst.'],
      formal: [
        'Ik wens u en uw team veel succes en hoop dat we in de toekomst de kans krijgen samen te werken.',
        'Ik blijf graag in contact en wens u veel succes bij het vinden van de juiste kandidaat.',
        'Graag blijf ik met u in contact, en ik wens u en uw team veel succes in de toekomst.',
      ],
      brief: ['Ik wens u veel succes en blijf graag in contact.', 'Hopelijk kruisen onze wegen elkaar in de toekomst weer.', 'Veel succes met de werving; ik blijf graag in contact.'],
    },
    familiar: {
      warm: ['Ik wens jou en het hele team veel succes en hoop dat onze wegen elkaar weer kruisen.', 'Ik zou graag in contact blijven en wens je veel succes met de werving.', 'Ik blijf graag in contact en wens jou en het hele team het allerbeste voor de toekomst.'],
      formal: [
        'Ik wens jou en je team veel succes en hoop dat we in de toekomst de kans krijgen samen te werken.',
        'Ik blijf graag in contact en wens je veel succes bij het vinden van de juiste kandidaat.',
        'Graag blijf ik met je in contact, en ik wens jou en je team veel succes in de toekomst.',
      ],
      brief: ['Ik wens je veel succes en blijf graag in contact.', 'Hopelijk kruisen onze wegen elkaar in de toekomst weer.', 'Veel succes met de werving; ik blijf graag in contact.'],
    },
  },
};
