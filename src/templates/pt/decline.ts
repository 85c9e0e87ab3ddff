import type { DeclinePhrases } from '../letters/phrases';

export const decline: DeclinePhrases = {
  thanks: (r) => ({
    warm: [
      `Agradeço muito o convite para a entrevista para ${r} e o tempo dedicado à minha candidatura.`,
      `Agradeço de coração o convite para uma entrevista para ${r}; fiquei muito feliz em recebê-lo.`,
      `Agradeço muito o convite para uma entrevista para ${r} e o interesse pela minha candidatura.`,
    ],
    formal: [
      `Agradeço o convite para a entrevista para ${r} e o interesse demonstrado pela minha candidatura.`,
      `Gostaria de agradecer o convite para uma entrevista para ${r} e a atenção dada ao meu perfil.`,
      `Agradeço sinceramente o convite para uma entrevista para ${r}, bem como a atenção dedicada à minha candidatura.`,
    ],
    brief: [`Agradeço o convite para a entrevista para ${r} e o seu tempo.`, `Agradeço o convite para uma entrevista para ${r}.`, `Agradeço muito o convite para a entrevista para ${r}.`],
  }),
  decision: {
    warm: ['Depois de pensar bastante, decidi não seguir adiante no processo.', 'Refleti com calma e decidi não continuar no processo seletivo.', 'Depois de pensar com cuidado, decidi declinar a entrevista.'],
    formal: ['Após uma reflexão cuidadosa, decidi declinar o convite.', 'Depois de avaliar com atenção, preciso declinar a entrevista.', 'Após avaliar a situação com cuidado, decidi não seguir adiante com a entrevista.'],
    brief: ['No entanto, depois de pensar bem, decidi declinar.', 'Depois de pensar bem, decidi não continuar no processo seletivo.', 'No entanto, depois de refletir bem, decidi declinar a entrevista.'],
  },
  remoteDecision: ['Infelizmente, não poderei comparecer a uma entrevista presencial.', 'Infelizmente, não poderei ir pessoalmente à entrevista.', 'Infelizmente, não poderei me deslocar para uma entrevista presencial.'],
  remoteAsk: [
    'Seria possível fazê-la por videochamada? Nesse caso, eu participaria com muito prazer.',
    'Se houver a opção de uma entrevista por vídeo ou por telefone, terei prazer em participar dessa forma.',
    'A entrevista poderia ser feita por vídeo ou por telefone? Eu participaria com prazer.',
  ],
  bridge: {
    full: [
      'Não foi uma decisão fácil, e pensei nela com muita calma antes de escrever.',
      'Quis avisar assim que tomei a decisão, para que possa se organizar com antecedência.',
      'Pensei bastante antes de escrever esta mensagem, e esta não foi uma decisão fácil de tomar.',
    ],
    brief: ['Não foi uma decisão fácil, mas é a certa para mim neste momento.', 'Tomei esta decisão depois de pensar com muita calma.', 'Pensei bastante antes de tomar esta decisão.'],
  },
  goodwill: {
    full: ['Fiquei muito contente em receber o convite.', 'Receber o convite foi uma ótima notícia para mim.', 'Foi uma grande alegria para mim receber este convite.'],
    brief: ['Fiquei contente com o convite.', 'O convite foi uma boa notícia.', 'Foi bom receber o convite.'],
  },
  admired: (v) => {
    const co = v.company || 'a sua empresa';
    const por = v.company ? `por ${v.company}` : 'pela sua empresa';
    return {
      full: [
        `Admiro ${co} há bastante tempo e gostaria muito de manter contato para futuras oportunidades.`,
        `Tenho grande admiração ${por} e espero sinceramente que nossos caminhos voltem a se cruzar no futuro.`,
        `Tenho grande estima ${por} e gostaria muito de saber de futuras vagas e oportunidades.`,
      ],
      brief: [`Admiro ${co} e gostaria de manter contato no futuro.`, `Espero que possamos trabalhar juntos no futuro.`, `Tenho grande estima ${por} e espero manter contato no futuro.`],
    };
  },
  closing: {
    warm: ['Desejo muito sucesso a você e a toda a equipe, e espero que nossos caminhos voltem a se cruzar.', 'Gostaria muito de manter contato, e desejo boa sorte na escolha da pessoa certa para a vaga.', 'Terei prazer em manter contato, e desejo a você e a toda a equipe tudo de bom no futuro.'],
    formal: [
      'Desejo muito sucesso a você e à sua equipe, e espero que tenhamos a oportunidade de trabalhar juntos no futuro.',
      'Gostaria de manter contato e desejo sucesso na busca pela pessoa certa para a vaga.',
      'Fico à disposição para manter contato e desejo a você e à sua equipe muito sucesso no futuro.',
    ],
    brief: ['Desejo muito sucesso e espero que possamos manter contato.', 'Espero que nossos caminhos se cruzem no futuro.', 'Boa sorte na seleção; espero que possamos manter contato.'],
  },
};
