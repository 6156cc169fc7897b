/**
 * Rules built from the recipient's case: the articles they are charged under, co-defendants and
 * other people of the case (in every case form and in the Latin spellings writers type), the
 * case's own keywords, and "the case of <surname>". All `block`: these are the details the censor
 * stops and the investigator reads. Compiled per prisoner and kept in a small cache.
 */
import { compileRuleFiles, type RuleSet } from './compile';
import { CYRILLIC, keywordPattern, latinSpellings, russianNameForms } from './morphology';
import { CASE_MESSAGES as m } from './rules/case/messages';
import type { PrisonerContext, RuleFile, WordRule } from './types';

/** Common given names: alone they name half the country, so only surnames are flagged alone. */
const GIVEN_NAMES = new Set(
  (
    'александр алексей анатолий андрей антон аркадий артем артём богдан борис вадим валентин валерий василий ' +
    'виктор виталий владимир владислав всеволод вячеслав геннадий георгий глеб григорий давид даниил данила ' +
    'денис дмитрий евгений егор иван игорь илья кирилл константин лев леонид максим марат марк михаил никита ' +
    'николай олег павел петр пётр роман руслан сергей станислав степан тимофей тимур федор фёдор юрий ярослав ' +
    'азат айдар ильдар ринат рустам эльдар ремзи александра алина алла алсу анастасия анна валентина валерия ' +
    'вера виктория галина дарья диана евгения екатерина елена елизавета жанна зарема ирина карина кристина ' +
    'ксения лариса любовь людмила маргарита марина мария надежда наталья наталия нина оксана ольга полина ' +
    'светлана софья софия татьяна ульяна юлия яна'
  ).split(' '),
);

const ARTICLE_WORDS =
  "ст.,ст,статья,статьи,статье,статью,статьей,стаття,статті,статтю,article,art.,art,artikel,l'article,articulo,articolo,artykul,artykulu";
const CASE_WORDS_BEFORE =
  'case,trial,fall,prozess,verfahren,affaire,proces,caso,processo,sprawa,sprawie,sprawy';
const CASE_WORDS_AFTER = 'case,trial,fall,prozess';

/** Characters with a meaning in patterns, removed from names and keywords. */
const clean = (s: string): string =>
  s
    .replace(/[{}*@,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function articlePatterns(ctx: PrisonerContext): string[] {
  return ctx.articles.flatMap(({ article }) => {
    const a = clean(article);
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(a)) return [];
    const withWord = [`{${ARTICLE_WORDS}} ${a}`, `ст.${a}`];
    // "205.2" is unmistakable alone; "275" is a page count until it stands next to "статья".
    // The word is matched too, so the flag covers "ст. 205.2" like the generic article flag does.
    if (a.includes('.')) return [a, ...withWord];
    return [...withWord, `${a} {й,я,ой,ая,ю,ук}`];
  });
}

function surnameTokens(name: string): string[] {
  const tokens = clean(name)
    .split(' ')
    .filter((t) => t.length >= 3);
  const surnames = tokens.filter((t) => !GIVEN_NAMES.has(t.toLowerCase()));
  return surnames.length > 0 ? surnames : tokens.slice(-1);
}

function nameForms(surname: string): { cyrillic: string[]; latin: string[] } {
  if (!CYRILLIC.test(surname)) return { cyrillic: [], latin: [surname.toLowerCase()] };
  return { cyrillic: russianNameForms(surname), latin: latinSpellings(surname) };
}

function peoplePatterns(ctx: PrisonerContext): string[] {
  const names = [...(ctx.coDefendants ?? []), ...(ctx.caseNames ?? [])];
  return names.flatMap(surnameTokens).flatMap((surname) => {
    const { cyrillic, latin } = nameForms(surname);
    return [...cyrillic, ...latin.map((l) => `${l}{,s}`)];
  });
}

function keywordPatterns(ctx: PrisonerContext): string[] {
  return (ctx.caseKeywords ?? [])
    .map(clean)
    .filter((k) => k.length >= 3)
    .map((k) =>
      k
        .split(' ')
        .map((w) => (CYRILLIC.test(w) && w.length >= 5 ? keywordPattern(w) : w))
        .join(' '),
    );
}

function ownCasePatterns(ctx: PrisonerContext): string[] {
  const surname = clean(ctx.surname);
  if (surname.length < 3) return [];
  const { cyrillic, latin } = nameForms(surname);
  const out = cyrillic.map((f) => `дел{о,а,у,ом,е} ${f}`);
  for (const l of latin) out.push(`{${CASE_WORDS_BEFORE}} {of ,}${l}`, `${l}{,s,'s} {${CASE_WORDS_AFTER}}`);
  return out;
}

/** The case rules for one prisoner, as a rule file (exposed for tests and for moderators' tools). */
export function prisonerRuleFile(ctx: PrisonerContext): RuleFile {
  const rule = (id: string, patterns: string[], note: string): WordRule => ({
    id: `case.prisoner.${id}`,
    severity: 'block',
    patterns,
    message: m.caseDetails,
    note,
  });
  const rules = [
    rule('article', articlePatterns(ctx), 'An article of the criminal code this prisoner is charged under.'),
    rule('person', peoplePatterns(ctx), 'A co-defendant or another person of the case, by surname.'),
    rule('keyword', keywordPatterns(ctx), 'A word of the case itself, from the directory.'),
    rule('own_case', ownCasePatterns(ctx), '"The case of <prisoner>": the case named outright.'),
  ].filter((r) => r.patterns.length > 0);
  return { category: 'case', language: '*', rules };
}

const cache = new Map<string, RuleSet>();
const CACHE_SIZE = 500;

/** The compiled case rules for `ctx` (compiled once per distinct case data, least recently used evicted). */
export function prisonerRuleSet(ctx: PrisonerContext): RuleSet {
  const key = JSON.stringify([ctx.surname, ctx.articles, ctx.caseKeywords, ctx.coDefendants, ctx.caseNames]);
  let set = cache.get(key);
  if (set) {
    cache.delete(key);
  } else {
    set = compileRuleFiles([prisonerRuleFile(ctx)]);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, set);
  return set;
}
