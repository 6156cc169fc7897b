/**
 * Numbers and dates that differ between source and translation. Each number is split into its
 * parts ("12.05.2024" → 12, 5, 2024; "10:30" → 10, 30), and a month name next to a number counts
 * as its number ("3 May" → 3, 5 = «3 мая» → 3, 5), so a date written differently still matches
 * but a changed digit does not.
 */
import type { QualityIssue, Span } from './types';

const MONTHS: Record<string, string[]> = {
  '1': [
    'january',
    'jan',
    'januar',
    'jänner',
    'janvier',
    'enero',
    'gennaio',
    'styczeń',
    'stycznia',
    'січень',
    'січня',
    'январь',
    'января',
    'январе',
    'студзень',
    'студзеня',
  ],
  '2': [
    'february',
    'feb',
    'februar',
    'février',
    'febrero',
    'febbraio',
    'luty',
    'lutego',
    'лютий',
    'лютого',
    'февраль',
    'февраля',
    'феврале',
    'люты',
    'лютага',
  ],
  '3': [
    'march',
    'mar',
    'märz',
    'mars',
    'marzo',
    'marzec',
    'marca',
    'березень',
    'березня',
    'март',
    'марта',
    'марте',
    'сакавік',
    'сакавіка',
  ],
  '4': [
    'april',
    'apr',
    'avril',
    'abril',
    'aprile',
    'kwiecień',
    'kwietnia',
    'квітень',
    'квітня',
    'апрель',
    'апреля',
    'апреле',
    'красавік',
    'красавіка',
  ],
  '5': ['may', 'mai', 'mayo', 'maggio', 'maj', 'maja', 'травень', 'травня', 'май', 'мая', 'мае', 'траўня'],
  '6': [
    'june',
    'jun',
    'juni',
    'juin',
    'junio',
    'giugno',
    'czerwiec',
    'czerwca',
    'червень',
    'червня',
    'июнь',
    'июня',
    'июне',
    'чэрвень',
    'чэрвеня',
  ],
  '7': [
    'july',
    'jul',
    'juli',
    'juillet',
    'julio',
    'luglio',
    'lipiec',
    'lipca',
    'липень',
    'липня',
    'июль',
    'июля',
    'июле',
    'ліпень',
    'ліпеня',
  ],
  '8': [
    'august',
    'aug',
    'août',
    'agosto',
    'sierpień',
    'sierpnia',
    'серпень',
    'серпня',
    'август',
    'августа',
    'августе',
    'жнівень',
    'жніўня',
  ],
  '9': [
    'september',
    'sep',
    'sept',
    'septembre',
    'septiembre',
    'setiembre',
    'settembre',
    'wrzesień',
    'września',
    'вересень',
    'вересня',
    'сентябрь',
    'сентября',
    'сентябре',
    'верасень',
    'верасня',
  ],
  '10': [
    'october',
    'oct',
    'oktober',
    'octobre',
    'octubre',
    'ottobre',
    'październik',
    'października',
    'жовтень',
    'жовтня',
    'октябрь',
    'октября',
    'октябре',
    'кастрычнік',
    'кастрычніка',
  ],
  '11': [
    'november',
    'nov',
    'novembre',
    'noviembre',
    'listopad',
    'listopada',
    'листопад',
    'листопада',
    'ноябрь',
    'ноября',
    'ноябре',
    'лістапад',
    'лістапада',
  ],
  '12': [
    'december',
    'dec',
    'dezember',
    'décembre',
    'diciembre',
    'dicembre',
    'grudzień',
    'grudnia',
    'грудень',
    'грудня',
    'декабрь',
    'декабря',
    'декабре',
    'снежань',
    'снежня',
  ],
};

const MONTH_OF = new Map(Object.entries(MONTHS).flatMap(([n, words]) => words.map((w) => [w, n] as const)));
/** Longer words cannot be month names: most words of a letter skip the lower-casing and lookup. */
const LONGEST_MONTH = Math.max(...[...MONTH_OF.keys()].map((w) => w.length));
/** Digit runs and letter runs. */
const NUMBER_OR_WORD = /\d+|\p{L}+/gu;

/** A number part found in a text. */
export interface NumberToken {
  value: string;
  span: Span;
}

/** Number parts and month numbers (the latter only next to a number) of a text, in order. */
export function numberTokens(text: string): NumberToken[] {
  const tokens: (NumberToken & { month: boolean })[] = [];
  for (const m of text.matchAll(NUMBER_OR_WORD)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const first = m[0].charCodeAt(0);
    if (first >= 48 && first <= 57) tokens.push({ value: String(Number(m[0])), span, month: false });
    else if (m[0].length <= LONGEST_MONTH) {
      const month = MONTH_OF.get(m[0].toLowerCase());
      if (month) tokens.push({ value: month, span, month: true });
    }
  }
  // A month counts only beside a number ("3 May", "May 3rd", "3 de mayo", «в мае 2024»), with no
  // real word between: "I may come" and "you may have 3 cats" are no dates.
  return tokens.filter((t, i) => {
    if (!t.month) return true;
    const near = [tokens[i - 1], tokens[i + 1]].filter((n): n is (typeof tokens)[number] => !!n && !n.month);
    return near.some((n) => {
      const between =
        n.span.end <= t.span.start
          ? text.slice(n.span.end, t.span.start)
          : text.slice(t.span.end, n.span.start);
      return between.length <= 8 && !/\p{L}{4}/u.test(between);
    });
  });
}

/** Issues for numbers of the source missing from the translation, and numbers the translation added. */
export function checkNumbers(source: string, target: string): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const remaining = numberTokens(target);
  const unmatchedSource: NumberToken[] = [];
  for (const token of numberTokens(source)) {
    const i = remaining.findIndex((t) => t.value === token.value);
    if (i >= 0) remaining.splice(i, 1);
    else unmatchedSource.push(token);
  }
  for (const token of unmatchedSource) {
    const written = source.slice(token.span.start, token.span.end);
    issues.push({
      code: 'number_missing',
      severity: 'error',
      params: { number: written },
      message: `${written} is in the source but not in the translation`,
      source: token.span,
    });
  }
  for (const token of remaining) {
    const written = target.slice(token.span.start, token.span.end);
    issues.push({
      code: 'number_extra',
      severity: 'error',
      params: { number: written },
      message: `${written} is in the translation but not in the source`,
      target: token.span,
    });
  }
  return issues;
}
