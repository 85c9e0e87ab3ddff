import { describe, expect, test } from 'vitest';
import { prepare } from '../../../../src/analysis/pipeline';
import { extractFields } from '../../../../src/analysis/index';
import type { EmailInput } from '../../../../src/shared/types';

// The place of an on-site interview comes only from a structure that holds a place — a labelled
// line, a street address, an office phrase — and never is a URL, a meeting tool or a sentence.
const base: EmailInput = { subject: 'Interview invitation', fromName: 'Acme Recruiting', fromEmail: 'jobs@acme.example', body: '', receivedAt: '2026-03-02T09:00:00Z' };
const place = (body: string): string => prepare({ ...base, body }).fields.location;

describe('location (src/analysis/extract/location.ts)', () => {
  test('a labelled place: after the colon, on the line below a bare label, or in a calendar card without a colon', () => {
    expect(place('Your interview is tomorrow.\n\n📍 Location\nMOF head office, 100m Street, Erbil\n\nBring your CV.')).toBe('MOF head office, 100m Street, Erbil');
    expect(place('Termindaten\n\nBeginn 24/03/2026 14:00\nOrt Sparkasse Mittelweser, Am Markt 3, 27283 Verden\n')).toBe('Sparkasse Mittelweser, Am Markt 3, 27283 Verden');
    expect(place('- Interview Location: County Headquarters, Committee Room 2\n- Time: 10:00')).toBe('County Headquarters, Committee Room 2');
    expect(place('Link / Venue: Seminar Hall 2, Main Block')).toBe('Seminar Hall 2, Main Block');
    expect(place('- **Location:** Harbour House, 220 Mill Road, Ashford')).toBe('Harbour House, 220 Mill Road, Ashford');
  });

  test('a street address keeps its abbreviations ("Av.", "Jl.", "St.") and loses the sentence around it', () => {
    expect(place('- Ubicación: Av. Córdoba 1351, piso 4, CABA')).toBe('Av. Córdoba 1351, piso 4, CABA');
    expect(place('- Location: Jl. Bypass Ngurah Rai No. 88, Denpasar, Bali')).toBe('Jl. Bypass Ngurah Rai No. 88, Denpasar, Bali');
    expect(place('The interview will take place at 14 Mill Lane, Leeds LS2 7DJ. Please bring a photo ID.')).toBe('14 Mill Lane, Leeds LS2 7DJ');
    expect(place('We would like to continue with a technical interview (about 90 minutes, on site at our Hamburg office, Am Sandtorkai 12).')).toBe('Am Sandtorkai 12');
  });

  test('calendar cards: "Where:" in each language, a province code and a legal form stay in the place', () => {
    expect(place('When: 14 January 2027, 14:30\nWhere: Nordlys AS, Storgata 12, 0155 Oslo')).toBe('Nordlys AS, Storgata 12, 0155 Oslo');
    expect(place('Gdzie: Biuro Rachunkowe Sp. z o.o., ul. Długa 5, 80-827 Gdańsk')).toBe('Biuro Rachunkowe Sp. z o.o., ul. Długa 5, 80-827 Gdańsk');
    expect(place('Luogo: Cantina Rossi S.r.l., Via Roma 3, 60121 Ancona (AN)')).toBe('Cantina Rossi S.r.l., Via Roma 3, 60121 Ancona (AN)');
  });

  test('never a meeting tool, a link, a phone call or a sentence', () => {
    expect(place('Location: Zoom (the link follows)')).toBe('');
    expect(place('Location: https://meet.google.com/abc-defg-hij')).toBe('');
    expect(place('Location / Link:\nhttps://teams.microsoft.com/l/meetup-join/123')).toBe('');
    expect(place('Location: Please arrive at the HR Office.')).toBe('');
    expect(place('Ort: Du bekommst den Raum per E-Mail mit dem Einladungslink')).toBe('');
    expect(place('Lieu : vous recevrez le lien de la réunion par courriel')).toBe('');
    expect(place('Location: by phone, we will call you')).toBe('');
    expect(place('Adresse email : claire.dubois@maison-delaunay.fr')).toBe('');
  });

  test('a labelled place is a strong structure: the confidence gate keeps it', () => {
    const body = 'Dear Karwan,\n\nYou have an interview scheduled for Site Engineer at MOF Engineering on Sunday, February 08, 2026 at 10:00.\n\n📍 Location\nMOF head office, 100m Street, Erbil\n\nMOF Jobs Team';
    expect(extractFields({ ...base, body }).location).toBe('MOF head office, 100m Street, Erbil');
  });

  test('no place that names nothing to go to: remote, online, a phone call, undecided, a meeting platform', () => {
    expect(place('Location: Online')).toBe('');
    expect(place('Where: Remote')).toBe('');
    expect(place('Location: Phone')).toBe('');
    expect(place('Location: To be confirmed')).toBe('');
    expect(place('Location: Skype')).toBe('');
    expect(place('Where: Whereby (room link below)')).toBe('');
  });

  test('never the footer: an address below the sign-off is the company\'s, labelled or not', () => {
    expect(place('We would like to invite you to an interview on Monday.\n\nBest regards,\nJane Doe\nAcme Ltd\nAddress: 55 Water Street, Leeds')).toBe('');
    expect(place('We would like to invite you to an interview on Monday.\n\nKind regards,\nJane Doe\n55 Water Street, Leeds')).toBe('');
    // The same labelled line above the sign-off is this interview's place.
    expect(place('We would like to invite you to an interview on Monday.\nAddress: 55 Water Street, Leeds\n\nBest regards,\nJane Doe')).toBe('55 Water Street, Leeds');
  });

  test('a street address without a label only where the text speaks of the place or the interview', () => {
    expect(place('Thanks for your message.\n\n55 Water Street, Leeds\n\nHave a good day')).toBe('');
    expect(place('À l\'adresse suivante :\n\nLes Jardins – accueil\n\n12 rue des Forges, 35380 Paimpont')).toBe('12 rue des Forges, 35380 Paimpont');
  });

  test('not the place of the slot a reschedule moves away from', () => {
    const body = 'We need to move your interview.\n\nPrevious time: 3 March 2026, 10:00\nLocation: 14 Mill Lane, Leeds\n\nNew time: 5 March 2026, 11:00\nLocation: 2 Park Row, Leeds';
    expect(place(body)).toBe('2 Park Row, Leeds');
    // A requirement that says "original" is no old slot.
    expect(place('- Interview Requirements: Original certificates\n- Interview Location: County Headquarters, Committee Room 2')).toBe('County Headquarters, Committee Room 2');
  });

  test('a labelled place ends where a sentence starts after it', () => {
    expect(place('Location: Harbour House, 12 Mill Lane. Please arrive ten minutes early.')).toBe('Harbour House, 12 Mill Lane');
    expect(place('Where: 4 Park Row, Leeds; parking at the back')).toBe('4 Park Row, Leeds');
  });
});
