/**
 * Compiles rule files into one lexicon: every pattern of every rule (and every proximity word,
 * and every "allow" phrase) goes into the same trie, labelled with what it stands for.
 */
import { addPattern, createLexicon, type Lexicon } from './lexicon';
import type { Category, Messages, RuleFile, Severity } from './types';

/** A rule as the engine uses it. */
export interface CompiledRule {
  id: string;
  category: Category;
  severity: Severity;
  message: Messages;
  note: string;
  suggestion?: string;
  /** Proximity window in words, when the rule needs a nearby word. */
  within?: number;
}

/**
 * What a lexicon entry stands for: a pattern of the rule (`Main`), a word that must stand near
 * the rule's pattern (`Near`), or a phrase in which the category's words are harmless (`Allow`).
 */
export const RefKind = { Main: 0, Near: 1, Allow: 2 } as const;

/** One of `RefKind`'s values. */
export type RefKind = (typeof RefKind)[keyof typeof RefKind];

/** A lexicon entry's label. */
export interface Ref {
  kind: RefKind;
  /** Index into `RuleSet.rules` (Main, Near). */
  rule: number;
  category: Category;
}

/** Compiled rules and their lexicon. */
export interface RuleSet {
  rules: CompiledRule[];
  lexicon: Lexicon<Ref>;
}

/** Compiles `files` into one rule set. Throws on a malformed pattern (naming it). */
export function compileRuleFiles(files: readonly RuleFile[]): RuleSet {
  const rules: CompiledRule[] = [];
  const lexicon = createLexicon<Ref>();
  for (const file of files) {
    for (const rule of file.rules) {
      const index = rules.length;
      rules.push({
        id: rule.id,
        category: file.category,
        severity: rule.severity,
        message: rule.message,
        note: rule.note,
        ...(rule.suggestion ? { suggestion: rule.suggestion } : {}),
        ...(rule.near ? { within: rule.near.within } : {}),
      });
      for (const p of rule.patterns)
        addPattern(lexicon, p, { kind: RefKind.Main, rule: index, category: file.category });
      for (const p of rule.near?.patterns ?? []) {
        addPattern(lexicon, p, { kind: RefKind.Near, rule: index, category: file.category });
      }
    }
    for (const p of file.allow ?? [])
      addPattern(lexicon, p, { kind: RefKind.Allow, rule: -1, category: file.category });
  }
  return { rules, lexicon };
}
