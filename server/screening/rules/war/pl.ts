/** War, army and mobilisation — Polish. */
import type { RuleFile } from '../../types';
import { WAR_MESSAGES as m } from './messages';

/** Polish war rules. */
export const warPl = {
  category: 'war',
  language: 'pl',
  allow: [
    'wojn{a,ę} i pok{ój,oju}',
    'gwiezdn{e,ych} wojn{y,ach}',
    '{drug,pierwsz}{a,iej,ą} wojn{@pl_a} światow{a,ej,ą}',
  ],
  rules: [
    {
      id: 'war.pl.war',
      severity: 'block',
      message: m.war,
      suggestion: 'ten trudny czas',
      note: 'Wojna, mobilizacja, front, ostrzały.',
      patterns: [
        'wojn{@pl_a}',
        'mobilizacj{a,i,ę,ą}',
        'zmobilizowa*',
        'inwazj{a,i,ę,ą}',
        'na froncie',
        'ostrzał{,u,em,y}',
        'bombardowa*',
        'okupacj{a,i,ę,ą}',
        'okupant{,a,ów,ami}',
      ],
    },
    {
      id: 'war.pl.army',
      severity: 'warn',
      message: m.army,
      note: 'Armia i służba wojskowa ogólnie.',
      patterns: ['armi{a,i,ę,ą}', 'wojsk{o,a,u,iem,owy,owa,owe,owych}', 'żołnierz{,e,y,a,om,ami}'],
    },
  ],
} satisfies RuleFile;
