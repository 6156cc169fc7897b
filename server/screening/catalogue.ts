/** Every rule with its note, for moderators: what a `ruleId` in a flag means and why it matters. */
import type { UiLanguage } from '../../shared/limits';
import { DETECTOR_RULE_LIST, RULE_FILES } from './rules';
import type { Category, Severity } from './types';

/** One rule as a moderator sees it. */
export interface CatalogueEntry {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** The rule file's language, `*` for every language, or `shape` for a detector. */
  language: string;
  note: string;
  message: string;
  suggestion?: string;
}

/** All static rules (the prisoner's case rules are built per letter and all read "case.prisoner.*"). */
export function ruleCatalogue(uiLanguage: UiLanguage = 'en'): CatalogueEntry[] {
  const words = RULE_FILES.flatMap((file) =>
    file.rules.map((rule) => ({
      ruleId: rule.id,
      category: file.category,
      severity: rule.severity,
      language: file.language,
      note: rule.note,
      message: rule.message[uiLanguage],
      ...(rule.suggestion ? { suggestion: rule.suggestion } : {}),
    })),
  );
  const shapes = DETECTOR_RULE_LIST.map((rule) => ({
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    language: 'shape',
    note: rule.note,
    message: rule.message[uiLanguage],
  }));
  return [...words, ...shapes];
}
