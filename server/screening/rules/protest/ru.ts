/** Calls to protest or overthrow, and reports of protests — Russian. */
import type { RuleFile } from '../../types';
import { PROTEST_MESSAGES as m } from './messages';

/** Russian protest rules. */
export const protestRu = {
  category: 'protest',
  language: 'ru',
  allow: [
    '{французск,октябрьск,февральск,промышленн,научн,сексуальн,цифров}* революци*',
    'восстани{@ie} машин',
  ],
  rules: [
    {
      id: 'protest.ru.call',
      severity: 'block',
      message: m.call,
      note: 'Calls to overthrow, revolution, "take to the streets". Historical revolutions are allowed phrases.',
      patterns: [
        'сверг{нуть,нем,нут,ните,ли,ать,ают}',
        'свергнут*',
        'свержен{@ie}',
        'выход{ить,ите,и,им} на улиц{ы,у}',
        'вый{ти,дем,дите} на улиц{ы,у}',
        '{выйти,выходить,выйдем,выходите} на площад{ь,и}',
        'революци{@ja}',
        'революционн{@adj}',
        'долой',
        'восстан{@ie}',
        'майдан{@m}',
        'смен{а,у,ы} режима',
      ],
    },
    {
      id: 'protest.ru.report',
      severity: 'warn',
      message: m.report,
      note: 'Protests, rallies and pickets mentioned or described.',
      patterns: [
        'протест{@m}',
        'протестова*',
        'протестн{@adj}',
        'митинг{@m}',
        'митингова*',
        'пикет{@m}',
        'демонстраци{@ja}',
        'шестви{@ie}',
        'забастовк{@a}',
        'несогласованн{@adj} акци{@ja}',
        'акци{@ja} {протеста,солидарности,поддержки,в поддержку}',
        'акци{@ja} в {вашу,твою,его,ее,их} поддержку',
      ],
    },
  ],
} satisfies RuleFile;
