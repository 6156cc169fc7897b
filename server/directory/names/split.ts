/**
 * Splits a full name into surname, given name and patronymic, and reads the gender off the
 * patronymic ("-ович" / "-овна", Turkic "оглы" / "кызы") or, failing that, off a Russian surname
 * form ("-ова", "-ский"). Lists by Russian groups write the surname first; Latin lists (Viasna)
 * write the given name first, so the caller says which order to expect when there is no
 * patronymic to tell.
 */

/** Gender as the directory stores it. */
export type Gender = 'male' | 'female' | 'unknown';

/** A split name. */
export interface SplitName {
  surname: string;
  givenName: string;
  patronymic: string;
  gender: Gender;
  /** What the gender was read from. */
  genderSource: 'patronymic' | 'surname' | 'source' | 'none';
  /** Other names given in brackets ("Пышник (Чимпаеш) Анна" → ["Чимпаеш"]). */
  aka: string[];
}

const MALE_PATRONYMIC = /(вич|ьич|ич|оглы|оглу|улы|уулу|угли)$/iu;
const FEMALE_PATRONYMIC = /(вна|чна|шна|кызы|гызы|кизи)$/iu;
const TURKIC_PARTICLE = /^(оглы|оглу|улы|уулу|угли|кызы|гызы|кизи)$/iu;
const FEMALE_SURNAME = /(ова|ева|ёва|ина|ына|ская|цкая|ая|яя)$/iu;
const MALE_SURNAME = /(ов|ев|ёв|ин|ын|ский|цкий|ской|ой|ый|ий)$/iu;

/** The gender a patronymic tells, if it tells one. */
export function genderFromPatronymic(patronymic: string): Gender {
  const p = patronymic.trim();
  if (!p) return 'unknown';
  if (MALE_PATRONYMIC.test(p)) return 'male';
  if (FEMALE_PATRONYMIC.test(p)) return 'female';
  return 'unknown';
}

/** The gender a Russian-shaped surname tells ("Иванова" female, "Иванов" male), if any. */
export function genderFromSurname(surname: string): Gender {
  const last = surname.split('-').pop() ?? surname;
  if (!/[а-яё]/iu.test(last)) return 'unknown';
  if (FEMALE_SURNAME.test(last)) return 'female';
  if (MALE_SURNAME.test(last)) return 'male';
  return 'unknown';
}

function isPatronymic(word: string): boolean {
  return /[а-яёіїєґ]{3,}(ович|евич|ич|овна|евна|ична|инична|івна|ївна)$/iu.test(word);
}

/**
 * Splits `fullName`. `order` applies when no patronymic shows which word is which.
 * @example splitName('Мамедов Эльчин Ильхам оглы') // surname 'Мамедов', patronymic 'Ильхам оглы', male
 */
export function splitName(
  fullName: string,
  options: { order?: 'surname-first' | 'given-first'; gender?: Gender } = {},
): SplitName {
  const aka = [...fullName.matchAll(/\(([^()]+)\)/gu)].map((m) => m[1]!.trim()).filter(Boolean);
  const words = fullName
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/[,;]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  let surname = '';
  let givenName = '';
  let patronymic = '';
  const particle = words.findIndex((w, i) => i > 0 && TURKIC_PARTICLE.test(w));
  // The second of two words is a surname ("Святослав Шубич"), never a patronymic.
  const patronymicAt =
    particle > 0 ? particle - 1 : words.findIndex((w, i) => i > 0 && words.length > 2 && isPatronymic(w));
  const patronymicWords = particle > 0 ? 2 : 1;
  if (patronymicAt >= 2) {
    // "Фамилия Имя Отчество" (a double given name or surname puts more words before).
    surname = words[0]!;
    givenName = words.slice(1, patronymicAt).join(' ');
    patronymic = words.slice(patronymicAt, patronymicAt + patronymicWords).join(' ');
    const after = words.slice(patronymicAt + patronymicWords);
    if (after.length > 0) surname = [surname, ...after].join(' ');
  } else if (patronymicAt === 1) {
    // "Имя Отчество Фамилия".
    givenName = words[0]!;
    patronymic = words.slice(1, 1 + patronymicWords).join(' ');
    surname = words.slice(1 + patronymicWords).join(' ');
  } else if (options.order === 'given-first') {
    givenName = words.slice(0, -1).join(' ');
    surname = words.at(-1) ?? '';
  } else {
    surname = words[0] ?? '';
    givenName = words.slice(1).join(' ');
  }
  let gender = genderFromPatronymic(patronymic);
  let genderSource: SplitName['genderSource'] = gender === 'unknown' ? 'none' : 'patronymic';
  if (gender === 'unknown' && options.gender && options.gender !== 'unknown') {
    gender = options.gender;
    genderSource = 'source';
  }
  if (gender === 'unknown') {
    gender = genderFromSurname(surname);
    if (gender !== 'unknown') genderSource = 'surname';
  }
  return { surname, givenName, patronymic, gender, genderSource, aka };
}
