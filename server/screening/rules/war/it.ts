/** War, army and mobilisation — Italian. */
import type { RuleFile } from '../../types';
import { WAR_MESSAGES as m } from './messages';

/** Italian war rules. */
export const warIt = {
  category: 'war',
  language: 'it',
  allow: ['guerra e pace', 'guerre stellari', '{prima,seconda} guerra mondiale', 'guerra fredda'],
  rules: [
    {
      id: 'war.it.war',
      severity: 'block',
      message: m.war,
      suggestion: 'questo periodo difficile',
      note: 'La guerra, la mobilitazione, il fronte, i bombardamenti.',
      patterns: [
        'guerr{a,e}',
        'mobilitat{o,a,i,e}',
        'mobilitazione',
        'invasione',
        'al fronte',
        'bombardament{o,i}',
        'bombardat{o,a,i,e}',
        'operazione militare speciale',
        'occupant{e,i}',
      ],
    },
    {
      id: 'war.it.army',
      severity: 'warn',
      message: m.army,
      note: "L'esercito e il servizio militare in generale.",
      patterns: ['esercit{o,i}', 'soldat{o,i,essa}', 'militar{e,i}', 'truppe'],
    },
  ],
} satisfies RuleFile;
