/**
 * Criminal-code articles from the free text human-rights lists use: "ч. 2 ст. 205.2 УК РФ",
 * "ст.207.3 ч.2 п.«д»", "п. «а» ч. 2 ст. 213", lists joined by commas, semicolons and "и", and
 * Viasna's English "Part 2 of Art. 285 of the Criminal Code". A part or point belongs to the
 * article in the same clause, whether it is written before the article or after it.
 */
import type { CriminalArticle } from '../../db/schema/prisoners';

type Token =
  | { kind: 'article'; values: string[]; start: number; end: number }
  | { kind: 'part'; values: string[]; start: number; end: number }
  | { kind: 'point'; values: string[]; start: number; end: number }
  | { kind: 'sep'; start: number; end: number };

const NUMBER = String.raw`\d+(?:[.\-]\d+)*`;
const LETTER_POINT = String.raw`[«"„“']?\s*([а-яa-z])\s*[»"“”']?`;

/** Patterns tried at each position, in order. */
const PATTERNS: { kind: Token['kind']; pattern: RegExp }[] = [
  // "ст.ст. 205.2, 280", "статьи 280", "ст.207.3", "Art. 361-4", "Article 13".
  {
    kind: 'article',
    pattern: new RegExp(
      String.raw`^(?:ст\.?\s*ст\.|стать[яиейю]|ст\.|ст(?=\s*\d)|art\.|articles?)\s*(${NUMBER}(?:\s*,\s*${NUMBER}(?!\s*(?:ч|part)))*)`,
      'iu',
    ),
  },
  {
    kind: 'part',
    pattern: new RegExp(
      String.raw`^(?:ч\.|част[ьиюя]|part)\s*(\d+(?:\s*(?:,|и|and)\s*\d+)*)(?:\s+of)?`,
      'iu',
    ),
  },
  {
    kind: 'point',
    pattern: new RegExp(
      String.raw`^(?:п\.\s*п\.|пп\.|п\.|пункт[а-я]*|clause|item|point)\s*(${LETTER_POINT}(?:\s*,\s*${LETTER_POINT})*|\d+)(?:\s+of)?`,
      'iu',
    ),
  },
  { kind: 'sep', pattern: /^(?:[;,]|\s(?:и|and)\s)/iu },
];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    // Only try a keyword where a word starts.
    const atWord = i === 0 || !/[\p{L}\d]/u.test(text[i - 1]!);
    let matched = false;
    for (const { kind, pattern } of PATTERNS) {
      if (kind !== 'sep' && !atWord) continue;
      const m = pattern.exec(rest);
      if (!m) continue;
      const start = i;
      const end = i + m[0].length;
      if (kind === 'sep') tokens.push({ kind, start, end });
      else {
        const values = m[1]!
          .split(/\s*(?:,|\sи\s|\sand\s)\s*/iu)
          .map((v) => v.replace(/[«»"„“”'\s]/gu, '').toLowerCase());
        tokens.push({ kind, values: values.filter(Boolean), start, end });
      }
      i = end;
      matched = true;
      break;
    }
    if (!matched) i += 1;
  }
  return tokens;
}

interface Clause {
  articles: string[];
  parts: string[];
  points: string[];
  /** Parts or points came before the article ("ч. 2 ст. 205.2"), so later ones start a new clause. */
  prefixed: boolean;
  start: number;
  end: number;
}

/** Groups tokens into clauses: one or more articles with the parts and points written around them. */
function clausesOf(tokens: Token[]): Clause[] {
  const clauses: Clause[] = [];
  let clause: Clause | undefined;
  const close = () => {
    if (clause && clause.articles.length > 0) clauses.push(clause);
    clause = undefined;
  };
  for (const token of tokens) {
    if (token.kind === 'sep') {
      // A separator inside the qualifiers ("ч. 1 и 2 ст. 280") does not end the clause.
      if (clause?.articles.length) close();
      continue;
    }
    const qualified = clause !== undefined && (clause.parts.length > 0 || clause.points.length > 0);
    if (token.kind === 'article' && clause?.articles.length && qualified) close();
    if (token.kind !== 'article' && clause?.articles.length && clause.prefixed) close();
    clause ??= { articles: [], parts: [], points: [], prefixed: false, start: token.start, end: token.end };
    if (token.kind === 'article') {
      clause.prefixed ||=
        clause.articles.length === 0 && (clause.parts.length > 0 || clause.points.length > 0);
      clause.articles.push(...token.values);
    } else if (token.kind === 'part') clause.parts.push(...token.values);
    else clause.points.push(...token.values);
    clause.end = token.end;
  }
  close();
  return clauses;
}

/**
 * Parses the articles in `text`. `code` is the criminal code they belong to (RU unless the list
 * says otherwise; Viasna's lists are BY). Duplicates are dropped; text with no article gives [].
 * @example parseArticles('ст.207.3 ч.2 п.«д»') // [{ code: 'RU', article: '207.3', part: '2', point: 'д', raw: 'ст.207.3 ч.2 п.«д»' }]
 */
export function parseArticles(text: string, code: CriminalArticle['code'] = 'RU'): CriminalArticle[] {
  // Viasna appends a description after a dash: "Art. 341 of the Criminal Code — Desecration ...".
  const source = text.replace(/\s+[—–]\s+[^;\n]*/gu, '').replace(/\s+/gu, ' ');
  const clauses = clausesOf(tokenize(source));
  const out: CriminalArticle[] = [];
  const seen = new Set<string>();
  for (const c of clauses) {
    // "ст. 20.3.1 КоАП" is the administrative code: a fine, not a criminal case.
    if (/^\s*КоАП/iu.test(source.slice(c.end))) continue;
    const raw = source.slice(c.start, c.end).trim();
    for (const article of c.articles) {
      for (const part of c.parts.length > 0 ? c.parts : [undefined]) {
        for (const point of c.points.length > 0 ? c.points : [undefined]) {
          const key = `${article}|${part ?? ''}|${point ?? ''}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ code, article, ...(part ? { part } : {}), ...(point ? { point } : {}), raw });
        }
      }
    }
  }
  return out;
}

/** "ч. 2 ст. 205.2 УК РФ" (or "Part 2 of Art. 285 of the Criminal Code of Belarus") for display. */
export function formatArticle(a: CriminalArticle): string {
  if (a.code === 'BY') {
    const part = a.part ? `Part ${a.part} of ` : '';
    return `${part}Art. ${a.article} of the Criminal Code of Belarus`;
  }
  const point = a.point ? `п. «${a.point}» ` : '';
  const part = a.part ? `ч. ${a.part} ` : '';
  return `${point}${part}ст. ${a.article} УК РФ`;
}
