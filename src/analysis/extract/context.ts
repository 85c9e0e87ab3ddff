// What every field extractor reads (the new text, the signature, the email's language) and
// the clean-up every extracted value goes through. Pure, part of the reading core.
import type { EmailInput } from '../../shared/types';
import type { LinkInfo } from '../ats';
import { allWords } from '../lexicon';
import { collapseSpaces, wordsRe } from '../util';

export interface ExtractContext {
  email: EmailInput;
  fresh: string;
  signature: string;
  lang: string;
  links?: LinkInfo[];
}

/** A sign-off in any language ("Best regards", "Mit freundlichen Grüßen"). */
export const SIGNOFF = wordsRe(allWords('signoff'));
/** A sign-off line: the words at its start, the line short. What follows it is the signature and the footer. */
/** A line of thanks and nothing else ("Vielen Dank!", "Merci,", "Dziękujemy,"): a sign-off too, but only on its own,
 *  since the same words open sentences ("Merci de confirmer…"). */
const THANKS_LINE = /^(?:vielen dank|danke(?: schön)?|herzlichen dank|merci(?: beaucoup)?|muchas gracias|grazie mille|bedankt|hartelijk dank|dank je(?: wel)?|dank u(?: wel)?|obrigad[oa]|muito obrigad[oa]|dziękujemy|dziękuję bardzo)[\s!.,]*$/iu;
export function signoffLine(line: string): boolean {
  const l = line.trim();
  if (THANKS_LINE.test(l)) return true;
  const m = SIGNOFF.exec(l);
  return !!m && m.index <= 2 && l.length <= 40;
}

export const PLACEHOLDER = /\[[^\]\n]{1,40}\]|\{\{[^}\n]{1,40}\}\}|\{[A-Za-z_ ]{1,30}\}|<<[^>\n]{1,40}>>|%[A-Z_]{2,30}%|\$\{[^}\n]{1,30}\}/g;
export function dropPlaceholders(s: string): string {
  return collapseSpaces(s.replace(PLACEHOLDER, ' ')).replace(/^[,;:\s-]+|[,;:\s-]+$/g, '');
}

// A name, company or role never holds markup, template syntax or a script URL: such a
// candidate is an attack or a broken template, and would end up in the user's reply.
const NOT_PLAIN = /[<>{}]|%=|\$\{|javascript:|data:text\/html/i;
export function plainValue(s: string): string {
  // Markdown emphasis around a value ("**Backend Developer**") is formatting, not part of it.
  const v = dropPlaceholders(s).replace(/\s+javascript$/i, '').replace(/^(?:\*\*|__|\*)(.+?)(?:\*\*|__|\*)$/u, '$1').trim();
  return NOT_PLAIN.test(v) ? '' : v;
}
