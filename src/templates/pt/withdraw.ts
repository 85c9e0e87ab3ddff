import type { WithdrawPhrases } from '../letters/phrases';

export const withdraw: WithdrawPhrases = {
  late: ['Peço desculpas pela demora em escrever e por esta mudança de planos.', 'Desculpe a demora da minha mensagem e a mudança de planos.', 'Lamento a demora em escrever e ter de mudar os nossos planos.'],
  thanks: (r) => [`Agradeço mais uma vez o convite para a entrevista para ${r} e o tempo dedicado à minha candidatura.`, `Agradeço o convite para a entrevista para ${r} e todo o cuidado na organização do encontro.`, `Agradeço muito o convite para a entrevista para ${r} e todo o esforço dedicado a organizá-la.`],
  decision: (t) => ({
    warm: [`Escrevo o quanto antes para avisar que preciso desistir da entrevista marcada${t}.`, `Queria avisar logo que não poderei participar da entrevista marcada${t}.`, `Escrevo logo para avisar que, infelizmente, preciso desistir da entrevista marcada${t}.`],
    formal: [
      `Escrevo de imediato para informar que preciso retirar a minha candidatura e cancelar a entrevista marcada${t}.`,
      `Gostaria de informar o quanto antes que não poderei participar da entrevista marcada${t}.`,
      `Venho informar de imediato que, infelizmente, preciso me retirar da entrevista marcada${t}.`,
    ],
    brief: [`Preciso desistir da entrevista marcada${t}.`, `Não poderei participar da entrevista marcada${t}.`, `Preciso cancelar a entrevista marcada${t}.`],
  }),
  sorry: ['Peço desculpas por esta mudança de planos.', 'Desculpe a mudança, sobretudo depois do tempo dedicado a organizar a entrevista.', 'Lamento mudar os nossos planos e peço desculpas por isso.'],
  bridge: ['Não foi uma decisão fácil, pois aguardava a nossa conversa com interesse.', 'Aguardava com interesse a nossa conversa, por isso esta decisão não foi simples.', 'Eu estava contando com a nossa conversa, o que tornou a decisão difícil.'],
  referral: (name) => [
    `Se for útil, posso recomendar ${name}, cujo perfil me parece muito adequado à vaga.`,
    `Permito-me sugerir o perfil de ${name}, que pode ser uma excelente opção para a vaga.`,
    `Se ainda estiver buscando candidatos, recomendo com prazer ${name} para a vaga.`,
  ],
  admired: (v) => {
    const co = v.company || 'a sua empresa';
    return [
      `Admiro ${co} há bastante tempo e gostaria muito de manter contato para futuras oportunidades.`,
      `Espero sinceramente que nossos caminhos voltem a se cruzar no futuro, pois admiro muito ${co}.`,
      `Tenho grande estima ${v.company ? `por ${v.company}` : 'pela sua empresa'} e gostaria muito de saber de futuras vagas e oportunidades.`,
    ];
  },
  closing: {
    full: ['Espero que compreenda a minha decisão e que possamos manter contato no futuro; desejo muito sucesso no processo seletivo.', 'Espero que nossos caminhos voltem a se cruzar mais adiante e que possamos trabalhar juntos.', 'Conto com a sua compreensão e espero que possamos manter contato no futuro; desejo muito sucesso na seleção.'],
    brief: ['Espero manter contato.', 'Desejo muito sucesso no futuro.', 'Espero que compreenda, e desejo muito sucesso no futuro.'],
  },
};
