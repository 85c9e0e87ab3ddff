import type { LetterLanguage } from '../letters/phrases';

export const reasons: LetterLanguage['reasons'] = {
  other_offer: {
    full: ['Nesse meio-tempo, aceitei uma proposta de outra empresa.', 'Recentemente aceitei uma oferta de trabalho em outra empresa.'],
    brief: ['Aceitei outra oferta.', 'Aceitei uma vaga em outra empresa.'],
  },
  not_a_fit: {
    full: [
      'Depois de refletir com calma, concluí que a vaga não está totalmente alinhada aos meus objetivos profissionais.',
      'Percebi que a vaga não corresponde à direção que quero dar à minha carreira.',
    ],
    brief: ['A vaga não está alinhada aos meus objetivos atuais.', 'A vaga não corresponde aos meus planos profissionais.'],
  },
  personal: {
    full: [
      'Uma mudança na minha situação não me permite assumir um novo cargo neste momento.',
      'Minha situação mudou recentemente, e no momento não posso me comprometer com um novo emprego.',
    ],
    brief: ['Uma mudança na minha situação não me permite assumir um novo cargo agora.', 'Minha situação mudou, e não posso me comprometer com um novo emprego.'],
  },
  logistics: {
    full: ['O deslocamento para uma entrevista presencial não é viável para mim neste momento.', 'A distância torna uma entrevista presencial muito difícil para mim.'],
    brief: ['O deslocamento não é viável para mim.', 'A distância é grande demais para mim.'],
  },
  admired_company: {
    full: ['Recentemente aceitei outra vaga e quero honrar esse compromisso.', 'Assumi há pouco um compromisso com outra empresa e desejo cumpri-lo.'],
    brief: ['Aceitei outra vaga e quero honrar esse compromisso.', 'Já assumi um compromisso em outra empresa.'],
  },
  conflict: {
    full: ['Nesse horário tenho outro compromisso que não consigo remarcar.', 'Surgiu um compromisso inadiável que coincide com esse horário.'],
    brief: ['Tenho um compromisso inadiável nesse horário.', 'Nesse horário já tenho outro compromisso.'],
  },
  illness: {
    full: ['No momento não estou bem de saúde e quero estar em plena forma para a entrevista.', 'Um problema de saúde me obriga a alguns dias de repouso.'],
    brief: ['No momento não estou bem de saúde.', 'Preciso de alguns dias de repouso por motivo de saúde.'],
  },
  travel: {
    full: ['Nesse dia estarei viajando e não poderia dar à conversa a atenção que ela merece.', 'Nessa data tenho uma viagem marcada há bastante tempo.'],
    brief: ['Nesse dia estarei viajando.', 'Nessa data estarei fora.'],
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
