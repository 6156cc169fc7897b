/** Investigation and trial words — German ("Gericht" is also a dish; "auf jeden Fall" is no case). */
import type { RuleFile } from '../../types';
import { CASE_MESSAGES as m } from './messages';

/** German case rules. */
export const caseDe = {
  category: 'case',
  language: 'de',
  allow: ['zeugen jehovas'],
  rules: [
    {
      id: 'case.de.trial',
      severity: 'warn',
      message: m.trial,
      note: 'Trial and investigation vocabulary.',
      patterns: [
        'vor gericht',
        'das gericht {hat,wird,soll}',
        'gerichts*',
        'gerichtlich*',
        'richter{,in,s,n}',
        '{dein,deinem,deinen,deines,der,den,im,zum} prozess{,es}',
        'strafverfahren',
        'ermittler{,in,n}',
        'ermittlung{,en}',
        'verhör*',
        'anwalt{,s}',
        'anwält{in,e,en}',
        'rechtsanwalt*',
        'berufung',
        'urteil{,s}',
        'verurteil*',
        'angeklagt{,e,en}',
        'anklage',
        'staatsanwalt*',
        'zeuge{,n}',
        'zeugenaussage{,n}',
        '{dein,deinem,deinen,deines} fall{,s}',
        'der fall gegen',
      ],
    },
  ],
} satisfies RuleFile;
