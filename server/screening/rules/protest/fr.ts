/** Calls to protest or overthrow, and reports of protests — French ("renverser du café" is a spill). */
import type { RuleFile } from '../../types';
import { PROTEST_MESSAGES as m } from './messages';

/** French protest rules. */
export const protestFr = {
  category: 'protest',
  language: 'fr',
  allow: ['révolution {française,industrielle,numérique}'],
  rules: [
    {
      id: 'protest.fr.call',
      severity: 'block',
      message: m.call,
      note: 'Calls to overthrow, revolution, "descendre dans la rue".',
      patterns: [
        'renverser {le,ce,cette} {régime,pouvoir,gouvernement,dictature}',
        'renverser poutine',
        'renversement du {régime,pouvoir}',
        '{descendre,descendez,descendons} dans la rue',
        'révolution{,s}',
        'soulèvement{,s}',
        '{se soulève,se soulèvent,se soulever,soulevez vous,soulevons nous}',
        'insurrection',
        'à bas',
        '{le,ce} {régime,pouvoir,gouvernement} doit tomber',
        'doit tomber',
      ],
    },
    {
      id: 'protest.fr.report',
      severity: 'warn',
      message: m.report,
      note: 'Protests and rallies mentioned or described (not "protester", which a cat does too).',
      patterns: [
        'manifest{é,er,ons,ez,ent,ation,ations,ant,ants}',
        'rassemblement{,s} de soutien',
        'grève{,s}',
      ],
    },
  ],
} satisfies RuleFile;
