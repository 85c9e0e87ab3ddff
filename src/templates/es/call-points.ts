import type { CallPointsPhrases } from '../letters/phrases';

// Said aloud on the phone; the heading is for the candidate alone.
export const callPoints: CallPointsPhrases = {
  heading: (who, company) => {
    const w = who || 'la persona responsable de la selección';
    const at = company ? ` (${company})` : '';
    return [`Puntos para la llamada con ${w}${at}:`, `Llamada con ${w}${at}, puntos clave:`];
  },
  thanks: (r) => ({
    polite: [`Gracias por invitarme a una entrevista para ${r}.`, `Le agradezco que haya pensado en mí para ${r}.`],
    familiar: [`Gracias por invitarme a una entrevista para ${r}.`, `Te agradezco que hayas pensado en mí para ${r}.`],
  }),
  decision: {
    polite: ['Le llamo para comunicarle que no seguiré adelante con la entrevista.', 'He decidido declinar la entrevista y quería decírselo personalmente.'],
    familiar: ['Te llamo para comunicarte que no seguiré adelante con la entrevista.', 'He decidido declinar la entrevista y quería decírtelo personalmente.'],
  },
  future: ['Me encantaría seguir en contacto para futuras oportunidades.', 'Espero que nuestros caminos vuelvan a cruzarse.'],
  record: {
    polite: ['Se lo confirmaré hoy por correo electrónico para que quede por escrito.', 'Después le enviaré un breve correo como confirmación.'],
    familiar: ['Te lo confirmaré hoy por correo electrónico para que quede por escrito.', 'Después te enviaré un breve correo como confirmación.'],
  },
};
