import type { AcceptPhrases } from '../letters/phrases';

export const accept: AcceptPhrases = {
  thanks: (r) => ({
    polite: {
      warm: [`Muchas gracias por invitarme a una entrevista para ${r}.`, `Le agradezco mucho la invitación a la entrevista para ${r}; me hizo mucha ilusión recibirla.`, `Le doy las gracias por la invitación a una entrevista para ${r}.`],
      formal: [`Le agradezco la invitación a una entrevista para ${r}.`, `Quisiera darle las gracias por invitarme a una entrevista para ${r}.`, `Le agradezco sinceramente que me haya invitado a una entrevista para ${r}.`],
      brief: [`Gracias por la invitación a la entrevista para ${r}.`, `Le agradezco la invitación a la entrevista para ${r}.`, `Muchas gracias por invitarme a la entrevista para ${r}.`],
    },
    familiar: {
      warm: [`Muchas gracias por invitarme a una entrevista para ${r}.`, `Te agradezco mucho la invitación a la entrevista para ${r}; me hizo mucha ilusión recibirla.`, `Te doy las gracias por la invitación a una entrevista para ${r}.`],
      formal: [`Te agradezco la invitación a una entrevista para ${r}.`, `Quería darte las gracias por invitarme a una entrevista para ${r}.`, `Te agradezco sinceramente que me hayas invitado a una entrevista para ${r}.`],
      brief: [`Gracias por la invitación a la entrevista para ${r}.`, `Te agradezco la invitación a la entrevista para ${r}.`, `Muchas gracias por invitarme a la entrevista para ${r}.`],
    },
  }),
  // `when` is " (martes 14 de mayo a las 10:00)" or "".
  confirm: (t) => ({
    polite: {
      warm: [`Acepto con mucho gusto y le confirmo mi asistencia a la entrevista${t}.`, `Será un placer asistir, y le confirmo la entrevista${t}.`, `Con mucho gusto le confirmo que asistiré a la entrevista${t}.`],
      formal: [`Me complace aceptar y confirmarle mi asistencia a la entrevista${t}.`, `Le confirmo mi asistencia a la entrevista${t}.`, `Acepto su invitación y le confirmo que asistiré a la entrevista${t}.`],
      brief: [`Confirmo mi asistencia a la entrevista${t}.`, `Acepto y asistiré a la entrevista${t}.`, `Confirmo la entrevista${t}.`],
    },
    familiar: {
      warm: [`Acepto con mucho gusto y te confirmo mi asistencia a la entrevista${t}.`, `Será un placer asistir, y te confirmo la entrevista${t}.`, `Con mucho gusto te confirmo que asistiré a la entrevista${t}.`],
      formal: [`Me complace aceptar y confirmarte mi asistencia a la entrevista${t}.`, `Te confirmo mi asistencia a la entrevista${t}.`, `Acepto tu invitación y te confirmo que asistiré a la entrevista${t}.`],
      brief: [`Confirmo mi asistencia a la entrevista${t}.`, `Acepto y asistiré a la entrevista${t}.`, `Confirmo la entrevista${t}.`],
    },
  }),
  inPerson: ['Acudiré en persona.', 'Asistiré a la entrevista de forma presencial.', 'Iré a la entrevista en persona.'],
  inPersonAt: (place) => [`Acudiré en persona a la dirección indicada: ${place}.`, `He anotado la dirección y acudiré en persona: ${place}.`, `Iré en persona a este lugar: ${place}.`],
  video: ['Me conectaré por videollamada.', 'Participaré en la entrevista por vídeo.', 'Me uniré a la entrevista por vídeo.'],
  videoLink: {
    polite: ['Me conectaré por videollamada con el enlace de su invitación.', 'Tengo anotado el enlace de la videollamada que indicó en su invitación.', 'Me uniré a la videollamada con el enlace que figura en su invitación.'],
    familiar: ['Me conectaré por videollamada con el enlace de tu invitación.', 'Tengo anotado el enlace de la videollamada que indicaste en tu invitación.', 'Me uniré a la videollamada con el enlace que figura en tu invitación.'],
  },
  phone: ['Estaré disponible para la llamada a la hora acordada.', 'Estaré pendiente del teléfono a la hora de la entrevista.', 'A la hora acordada podrán localizarme por teléfono.'],
  placeNoted: (place) => [`He anotado el lugar: ${place}.`, `Tengo anotado el lugar: ${place}.`, `Queda anotado el lugar: ${place}.`],
  acceptOpen: {
    polite: ['Acepto con mucho gusto su invitación a la entrevista.', 'Acepto con gusto asistir a una entrevista.', 'Acepto con gusto su invitación.'],
    familiar: ['Acepto con mucho gusto tu invitación a la entrevista.', 'Acepto con gusto asistir a una entrevista.', 'Acepto con gusto tu invitación.'],
  },
  booked: {
    polite: ['Ya he reservado una hora a través de su enlace de reserva.', 'He reservado un horario con el enlace de su invitación.', 'Ya he elegido una hora con su enlace.'],
    familiar: ['Ya he reservado una hora a través de tu enlace de reserva.', 'He reservado un horario con el enlace de tu invitación.', 'Ya he elegido una hora con tu enlace.'],
  },
  willBook: {
    polite: ['En breve reservaré una hora a través de su enlace de reserva.', 'Reservaré un horario en breve con el enlace de su invitación.', 'En los próximos días elegiré una hora con su enlace.'],
    familiar: ['En breve reservaré una hora a través de tu enlace de reserva.', 'Reservaré un horario en breve con el enlace de tu invitación.', 'En los próximos días elegiré una hora con tu enlace.'],
  },
  close: {
    polite: {
      warm: ['Si necesita que prepare algo, no dude en decírmelo. ¡Espero con ganas nuestra conversación!', 'Si hay algo que deba llevar o leer antes, dígamelo, por favor. ¡Hasta pronto!', 'Avíseme si debo preparar algo antes. ¡Será un placer conocerle!'],
      formal: ['Quedo a su disposición por si necesita cualquier información adicional antes de la entrevista.', 'Si debo preparar algo con antelación, no dude en indicármelo.', 'Le ruego que me indique si debo preparar algo con antelación.'],
      brief: ['Hasta pronto.', 'Quedo a su disposición.', 'Será un placer conocerle.'],
    },
    familiar: {
      warm: ['Si necesitas que prepare algo, no dudes en decírmelo. ¡Espero con ganas nuestra conversación!', 'Si hay algo que deba llevar o leer antes, dímelo, por favor. ¡Hasta pronto!', 'Avísame si debo preparar algo antes. ¡Será un placer conocerte!'],
      formal: ['Quedo a tu disposición por si necesitas cualquier información adicional antes de la entrevista.', 'Si debo preparar algo con antelación, no dudes en indicármelo.', 'Por favor, indícame si debo preparar algo con antelación.'],
      brief: ['Hasta pronto.', 'Quedo a tu disposición.', 'Será un placer conocerte.'],
    },
  },
};
