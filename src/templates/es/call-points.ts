import type { CallPointsPhrases } from '../letters/phrases';

// Said aloud on the phone; the heading is for the candidate alone.
export const callPoints: CallPointsPhrases = {
  heading: (who, company) => {
    const w = who || 'la persona responsable de la selección';
    const at = company ? ` (${company})` : '';
    return [`Puntos para la llamada con ${w}${at}:`, `Llamada con ${w}${at}, puntos clave:`, `Qué decir en la llamada con ${w}${at}:`];
  },
  thanks: (r) => ({
    polite: [`Gracias por invitarme a una entrevista para ${r}.`, `Le agradezco que haya pensado en mí para ${r}.`, `Le agradezco la invitación a una entrevista para ${r}.`],
    familiar: [`Gracias por invitarme a una entrevista para ${r}.`, `Te agradezco que hayas pensado en mí para ${r}.`, `Te agradezco la invitación a una entrevista para ${r}.`],
  }),
  decision: {
    polite: ['Le llamo para comunicarle que no seguiré adelante con la entrevista.', 'He decidido declinar la entrevista y quería decírselo personalmente.', 'Quería contarle de viva voz que he decidido no continuar con la entrevista.'],
    familiar: ['Te llamo para comunicarte que no seguiré adelante con la entrevista.', 'He decidido declinar la entrevista y quería decírtelo personalmente.', 'Quería contarte de viva voz que he decidido no continuar con la entrevista.'],
  },
  future: ['Me encantaría seguir en contacto para futuras oportunidades.', 'Espero que nuestros caminos vuelvan a cruzarse.', 'Me gustaría saber de futuras vacantes.'],
  record: {
    polite: ['Se lo confirmaré hoy por correo electrónico para que quede por escrito.', 'Después le enviaré un breve correo como confirmación.', 'Le escribiré luego un correo breve para que quede constancia.'],
    familiar: ['Te lo confirmaré hoy por correo electrónico para que quede por escrito.', 'Después te enviaré un breve correo como confirmación.', 'Te escribiré luego un correo breve para que quede constancia.'],
  },
};
