/** Abuse aimed at the prisoner — German. */
import type { RuleFile } from '../../types';
import { ABUSE_MESSAGES as m } from './messages';

/** German abuse rules. */
export const abuseDe = {
  category: 'abuse',
  language: 'de',
  allow: [
    '{kein,keine,nicht,niemals} {ein ,}{verräter,verbrecher,terrorist,idiot,versager}',
    'wie ein {verbrecher,verräter,terrorist}',
  ],
  rules: [
    {
      id: 'abuse.de.insult',
      severity: 'block',
      message: m.abuse,
      note: 'An insult within four words of "du/dich/dir/ihr"; negations are allowed.',
      patterns: [
        'verräter{,in}',
        'idiot{,in}',
        'abschaum',
        'verbrecher{,in}',
        'terrorist{,in}',
        'versager{,in}',
        'dummkopf',
        'arschloch',
        'ratte',
        'nichtsnutz',
        'schwein',
      ],
      // Four words: "du bist ein elender Verräter" puts an adjective between.
      near: { within: 4, patterns: ['du', 'dich', 'dir', 'ihr', 'euch', 'dein', 'deine'] },
    },
    {
      id: 'abuse.de.harm',
      severity: 'block',
      message: m.abuse,
      note: 'Wishing the prisoner harm, gloating, threats.',
      patterns: [
        '{im gefängnis,in der zelle,im knast,im lager} {verrotten,verrecken}',
        'verrott{e,en,est}',
        'verreck{e,en,st}',
        'geschieht {dir,euch} recht',
        'wir wissen wo {du wohnst,deine}',
        'wir wissen, wo {du wohnst,deine}',
        '{ich,wir} {finde,finden,kriegen} dich',
        'stirb',
      ],
    },
  ],
} satisfies RuleFile;
