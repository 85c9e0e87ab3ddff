import type { ReschedulePhrases } from '../letters/phrases';

export const reschedule: ReschedulePhrases = {
  thanks: (r) => ({
    full: [`Agradeço muito o convite para a entrevista para ${r}.`, `Agradeço o convite para uma entrevista para ${r}, que recebi com muita satisfação.`, `Agradeço sinceramente o convite para uma entrevista para ${r}.`],
    brief: [`Agradeço o convite para a entrevista para ${r}.`, `Agradeço o convite para uma entrevista para ${r}.`, `Agradeço muito o convite para a entrevista para ${r}.`],
  }),
  decision: (t) => ({
    warm: [
      `Infelizmente, não poderei comparecer no horário proposto${t}; poderíamos encontrar outra data?`,
      `Infelizmente, o horário proposto${t} não funciona para mim; poderíamos remarcar a entrevista para outro momento?`,
      `Receio não poder participar da entrevista${t}; seria possível marcar outra data?`,
    ],
    formal: [
      `Infelizmente, não poderei participar da entrevista prevista${t}, por isso gostaria de solicitar que fosse remarcada.`,
      `Gostaria de perguntar se seria possível remarcar a entrevista${t} para outra data, pois não poderei comparecer.`,
      `Como não poderei estar presente na entrevista prevista${t}, gostaria de saber se seria possível marcar outro horário.`,
    ],
    brief: [`Não poderei participar da entrevista${t}; poderíamos remarcar?`, `Seria possível remarcar a entrevista${t}?`, `Não poderei estar na entrevista${t}; podemos marcar outro horário?`],
  }),
  noneFit: {
    warm: [
      'Infelizmente, nenhum dos horários propostos funciona para mim; poderíamos remarcar a entrevista?',
      'Nenhum dos horários sugeridos é possível para mim; poderíamos encontrar outro momento para a entrevista?',
      'Receio que nenhum dos horários propostos seja possível para mim; poderíamos marcar outra data?',
    ],
    formal: [
      'Infelizmente, não me é possível participar em nenhum dos horários propostos, por isso gostaria de solicitar que a entrevista fosse remarcada.',
      'Como nenhum dos horários propostos é possível para mim, gostaria de pedir que remarcássemos a entrevista.',
      'Infelizmente, nenhum dos horários propostos me é possível; seria possível marcar a entrevista em outro momento?',
    ],
    brief: ['Nenhum dos horários propostos funciona para mim; poderíamos remarcar?', 'Poderíamos remarcar a entrevista? Nenhum dos horários propostos funciona para mim.', 'Nenhum dos horários me é possível; podemos marcar outra data?'],
  },
  slotsIntro: ['Eu teria disponibilidade nestes horários:', 'Algum destes horários seria conveniente?', 'Eu poderia participar em qualquer um destes horários:'],
  slotsLink: (link) => [`Também é possível escolher um horário aqui: ${link}`],
  link: (link) => [`Se for mais prático, é possível escolher o horário preferido neste link: ${link}`, `A minha disponibilidade está aqui: ${link}`, `É possível reservar diretamente um horário livre na minha agenda: ${link}`],
  ask: {
    full: ['Poderia me indicar alguns horários alternativos? Eu me adapto com prazer à sua agenda.', 'Se puder sugerir outras datas, farei o possível para me adaptar à sua agenda.', 'Quais outras datas seriam boas para você? Eu me organizo de acordo.'],
    brief: ['Poderia indicar outros horários possíveis?', 'Fico no aguardo de outras datas possíveis.', 'Poderia sugerir outras datas?'],
  },
  sorry: ['Desculpe o transtorno.', 'Peço desculpas por precisar pedir outro horário.', 'Desculpe por pedir outro horário.'],
  close: {
    full: ['A vaga continua me interessando muito, e aguardo com interesse a nossa conversa.', 'Meu interesse pela vaga continua o mesmo, e fico no aguardo do seu retorno.', 'A vaga me interessa muito, e espero que encontremos um horário que funcione para ambos.'],
    brief: ['Fico no aguardo do seu retorno.', 'A vaga continua me interessando muito.', 'Meu interesse pela vaga continua o mesmo.'],
  },
};
