// The words by which an email addresses its reader formally or informally, per detection
// language, and the courtesy titles that show a person's gender. Regex source fragments:
// pronouns are case-sensitive (German "Sie" is formal, "sie" is "they"), greetings are not.

export interface AddressVocabulary {
  /** Second-person forms of the formal register (case-sensitive). */
  formal: string[];
  /** Second-person forms of the informal register (case-sensitive). */
  informal: string[];
  /** Greeting openings that only a formal letter uses. */
  formalGreetings: string[];
  /** Greeting openings that only an informal one uses. */
  informalGreetings: string[];
  /** Courtesy titles before a woman's / a man's family name (case-sensitive). */
  femaleTitles: string[];
  maleTitles: string[];
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const ADDRESS_VOCABULARY: Readonly<Record<string, AddressVocabulary>> = {
  en: {
    formal: [],
    informal: [],
    formalGreetings: ['dear (?:mr|ms|mrs|miss|mx|dr|prof)\\.?', 'dear sir', 'dear madam', 'dear \\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+', 'dear (?:candidate|applicant|student|participant|user)s?'],
    informalGreetings: ['hi', 'hey', 'hello \\p{Lu}\\p{Ll}+[,!]', 'dear \\p{Lu}\\p{Ll}+[,!]'],
    femaleTitles: ['Ms\\.?', 'Mrs\\.?', 'Miss'],
    maleTitles: ['Mr\\.?'],
  },
  de: {
    formal: ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres'],
    informal: ['du', 'Du', 'dich', 'Dich', 'dir', 'Dir', 'dein', 'Dein', 'deine', 'Deine', 'deinen', 'Deinen', 'deinem', 'Deinem', 'deiner', 'Deiner', 'euch', 'Euch', 'euer', 'Euer', 'eure', 'Eure'],
    formalGreetings: ['sehr geehrte', 'guten tag (?:herr|frau)', 'liebe frau', 'lieber herr', 'hallo (?:herr|frau)'],
    informalGreetings: ['hallo \\p{Lu}\\p{Ll}+[,!]', 'hi', 'hey', 'moin', 'servus', 'liebe \\p{Lu}\\p{Ll}+,', 'lieber \\p{Lu}\\p{Ll}+,'],
    femaleTitles: ['Frau', 'Fr\\.'],
    maleTitles: ['Herr', 'Herrn', 'Hr\\.'],
  },
  fr: {
    formal: ['vous', 'Vous', 'votre', 'Votre', 'vos', 'Vos'],
    informal: ['tu', 'Tu', 'te', 'Te', 't[’\']', 'toi', 'ton', 'Ton', 'ta', 'Ta', 'tes', 'Tes'],
    formalGreetings: ['madame', 'monsieur', 'bonjour (?:madame|monsieur)', 'chère madame', 'cher monsieur'],
    informalGreetings: ['salut', 'coucou', 'hello'],
    femaleTitles: ['Mme', 'Mme\\.', 'Madame', 'Mlle'],
    maleTitles: ['M\\.', 'Monsieur'],
  },
  es: {
    formal: ['usted', 'Usted', 'le (?:escribimos|invitamos|agradecemos|informamos|confirmamos|proponemos|contactamos|enviamos)', '[sS]u (?:candidatura|perfil|disponibilidad|solicitud|interés)', 'Le (?:escribimos|invitamos|agradecemos|informamos|confirmamos|proponemos|contactamos|enviamos)'],
    // "tu"/"te" are only ever the familiar second person in Spanish ("su"/"le" are also third person, so only in phrases).
    informal: ['tú', 'Tú', 'tu', 'Tu', 'tus', 'Tus', 'te', 'Te', 'contigo', 'te (?:escribimos|invitamos|agradecemos|informamos|confirmamos|proponemos|contactamos|enviamos)', 'Te (?:escribimos|invitamos|agradecemos|informamos|confirmamos|proponemos|contactamos|enviamos)', '[tT]u (?:candidatura|perfil|disponibilidad|solicitud|interés)', '[¿]?puedes', 'podrías'],
    formalGreetings: ['estimad[oa] (?:sr|sra|srta|señor|señora|dr|dra)\\.?', 'distinguid[oa]', 'muy señor'],
    informalGreetings: ['hola \\p{Lu}\\p{Ll}+[,:!]', 'qué tal', 'buenas'],
    femaleTitles: ['Sra\\.?', 'Srta\\.?', 'Señora', 'Doña', 'Dra\\.'],
    maleTitles: ['Sr\\.?', 'Señor', 'Don'],
  },
  it: {
    formal: ['Lei', '[Ll]a (?:ringrazio|ringraziamo|invitiamo|contatto|contattiamo|confermiamo|informiamo|aspettiamo)', 'Le (?:scrivo|scriviamo|chiedo|chiediamo|propongo|proponiamo|confermo|confermiamo)', 'Suo', 'Sua', 'Suoi', 'Sue'],
    informal: ['tu', 'ti', 'Ti', 'tuo', 'tua', 'tuoi', 'tue'],
    formalGreetings: ['egregi[oa]', 'gentile (?:sig|dott|signor|signora)', 'spettabile'],
    informalGreetings: ['ciao', 'hey'],
    femaleTitles: ['Sig\\.ra', 'Signora', 'Dott\\.ssa'],
    maleTitles: ['Sig\\.', 'Signor', 'Dott\\.'],
  },
  nl: {
    formal: ['u', 'U', 'uw', 'Uw'],
    informal: ['je', 'Je', 'jij', 'Jij', 'jou', 'jouw', 'Jouw', 'jullie'],
    formalGreetings: ['geachte', 'beste (?:mevrouw|meneer|heer)'],
    informalGreetings: ['hoi', 'hallo \\p{Lu}\\p{Ll}+[,!]', 'hey'],
    femaleTitles: ['mevrouw', 'Mevrouw', 'mevr\\.', 'Mevr\\.'],
    maleTitles: ['meneer', 'Meneer', 'heer', 'dhr\\.', 'Dhr\\.'],
  },
  pt: {
    formal: ['o senhor', 'a senhora', 'V\\. ?Sa\\.', 'Vossa Senhoria'],
    informal: ['tu', 'te', 'teu', 'tua', 'contigo'],
    formalGreetings: ['prezad[oa]', 'exm[oa]\\.?', 'ilustríssim[oa]'],
    informalGreetings: ['oi', 'olá \\p{Lu}\\p{Ll}+[,!]', 'e aí'],
    femaleTitles: ['Sra\\.?', 'Senhora', 'Dona'],
    maleTitles: ['Sr\\.?', 'Senhor'],
  },
};
