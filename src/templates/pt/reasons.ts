import type { LetterLanguage } from '../letters/phrases';

export const reasons: LetterLanguage['reasons'] = {
  other_offer: {
    full: ['Nesse meio-tempo, aceitei uma proposta de outra empresa.', 'Recentemente aceitei uma oferta de trabalho em outra empresa.', 'Aceitei há pouco tempo uma proposta de trabalho em outra empresa.'],
    brief: ['Aceitei outra oferta.', 'Aceitei uma vaga em outra empresa.', 'Já aceitei outra vaga.'],
  },
  not_a_fit: {
    full: [
      'Depois de refletir com calma, concluí que a vaga não está totalmente alinhada aos meus objetivos profissionais.',
      'Percebi que a vaga não corresponde à direção que quero dar à minha carreira.',
      'Pensando bem, a vaga não corresponde ao caminho que quero seguir na minha carreira.',
    ],
    brief: ['A vaga não está alinhada aos meus objetivos atuais.', 'A vaga não corresponde aos meus planos profissionais.', 'A vaga não está de acordo com os meus objetivos profissionais.'],
  },
  personal: {
    full: [
      'Uma mudança na minha situação não me permite assumir um novo cargo neste momento.',
      'Minha situação mudou recentemente, e no momento não posso me comprometer com um novo emprego.',
      'Por causa de uma mudança na minha situação, agora não posso assumir um novo cargo.',
    ],
    brief: ['Uma mudança na minha situação não me permite assumir um novo cargo agora.', 'Minha situação mudou, e não posso me comprometer com um novo emprego.', 'Minha situação mudou, por isso agora não posso assumir um novo cargo.'],
  },
  logistics: {
    full: ['O deslocamento para uma entrevista presencial não é viável para mim neste momento.', 'A distância torna uma entrevista presencial muito difícil para mim.', 'No momento não tenho como me deslocar até o local de uma entrevista presencial.'],
    brief: ['O deslocamento não é viável para mim.', 'A distância é grande demais para mim.', 'Não consigo me deslocar para a entrevista.'],
  },
  admired_company: {
    full: ['Recentemente aceitei outra vaga e quero honrar esse compromisso.', 'Assumi há pouco um compromisso com outra empresa e desejo cumpri-lo.', 'Aceitei há pouco tempo outra vaga e quero manter a minha palavra.'],
    brief: ['Aceitei outra vaga e quero honrar esse compromisso.', 'Já assumi um compromisso em outra empresa.', 'Aceitei outra vaga e vou manter a minha palavra.'],
  },
  conflict: {
    full: ['Nesse horário tenho outro compromisso que não consigo remarcar.', 'Surgiu um compromisso inadiável que coincide com esse horário.', 'Nesse horário já tenho um compromisso que não posso adiar.'],
    brief: ['Tenho um compromisso inadiável nesse horário.', 'Nesse horário já tenho outro compromisso.', 'Nesse horário tenho um compromisso que não posso adiar.'],
  },
  illness: {
    full: ['No momento não estou bem de saúde e quero estar em plena forma para a entrevista.', 'Um problema de saúde me obriga a alguns dias de repouso.', 'Estou com um problema de saúde e preciso de alguns dias para me recuperar.'],
    brief: ['No momento não estou bem de saúde.', 'Preciso de alguns dias de repouso por motivo de saúde.', 'Preciso de alguns dias para me recuperar de um problema de saúde.'],
  },
  travel: {
    full: ['Nesse dia estarei viajando e não poderia dar à conversa a atenção que ela merece.', 'Nessa data tenho uma viagem marcada há bastante tempo.', 'Nesse dia estarei fora, viajando, e não poderia participar como se deve.'],
    brief: ['Nesse dia estarei viajando.', 'Nessa data estarei fora.', 'Nesse dia estarei fora, viajando.'],
  },
};

// 'logistics' for a video or phone interview: timing and availability, never distance.
export const remoteLogistics: LetterLanguage['remoteLogistics'] = {
  full: ['Meus compromissos atuais não me deixam tempo para o processo seletivo neste momento.', 'Minha disponibilidade atual não me permite dedicar ao processo o tempo que ele merece.', 'Os prazos não funcionam para mim: no momento não consigo reservar o tempo necessário.'],
  brief: ['Minha disponibilidade atual não permite.', 'No momento não tenho tempo para o processo seletivo.', 'Os prazos não funcionam para mim.'],
};

// Against several offered times (or a booking link): "those times", never "that date".
export const offeredReasons: LetterLanguage['offeredReasons'] = {
  conflict: {
    full: ['Em cada um desses horários tenho um compromisso que não consigo remarcar.', 'Todos esses horários coincidem com compromissos que não consigo remarcar.', 'Já tenho compromissos fixos em todos os horários propostos.'],
    brief: ['Tenho compromissos fixos nesses horários.', 'Esses horários coincidem com outros compromissos.', 'Nesses horários já tenho outros compromissos.'],
  },
  travel: {
    full: ['Nessas datas estarei viajando e não poderia dar à conversa a atenção que ela merece.', 'Nessas datas tenho uma viagem marcada há bastante tempo.', 'Estarei fora em todas essas datas.'],
    brief: ['Nessas datas estarei viajando.', 'Nessas datas estarei fora.', 'Nesses dias estarei viajando.'],
  },
};
