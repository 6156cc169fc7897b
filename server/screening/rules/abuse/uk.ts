/** Abuse aimed at the prisoner — Ukrainian. */
import type { RuleFile } from '../../types';
import { ABUSE_MESSAGES as m } from './messages';

/** Ukrainian abuse rules. */
export const abuseUk = {
  category: 'abuse',
  language: 'uk',
  rules: [
    {
      id: 'abuse.uk.insult',
      severity: 'block',
      message: m.abuse,
      note: 'An insult within three words of "you".',
      patterns: ['зрадник{,а,у,ом,и}', 'зрадниц{я,ю,е}', 'покидьок', 'мразь', 'злочинець', 'терорист{,е}'],
      near: { within: 3, patterns: ['ти', 'тебе', 'тобі', 'вас', 'ви'] },
    },
    {
      id: 'abuse.uk.harm',
      severity: 'block',
      message: m.abuse,
      note: 'Wishing the prisoner harm, gloating.',
      patterns: ["гнити {у,в} {в'язниці,тюрмі}", 'здохни', 'так тобі й треба'],
    },
  ],
} satisfies RuleFile;
