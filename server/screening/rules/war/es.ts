/** War, army and mobilisation — Spanish. */
import type { RuleFile } from '../../types';
import { WAR_MESSAGES as m } from './messages';

/** Spanish war rules. */
export const warEs = {
  category: 'war',
  language: 'es',
  allow: [
    'guerra y paz',
    'la guerra de las galaxias',
    '{primera,segunda} guerra mundial',
    'guerra {civil española,fría}',
  ],
  rules: [
    {
      id: 'war.es.war',
      severity: 'block',
      message: m.war,
      suggestion: 'estos tiempos difíciles',
      note: 'La guerra, la movilización, el frente, los bombardeos.',
      patterns: [
        'guerra{,s}',
        'movilizad{o,a,os,as}',
        'movilización',
        'invasión',
        '{al,en el} frente',
        'bombarde{o,os,ado,ada,aron,an}',
        'operación militar especial',
        'ocupantes',
      ],
    },
    {
      id: 'war.es.army',
      severity: 'warn',
      message: m.army,
      note: 'El ejército y el servicio militar en general.',
      patterns: ['ejército{,s}', 'soldado{,s}', 'militar{,es}', 'tropas'],
    },
  ],
} satisfies RuleFile;
