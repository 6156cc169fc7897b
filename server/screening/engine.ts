/**
 * `screenText`: one pass of the word lexicon over the normalised text, one pass of the shape
 * detectors over the original, the prisoner's case rules when the recipient is known; flags
 * with offsets into the original text, messages in the writer's UI language.
 */
import type { UiLanguage } from '../../shared/limits';
import { compileRuleFiles, type RuleSet } from './compile';
import { runDetectors } from './detectors';
import { scanLexicon, wordStarts } from './lexicon';
import { normalizeForMatching } from './normalize';
import { prisonerRuleSet } from './prisoner-rules';
import { resolveHits, type RuleMatch } from './resolve';
import { DETECTOR_RULES, RULE_FILES } from './rules';
import { severityRank } from './severity';
import type { DetectorRule, RuleLanguage, ScreenInput, ScreenResult, ScreeningFlag } from './types';

const OWN_RULES: ReadonlySet<string> = new Set<RuleLanguage>([
  'ru',
  'uk',
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pl',
]);

/**
 * Rule languages that apply to a text: its own, Russian (Cyrillic words turn up in any letter and
 * never collide with Latin ones), and the language-neutral names. Belarusian borrows Ukrainian
 * rules; languages without rules of their own get the English ones, the likeliest lingua franca.
 */
export function ruleLanguagesFor(language: string): RuleLanguage[] {
  const own: RuleLanguage = OWN_RULES.has(language)
    ? (language as RuleLanguage)
    : language === 'be'
      ? 'uk'
      : 'en';
  return [...new Set<RuleLanguage>(['*', 'ru', own])];
}

const compiled = new Map<RuleLanguage, RuleSet>();

/**
 * The compiled word rules of one rule language (compiled on first use, then kept). Each language
 * is compiled once and scanned on its own, so Russian rules are not recompiled for every language.
 */
export function ruleSetFor(language: RuleLanguage): RuleSet {
  let set = compiled.get(language);
  if (!set) {
    set = compileRuleFiles(RULE_FILES.filter((f) => f.language === language));
    compiled.set(language, set);
  }
  return set;
}

/**
 * Compiles every rule language now (about a second on a shared core), so the first screening
 * request after start-up is not the slow one. Optional: rules otherwise compile on first use.
 */
export function precompileRules(): void {
  for (const language of ['*', ...OWN_RULES] as RuleLanguage[]) ruleSetFor(language);
}

/**
 * Screens one text. Offsets are UTF-16 indexes into `input.text` (what `String.prototype.slice` takes).
 * @example screenText({ text: 'Я думаю о войне', language: 'ru' }).flags[0].category === 'war'
 */
export function screenText(input: ScreenInput): ScreenResult {
  const { text, language } = input;
  const ui: UiLanguage = input.uiLanguage ?? 'en';
  const flags: ScreeningFlag[] = [];
  if (text.length === 0) return { flags };

  const norm = normalizeForMatching(text);
  const starts = wordStarts(norm.text);
  const sets = ruleLanguagesFor(language).map(ruleSetFor);
  if (input.prisoner) sets.push(prisonerRuleSet(input.prisoner));
  for (const set of sets) {
    const matches = resolveHits(set, norm, starts, scanLexicon(set.lexicon, norm.text, starts));
    for (const m of mergeSameRule(matches)) {
      const rule = set.rules[m.rule]!;
      flags.push(toFlag(rule, m.start, m.end, ui));
    }
  }

  for (const hit of runDetectors(text, language === 'ru')) {
    for (const rule of DETECTOR_RULES.get(hit.detector) ?? []) {
      if (!rule.languages || rule.languages.includes(language))
        flags.push(toFlag(rule, hit.start, hit.end, ui));
    }
  }
  return {
    flags: dropCovered(flags).sort(
      (a, b) => a.start - b.start || severityRank(a.severity) - severityRank(b.severity),
    ),
  };
}

function toFlag(
  rule: Pick<DetectorRule, 'id' | 'category' | 'severity' | 'message'> & { suggestion?: string },
  start: number,
  end: number,
  ui: UiLanguage,
): ScreeningFlag {
  const flag: ScreeningFlag = {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start,
    end,
    message: rule.message[ui],
  };
  if (rule.suggestion) flag.suggestion = rule.suggestion;
  return flag;
}

/** Overlapping matches of one rule (several patterns on the same words) become one. */
function mergeSameRule(matches: RuleMatch[]): RuleMatch[] {
  const sorted = [...matches].sort((a, b) => a.rule - b.rule || a.start - b.start);
  const out: RuleMatch[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && last.rule === m.rule && m.start < last.end) last.end = Math.max(last.end, m.end);
    else out.push({ ...m });
  }
  return out;
}

/** Drops a flag lying inside another of the same category that is at least as severe. */
function dropCovered(flags: ScreeningFlag[]): ScreeningFlag[] {
  return flags.filter((f, fi) => !flags.some((g, gi) => gi !== fi && covers(g, f, gi < fi)));
}

/** Does `g` make `f` redundant? Ties (same severity, same span) keep the earlier one. */
function covers(g: ScreeningFlag, f: ScreeningFlag, gFirst: boolean): boolean {
  if (g.category !== f.category || g.start > f.start || f.end > g.end) return false;
  const bySeverity = severityRank(g.severity) - severityRank(f.severity);
  if (bySeverity !== 0) return bySeverity < 0;
  return g.end - g.start > f.end - f.start || gFirst;
}
