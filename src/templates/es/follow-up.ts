import type { FollowUpPhrases } from '../letters/phrases';

export const followUp: FollowUpPhrases = {
  thanks: (r) => ({
    polite: [`Le agradezco de nuevo su comprensión en relación con ${r}.`, `Gracias otra vez por su comprensión en relación con ${r}.`, `Muchas gracias de nuevo por entender mi decisión sobre ${r}.`],
    familiar: [`Te agradezco de nuevo tu comprensión en relación con ${r}.`, `Gracias otra vez por tu comprensión en relación con ${r}.`, `Muchas gracias de nuevo por entender mi decisión sobre ${r}.`],
  }),
  connect: {
    polite: {
      warm: [
        'Me ha gustado mucho tratar con usted y me encantaría seguir en contacto; ¿le parece que conectemos en LinkedIn?',
        'Me gustaría mantener el contacto, así que, si le parece bien, le enviaré una invitación en LinkedIn.',
        '¿Le parecería bien que conectáramos en LinkedIn? Me encantaría mantener el contacto.',
      ],
      formal: ['Me complacería mantener el contacto y conectar con usted en LinkedIn.', 'Me gustaría seguir en contacto y conectar en LinkedIn.', '¿Me permite enviarle una invitación en LinkedIn para seguir en contacto?'],
      brief: ['¿Conectamos en LinkedIn?', 'Le enviaré una invitación en LinkedIn.', 'Sigamos en contacto en LinkedIn.'],
    },
    familiar: {
      warm: [
        'Me ha gustado mucho tratar contigo y me encantaría seguir en contacto; ¿te parece que conectemos en LinkedIn?',
        'Me gustaría mantener el contacto, así que, si te parece bien, te enviaré una invitación en LinkedIn.',
        '¿Te parecería bien que conectáramos en LinkedIn? Me encantaría mantener el contacto.',
      ],
      formal: ['Me gustaría mantener el contacto y conectar contigo en LinkedIn.', 'Me gustaría seguir en contacto y conectar en LinkedIn.', '¿Puedo enviarte una invitación en LinkedIn para seguir en contacto?'],
      brief: ['¿Conectamos en LinkedIn?', 'Te enviaré una invitación en LinkedIn.', 'Sigamos en contacto en LinkedIn.'],
    },
  },
  future: (v) => {
    const at = v.company ? ` en ${v.company}` : '';
    return {
      polite: {
        full: [`Me encantaría que me tuviera en cuenta para futuras vacantes${at}.`, `Me gustaría saber de futuras oportunidades${at}.`, `Seguiré con interés las futuras vacantes${at}.`],
        brief: ['Téngame en cuenta para futuras vacantes.', 'Espero que sigamos en contacto.', 'Me gustaría saber de futuras vacantes.'],
      },
      familiar: {
        full: [`Me encantaría que me tuvieras en cuenta para futuras vacantes${at}.`, `Me gustaría saber de futuras oportunidades${at}.`, `Seguiré con interés las futuras vacantes${at}.`],
        brief: ['Tenme en cuenta para futuras vacantes.', 'Espero que sigamos en contacto.', 'Me gustaría saber de futuras vacantes.'],
      },
    };
  },
};
