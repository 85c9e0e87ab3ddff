import type { WithdrawPhrases } from '../letters/phrases';

export const withdraw: WithdrawPhrases = {
  late: ['Peço desculpas pela demora em escrever e por esta mudança de planos.', 'Desculpe a demora da minha mensagem e a mudança de planos.'],
  thanks: (r) => [`Agradeço mais uma vez o convite para a entrevista para ${r} e o tempo dedicado à minha candidatura.`, `Agradeço o convite para a entrevista para ${r} e todo o cuidado na organização do encontro.`],
  decision: (t) => ({
    warm: [`Escrevo o quanto antes para avisar que preciso desistir da entrevista marcada${t}.`, `Queria avisar logo que não poderei participar da entrevista marcada${t}.`],
    formal: [
      `Escrevo de imediato para informar que preciso retirar a minha candidatura e cancelar a entrevista marcada${t}.`,
      `Gostaria de informar o quanto antes que não poderei participar da entrevista marcada${t}.`,
    ],
    brief: [`Preciso desistir da entrevista marcada${t}.`, `Não poderei participar da entrevista marcada${t}.`],
  }),
  sorry: ['Peço desculpas por esta mudança de planos.', 'Desculpe a mudança, sobretudo depois do tempo dedicado a organizar a entrevista.'],
  bridge: ['Não foi uma decisão fácil, pois aguardava a nossa conversa com interesse.', 'Aguardava com interesse a nossa conversa, por isso esta decisão não foi simples.'],
  referral: (name) => [
    `Se for útil, posso recomendar ${name}, cujo perfil me parece muito adequado à vaga.`,
    `Permito-me sugerir o perfil de ${name}, que pode ser uma excelente opção para a vaga.`,
  ],
  admired: (v) => {
    const co = v.company || 'a sua empresa';
    return [
      `Admiro ${co} há bastante tempo e gostaria muito de manter contato para futuras oportunidades.`,
      `Espero sinceramente que nossos caminhos voltem a se cruzar no futuro, pois admiro muito ${co}.`,
    ];
  },
  closing: {
    full: ['Espero que compreenda a minha decisão e que possamos manter contato no futuro; desejo muito sucesso no processo seletivo.', 'Espero que nossos caminhos voltem a se cruzar mais adiante e que possamos trabalhar juntos.'],
    brief: ['Espero manter contato.', 'Desejo muito sucesso no futuro.'],
  },
};
