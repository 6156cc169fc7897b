/** War, army and mobilisation — Ukrainian. */
import type { RuleFile } from '../../types';
import { WAR_MESSAGES as m } from './messages';

/** Ukrainian war rules. */
export const warUk = {
  category: 'war',
  language: 'uk',
  allow: ['війн{@uk_a} і мир{,у}', '{друг,перш}{а,ої,у} світов{а,ої,у} війн{@uk_a}'],
  rules: [
    {
      id: 'war.uk.war',
      severity: 'block',
      message: m.war,
      suggestion: 'цей важкий час',
      note: 'Війна, мобілізація, фронт, обстріли, окупація.',
      patterns: [
        'війн{@uk_a}',
        'воюва{ти,в,ла,ли}',
        'мобілізаці{я,ї,ю,єю}',
        'мобілізува*',
        'мобілізован*',
        'мобілізу*',
        'фронт{@uk_m}',
        'обстріл{@uk_m}',
        'вторгнен{ня,ні,ням}',
        'окупаці{я,ї,ю,єю}',
        'окупант*',
        'бомбардуван*',
        'дрон{@uk_m}',
      ],
    },
    {
      id: 'war.uk.army',
      severity: 'warn',
      message: m.army,
      note: 'Армія та військова служба загалом.',
      patterns: ['арм{ія,ії,ію,ією}', 'солдат{@uk_m}', 'військов*', 'призов{,у,і}'],
    },
  ],
} satisfies RuleFile;
