import type { DeclinePhrases } from '../letters/phrases';

export const decline: DeclinePhrases = {
  thanks: (r) => ({
    warm: [
      `Agradeço muito o convite para a entrevista para ${r} e o tempo dedicado à minha candidatura.`,
      `Agradeço de coração o convite para uma entrevista para ${r}; fiquei muito feliz em recebê-lo.`,
    ],
    formal: [
      `Agradeço o convite para a entrevista para ${r} e o interesse demonstrado pela minha candidatura.`,
      `Gostaria de agradecer o convite para uma entrevista para ${r} e a atenção dada ao meu perfil.`,
    ],
    brief: [`Agradeço o convite para a entrevista para ${r} e o seu tempo.`, `Agradeço o convite para uma entrevista para ${r}.`],
  }),
  decision: {
    warm: ['Depois de pensar bastante, decidi não seguir adiante no processo.', 'Refleti com calma e decidi não continuar no processo seletivo.', 'Depois de pensar com cuidado, decidi declinar a entrevista.'],
    formal: ['Após uma reflexão cuidadosa, decidi declinar o convite.', 'Depois de avaliar com atenção, preciso declinar a entrevista.', 'Após avaliar a situação com cuidado, decidi não seguir adiante com a entrevista.'],
    brief: ['No entanto, depois de pensar bem, decidi declinar.', 'Depois de pensar bem, decidi não continuar no processo seletivo.', 'No entanto, depois de refletir bem, decidi declinar a entrevista.'],
  },
  remoteDecision: ['Infelizmente, não poderei comparecer a uma entrevista presencial.', 'Infelizmente, não poderei ir pessoalmente à entrevista.'],
  remoteAsk: [
    'Seria possível fazê-la por videochamada? Nesse caso, eu participaria com muito prazer.',
    'Se houver a opção de uma entrevista por vídeo ou por telefone, terei prazer em participar dessa forma.',
  ],
  bridge: {
    full: [
      'Não foi uma decisão fácil, pois gostei muito de conhecer melhor a vaga e a empresa.',
      'Valorizo muito a atenção que foi dada à minha candidatura, e esta não foi uma decisão fácil de tomar.',
    ],
    brief: ['Não foi uma decisão fácil, mas é a certa para mim neste momento.', 'Tomei esta decisão depois de pensar com muita calma.'],
  },
  goodwill: {
    full: ['Fiquei muito contente em receber o convite.', 'Receber o convite foi uma ótima notícia para mim.'],
    brief: ['Fiquei contente com o convite.', 'O convite foi uma boa notícia.'],
  },
  admired: (v) => {
    const co = v.company || 'a sua empresa';
    const por = v.company ? `por ${v.company}` : 'pela sua empresa';
    return {
      full: [
        `Admiro ${co} há bastante tempo e gostaria muito de manter contato para futuras oportunidades.`,
        `Tenho grande admiração ${por} e espero sinceramente que nossos caminhos voltem a se cruzar no futuro.`,
      ],
      brief: [`Admiro ${co} e gostaria de manter contato no futuro.`, `Espero que possamos trabalhar juntos no futuro.`],
    };
  },
  closing: {
    warm: ['Desejo muito sucesso a você e a toda a equipe, e espero que nossos caminhos voltem a se cruzar.', 'Gostaria muito de manter contato, e desejo boa sorte na escolha da pessoa certa para a vaga.'],
    formal: [
      'Desejo muito sucesso a você e à sua equipe, e espero que tenhamos a oportunidade de trabalhar juntos no futuro.',
      'Gostaria de manter contato e desejo sucesso na busca pela pessoa certa para a vaga.',
    ],
    brief: ['Desejo muito sucesso e espero que possamos manter contato.', 'Espero que nossos caminhos se cruzem no futuro.'],
  },
};
