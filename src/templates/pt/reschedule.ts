import type { ReschedulePhrases } from '../letters/phrases';

export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    full: [`Agradeço muito o convite para a entrevista para ${r}.`, `Agradeço o convite para uma entrevista para ${r}, que recebi com muita satisfação.`],
    brief: [`Agradeço o convite para a entrevista para ${r}.`, `Agradeço o convite para uma entrevista para ${r}.`],
  }),
  decision: (t) => ({
    warm: [
      `Infelizmente, não poderei comparecer no horário proposto${t}; poderíamos encontrar outra data?`,
      `Infelizmente, o horário proposto${t} não funciona para mim; poderíamos remarcar a entrevista para outro momento?`,
    ],
    formal: [
      `Infelizmente, não poderei participar da entrevista prevista${t}, por isso gostaria de solicitar que fosse remarcada.`,
      `Gostaria de perguntar se seria possível remarcar a entrevista${t} para outra data, pois não poderei comparecer.`,
    ],
    brief: [`Não poderei participar da entrevista${t}; poderíamos remarcar?`, `Seria possível remarcar a entrevista${t}?`],
  }),
  noneFit: {
    warm: [
      'Infelizmente, nenhum dos horários propostos funciona para mim; poderíamos remarcar a entrevista?',
      'Nenhum dos horários sugeridos é possível para mim; poderíamos encontrar outro momento para a entrevista?',
    ],
    formal: [
      'Infelizmente, não me é possível participar em nenhum dos horários propostos, por isso gostaria de solicitar que a entrevista fosse remarcada.',
      'Como nenhum dos horários propostos é possível para mim, gostaria de pedir que remarcássemos a entrevista.',
    ],
    brief: ['Nenhum dos horários propostos funciona para mim; poderíamos remarcar?', 'Poderíamos remarcar a entrevista? Nenhum dos horários propostos funciona para mim.'],
  },
  slotsIntro: ['Eu teria disponibilidade nestes horários:', 'Algum destes horários seria conveniente?'],
  slotsLink: (link) => [`Também é possível escolher um horário aqui: ${link}`],
  link: (link) => [`Se for mais prático, é possível escolher o horário preferido neste link: ${link}`, `A minha disponibilidade está aqui: ${link}`],
  ask: {
    full: ['Poderia me indicar alguns horários alternativos? Eu me adapto com prazer à sua agenda.', 'Se puder sugerir outras datas, farei o possível para me adaptar à sua agenda.'],
    brief: ['Poderia indicar outros horários possíveis?', 'Fico no aguardo de outras datas possíveis.'],
  },
  sorry: ['Desculpe o transtorno.', 'Peço desculpas por precisar pedir outro horário.'],
  close: {
    full: ['A vaga continua me interessando muito, e aguardo com interesse a nossa conversa.', 'Meu interesse pela vaga continua o mesmo, e fico no aguardo do seu retorno.'],
    brief: ['Fico no aguardo do seu retorno.', 'A vaga continua me interessando muito.'],
  },
};
