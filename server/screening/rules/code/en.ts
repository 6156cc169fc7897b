/** Chat abbreviations — English (a censor may read them as code). */
import type { RuleFile } from '../../types';
import { CODE_MESSAGES as m } from './messages';

/** English abbreviation rules. */
export const codeEn = {
  category: 'code',
  language: 'en',
  rules: [
    {
      id: 'code.en.abbreviation',
      severity: 'warn',
      message: m.abbreviation,
      suggestion: 'in my opinion / by the way',
      note: 'Chat abbreviations; they survive into the translation and look like code.',
      patterns: [
        'imho',
        'imo',
        'btw',
        'lol',
        'omg',
        'asap',
        'afaik',
        'idk',
        'brb',
        'thx',
        'pls',
        'plz',
        'tbh',
        'fyi',
        'rofl',
        'lmao',
        'irl',
        'ttyl',
        'bff',
      ],
    },
  ],
} satisfies RuleFile;
