/** Sexual content — Russian ("трахея" and "возбуждено уголовное дело" are not sexual). */
import type { RuleFile } from '../../types';
import { SEXUAL_MESSAGES as m } from './messages';

/** Russian sexual-content rules. */
export const sexualRu = {
  category: 'sexual',
  language: 'ru',
  rules: [
    {
      id: 'sexual.ru.sexual',
      severity: 'warn',
      message: m.sexual,
      note: 'Sex, pornography, nudity, intimate acts.',
      patterns: [
        'секс{@m}',
        'сексуальн{@adj}',
        'сексуальн{о}',
        'порн*',
        'эротик{@a}',
        'эротичн{@adj}',
        'гол{@adj} тел{@o}',
        'голы{й,м} {тобой,мной}',
        'обнаженн{@adj}',
        'траха{ть,ться,л,ла,лись,ю,ешь,ет}',
        'трахн*',
        'минет{@m}',
        'оргазм{@m}',
        'интимн{@adj}',
        'сиськ{@a}',
        'мастурб*',
        'переспа{ть,ли,л,ла}',
        'заняться любовью',
        'без одежды',
        'раздева{ть,ю,ла,л}*',
        '{провести,проведем} с тобой ночь',
      ],
    },
  ],
} satisfies RuleFile;
