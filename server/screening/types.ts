/**
 * The vocabulary of screening: categories, severities, the prisoner's case data the case rules are
 * built from, and the shape of rule data files (`rules/<category>/<language>.ts`).
 */
import type { UiLanguage } from '../../shared/limits';
import type { ScreeningFlag } from '../db/schema/work';

export type { ScreeningFlag };

/** How serious a flag is: `block` must change before sending, `warn` a moderator looks, `info` is a kindness. */
export type Severity = ScreeningFlag['severity'];

/** Severities from the most to the least serious. */
export const SEVERITIES = ['block', 'warn', 'info'] as const satisfies readonly Severity[];

/** What a flag is about. The corpus labels and the evaluation use the same keys. */
export const CATEGORIES = [
  'case',
  'war',
  'organisations',
  'protest',
  'insult_authority',
  'code',
  'foreign_words',
  'contact',
  'swearing',
  'sexual',
  'security',
  'third_party',
  'food_freedom',
  'abuse',
] as const;

/** A screening category. */
export type Category = (typeof CATEGORIES)[number];

/** Which text is screened: the writer's own, or the Russian translation the censor will read. */
export type ScreeningStage = 'source' | 'translation';

/** A text for the writer in every UI language. */
export type Messages = Record<UiLanguage, string>;

/** One article of the criminal code the prisoner is charged under or convicted of. */
export interface PrisonerArticle {
  /** "205.2", "275". */
  article: string;
  /** "2" for "ч. 2". */
  part?: string;
}

/**
 * The prisoner's case data, from the directory. Case rules are built from it: the articles, the
 * co-defendants, the case's own keywords, the case in the prisoner's name ("дело Мельникова").
 */
export interface PrisonerContext {
  surname: string;
  givenName: string;
  articles: PrisonerArticle[];
  /** Words and short phrases of the case ("листовки", "поджог военкомата"). */
  caseKeywords?: string[];
  /** Co-defendants' names, Cyrillic, any order ("Денис Соколов"). */
  coDefendants?: string[];
  /** Investigators', judges' and witnesses' names, treated like co-defendants. */
  caseNames?: string[];
}

/**
 * A word rule. Patterns are matched on normalised text (lower case, ё→е, accents off Latin
 * letters, hyphens between words as spaces); see `patterns.ts` for the syntax:
 * `{a,b,}` alternatives, `{@a}` a named ending set, `*` rest of the word, a leading `*` inside a word.
 */
export interface WordRule {
  /** Stable id, `<category>.<language>.<name>`. */
  id: string;
  severity: Severity;
  patterns: string[];
  /** For the writer, in each UI language. */
  message: Messages;
  /** For the moderator: why this matters, what to look for. */
  note: string;
  /** A safer wording in the rule's own language, where one exists. */
  suggestion?: string;
  /** Flag only when one of these is within `within` words, in the same sentence (e.g. "you" near an insult). */
  near?: { patterns: string[]; within: number };
}

/** The languages a rule file can be written for; `*` applies to every text (names, acronyms). */
export type RuleLanguage = 'ru' | 'uk' | 'en' | 'de' | 'fr' | 'es' | 'it' | 'pl' | '*';

/** One rule data file: a category in one language. */
export interface RuleFile {
  category: Category;
  language: RuleLanguage;
  rules: WordRule[];
  /** Phrases whose words are not this category ("war and peace", "tennis court"). */
  allow?: string[];
}

/** What `screenText` screens. */
export interface ScreenInput {
  text: string;
  /** Language of the text (ISO 639-1; a writer language or "ru" for translations). */
  language: string;
  /**
   * Which text this is. The checks depend on the language alone: a Russian source goes to the
   * censor as written (Russian letters skip translation), so it gets the same checks as a translation.
   */
  stage?: ScreeningStage;
  prisoner?: PrisonerContext;
  /** Language of the messages (default English). */
  uiLanguage?: UiLanguage;
}

/** What `screenText` returns: flags sorted by position. */
export interface ScreenResult {
  flags: ScreeningFlag[];
}

/** The shape detectors (`detectors.ts`): things found by form rather than by word. */
export const DETECTORS = [
  'url',
  'email',
  'handle',
  'phone',
  'card',
  'iban',
  'account',
  'digits',
  'number_sequence',
  'jumble',
  'morse',
  'script',
  'article',
  'address',
  'passport',
  'name_with_phone',
  'latin_word',
] as const;

/** A shape detector's name. */
export type DetectorName = (typeof DETECTORS)[number];

/** A rule whose matches come from a shape detector rather than from word patterns. */
export interface DetectorRule {
  id: string;
  category: Category;
  severity: Severity;
  detector: DetectorName;
  message: Messages;
  note: string;
  /** Only for texts in these languages (e.g. Latin words only in Russian text). */
  languages?: string[];
}
