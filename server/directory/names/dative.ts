/**
 * The recipient line of a Russian envelope: surname, given name and patronymic in the dative case
 * with the year of birth ("Иванову Ивану Ивановичу, 1990 г.р."). Inflection is petrovich's; this
 * module decides when its answer cannot be trusted and flags the line for a human instead of
 * guessing: a wrongly inflected name can get a letter refused.
 */
import petrovich from 'petrovich';
import type { Gender } from './split';

/** Why a recipient line needs a human to confirm it. */
export type DativeFlag =
  /** No gender from patronymic, surname or source: the ending cannot be chosen. */
  | 'unknown_gender'
  /** No patronymic: the line may be complete, but the gender and the form were not cross-checked. */
  | 'no_patronymic'
  /** The year of birth, required on the envelope, is unknown. */
  | 'no_birth_year'
  /** Hyphenated or two-word surname: whether each part declines depends on the name ("Кара-Мурза"). */
  | 'double_surname'
  /** Latin letters: the Russian spelling must be confirmed before anything is inflected. */
  | 'not_cyrillic'
  /** Ukrainian or Belarusian letters (і, ї, є, ґ, ў): Russian documents use a Russified spelling. */
  | 'ukrainian_spelling'
  /** A surname in -а/-я that is not a Russian feminine form: declension depends on stress and origin
   * ("Окуджаве" but "Дюма"; Georgian "Данелия" declines, petrovich leaves it). */
  | 'surname_ending_a'
  /** A man's surname with a fleeting vowel ("Кравец" → "Кравцу" or "Кравецу", "Соловей"): families differ. */
  | 'fleeting_vowel'
  /** A woman's given name in -ь other than Любовь ("Айгуль", "Гузель", "Нинель"): usage differs. */
  | 'soft_sign_female_name'
  /** A patronymic of no recognised shape. */
  | 'unusual_patronymic';

/** A name to put on an envelope. */
export interface RecipientName {
  surname: string;
  givenName: string;
  patronymic: string;
  gender: Gender;
}

/** The recipient line and whether it can be printed as it is. */
export interface RecipientLine {
  /** "Иванову Ивану Ивановичу, 1990 г.р." — the best available form, flagged or not. */
  text: string;
  /** True when any flag is raised: a human must confirm the line before it is printed. */
  needsReview: boolean;
  flags: DativeFlag[];
  dative: { surname: string; givenName: string; patronymic: string };
}

const RUSSIAN_FEMININE_A = /(ова|ева|ёва|ина|ына|ая|яя)$/iu;
const FLEETING_VOWEL = /(ец|ок|ёк|ек|яц|ей)$/iu;
const USUAL_PATRONYMIC = /(ич|на|оглы|оглу|улы|уулу|угли|кызы|гызы|кизи)$/iu;
const TURKIC_PATRONYMIC = /\s(оглы|оглу|улы|уулу|угли|кызы|гызы|кизи)$/iu;

function surnameFlags(surname: string, gender: Gender): DativeFlag[] {
  const flags: DativeFlag[] = [];
  if (/[-\s]/u.test(surname)) flags.push('double_surname');
  const last = surname.split(/[-\s]/u).pop() ?? surname;
  const endsInA = /[ая]$/iu.test(last);
  if (endsInA && !(gender === 'female' && RUSSIAN_FEMININE_A.test(last))) {
    flags.push('surname_ending_a');
  }
  if (gender === 'male' && FLEETING_VOWEL.test(last)) flags.push('fleeting_vowel');
  return flags;
}

/** Every reason the dative of `name` might be wrong. */
export function dativeFlags(name: RecipientName, birthYear?: number | null): DativeFlag[] {
  const flags: DativeFlag[] = [];
  const all = `${name.surname} ${name.givenName} ${name.patronymic}`;
  if (name.gender === 'unknown') flags.push('unknown_gender');
  if (!name.patronymic.trim()) flags.push('no_patronymic');
  else if (!USUAL_PATRONYMIC.test(name.patronymic.trim())) flags.push('unusual_patronymic');
  if (!birthYear) flags.push('no_birth_year');
  if (/[a-z]/iu.test(all)) flags.push('not_cyrillic');
  if (/[іїєґў]/iu.test(all)) flags.push('ukrainian_spelling');
  flags.push(...surnameFlags(name.surname.trim(), name.gender));
  if (name.gender === 'female' && /ь$/u.test(name.givenName.trim()) && name.givenName.trim() !== 'Любовь') {
    flags.push('soft_sign_female_name');
  }
  return flags;
}

function inflect(name: RecipientName): RecipientLine['dative'] {
  const gender = name.gender === 'unknown' ? 'androgynous' : name.gender;
  const turkic = TURKIC_PATRONYMIC.test(name.patronymic);
  const result = petrovich(
    { gender, last: name.surname, first: name.givenName, middle: turkic ? undefined : name.patronymic },
    'dative',
  );
  return {
    surname: name.surname ? (result.last ?? name.surname) : '',
    givenName: name.givenName ? (result.first ?? name.givenName) : '',
    // "Ильхам оглы": the father's name stays in the nominative.
    patronymic: turkic ? name.patronymic : name.patronymic ? (result.middle ?? name.patronymic) : '',
  };
}

/**
 * The recipient line. A name in Latin letters is not inflected at all (its Russian form is not
 * known); everything else is inflected by petrovich and flagged where that may be wrong.
 * @example recipientLine({ surname: 'Иванов', givenName: 'Иван', patronymic: 'Иванович', gender: 'male' }, 1990).text
 *   === 'Иванову Ивану Ивановичу, 1990 г.р.'
 */
export function recipientLine(name: RecipientName, birthYear?: number | null): RecipientLine {
  const flags = dativeFlags(name, birthYear);
  const dative = flags.includes('not_cyrillic')
    ? { surname: name.surname, givenName: name.givenName, patronymic: name.patronymic }
    : inflect(name);
  const nameText = [dative.surname, dative.givenName, dative.patronymic].filter(Boolean).join(' ');
  return {
    text: birthYear ? `${nameText}, ${birthYear} г.р.` : nameText,
    needsReview: flags.length > 0,
    flags,
    dative,
  };
}
