import type { LetterLanguage } from '../letters/phrases';

export const reasons: LetterLanguage['reasons'] = {
  other_offer: {
    full: [
      'Ich habe inzwischen das Angebot eines anderen Unternehmens angenommen.',
      'Vor Kurzem habe ich bei einem anderen Arbeitgeber zugesagt.',
      'Ich habe mich inzwischen für ein anderes Stellenangebot entschieden und dort zugesagt.',
    ],
    brief: ['Ich habe ein anderes Angebot angenommen.', 'Ich habe bereits an anderer Stelle zugesagt.', 'Ich habe inzwischen eine andere Stelle angenommen.'],
  },
  not_a_fit: {
    full: [
      'Nach genauerer Überlegung passt die Stelle nicht ganz zu meinen beruflichen Zielen.',
      'Mir ist klar geworden, dass die Aufgaben nicht zu der Richtung passen, die ich beruflich einschlagen möchte.',
      'Bei näherer Betrachtung entspricht die Stelle nicht der Richtung, die ich beruflich einschlagen möchte.',
    ],
    brief: ['Die Stelle passt nicht zu meinen derzeitigen Zielen.', 'Die Aufgaben passen nicht zu meiner beruflichen Planung.', 'Die Stelle entspricht nicht meinen beruflichen Zielen.'],
  },
  personal: {
    full: [
      'Eine Veränderung meiner Lebenssituation erlaubt es mir derzeit nicht, eine neue Stelle anzutreten.',
      'Meine Lebensumstände haben sich geändert, sodass ich im Moment keine neue Aufgabe übernehmen kann.',
      'Durch eine Veränderung meiner Lebensumstände kann ich derzeit keine neue Stelle antreten.',
    ],
    brief: [
      'Meine Lebenssituation hat sich geändert, sodass ich derzeit keine neue Stelle antreten kann.',
      'Durch veränderte Lebensumstände kann ich im Moment keine neue Aufgabe übernehmen.',
      'Meine Lebensumstände haben sich geändert; eine neue Stelle kann ich derzeit nicht antreten.',
    ],
  },
  logistics: {
    full: [
      'Die Anreise zu einem Gespräch vor Ort ist für mich derzeit nicht machbar.',
      'Die Entfernung macht einen Termin vor Ort für mich im Moment unmöglich.',
      'Eine Anreise zu einem Termin vor Ort kann ich derzeit nicht einrichten.',
    ],
    brief: ['Die Anreise ist für mich nicht machbar.', 'Die Entfernung ist für mich zu groß.', 'Eine Anreise kann ich derzeit nicht einrichten.'],
  },
  admired_company: {
    full: [
      'Ich habe vor Kurzem eine andere Stelle angenommen und möchte zu dieser Zusage stehen.',
      'Ich habe mich kürzlich für eine andere Position entschieden und halte an dieser Entscheidung fest.',
      'Ich habe kürzlich an anderer Stelle zugesagt und möchte mein Wort halten.',
    ],
    brief: ['Ich habe eine andere Stelle angenommen und stehe zu dieser Zusage.', 'Ich habe bereits anderweitig zugesagt.', 'Ich habe anderweitig zugesagt und halte mich daran.'],
  },
  conflict: {
    full: [
      'Zu diesem Zeitpunkt habe ich einen anderen Termin, den ich nicht verschieben kann.',
      'Ein unaufschiebbarer Termin fällt genau auf diese Zeit.',
      'Ich habe zu dieser Zeit eine Verpflichtung, die sich nicht verlegen lässt.',
    ],
    brief: ['Ich habe zu dieser Zeit einen festen Termin.', 'Zu diesem Zeitpunkt bin ich anderweitig gebunden.', 'Zu dieser Zeit habe ich einen Termin, der sich nicht verschieben lässt.'],
  },
  illness: {
    full: [
      'Ich bin derzeit krank und möchte im Gespräch gern in guter Verfassung sein.',
      'Ich bin leider erkrankt und brauche einige Tage, um mich zu erholen.',
      'Ich bin im Moment krank und brauche ein paar Tage, um mich zu erholen.',
    ],
    brief: ['Ich bin derzeit krank.', 'Ich bin erkrankt und brauche einige Tage Erholung.', 'Ich bin krank und brauche ein paar Tage, um mich zu erholen.'],
  },
  travel: {
    full: [
      'An diesem Tag bin ich auf Reisen und könnte mich nicht in Ruhe auf das Gespräch konzentrieren.',
      'Zu diesem Zeitpunkt bin ich unterwegs und kann leider nicht teilnehmen.',
      'Ich bin zu dieser Zeit verreist und könnte nicht richtig teilnehmen.',
    ],
    brief: ['An diesem Tag bin ich auf Reisen.', 'Zu diesem Zeitpunkt bin ich unterwegs.', 'Ich bin zu dieser Zeit verreist.'],
  },
};

// 'logistics' for a video or phone interview: timing and availability, never distance.
export const remoteLogistics: LetterLanguage['remoteLogistics'] = {
  full: ['Meine derzeitigen Verpflichtungen lassen mir im Moment keine Zeit für das Auswahlverfahren.', 'Meine zeitliche Verfügbarkeit erlaubt es mir derzeit nicht, dem Verfahren die nötige Zeit zu widmen.', 'Zeitlich lässt sich das Verfahren für mich im Moment leider nicht einrichten.'],
  brief: ['Meine Verfügbarkeit lässt es derzeit nicht zu.', 'Mir fehlt derzeit die Zeit für das Verfahren.', 'Zeitlich passt es für mich im Moment nicht.'],
};

// Against several offered times (or a booking link): "those times", never "that date".
export const offeredReasons: LetterLanguage['offeredReasons'] = {
  conflict: {
    full: ['Zu jedem dieser Zeitpunkte habe ich bereits einen Termin, den ich nicht verschieben kann.', 'Alle diese Zeiten fallen auf Termine, die sich nicht verschieben lassen.', 'An allen vorgeschlagenen Terminen bin ich bereits fest gebunden.'],
    brief: ['Zu diesen Zeiten habe ich feste Termine.', 'Zu diesen Zeiten bin ich bereits gebunden.', 'An diesen Terminen bin ich verhindert.'],
  },
  travel: {
    full: ['Zu diesen Zeiten bin ich auf Reisen und könnte mich nicht in Ruhe auf das Gespräch konzentrieren.', 'Zu den vorgeschlagenen Zeiten bin ich unterwegs.', 'An allen diesen Tagen bin ich verreist.'],
    brief: ['Zu diesen Zeiten bin ich auf Reisen.', 'Zu diesen Zeiten bin ich unterwegs.', 'An diesen Tagen bin ich verreist.'],
  },
};
