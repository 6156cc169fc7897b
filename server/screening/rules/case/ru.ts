/** Investigation and trial words — Russian (the prisoner's own case data: `prisoner-rules.ts`). */
import type { RuleFile } from '../../types';
import { CASE_MESSAGES as m } from './messages';

/** Russian case rules. */
export const caseRu = {
  category: 'case',
  language: 'ru',
  allow: ['свидетел{@m} иеговы', 'показани* {счетчик*,прибор*}'],
  rules: [
    {
      id: 'case.ru.trial',
      severity: 'warn',
      message: m.trial,
      note: 'Trial and investigation vocabulary. Letters touching the case are stopped under 103-FZ art. 20 and can be handed to the investigator.',
      patterns: [
        'суд{,а,у,ом,е,ы,ов,ам,ами,ах}',
        'судь{я,и,ю,ей,ям,ями,ях}',
        'судебн{@adj}',
        'следовател{ь,я,ю,ем,е,и,ей,ям,ями}',
        'следств{@ie}',
        'допрос{@m}',
        'допрашива*',
        'адвокат{@m}',
        'апелляци{@ja}',
        'апелляционн{@adj}',
        'кассаци{@ja}',
        'кассационн{@adj}',
        'приговор{@m}',
        'приговорил*',
        'обвинен{@ie}',
        'обвиня*',
        'обвинил*',
        'прокурор{@m}',
        'свидетел{ь,я,ю,ем,е,и,ей,ям,ями}',
        'показани{@ie}',
        'подельник{@m}',
        'обыск{@m}',
        'задержан{@ie}',
        'арест{@m}',
        'экспертиз{@a}',
        'уголовн{@adj} дел{@o}',
        '{ваш,тво}{е,его,ему,им,ем} дел{@o}',
        'дел{о,а,у,ом,е} против',
        'материал{ы,ов,ах,ами} дела',
      ],
    },
  ],
} satisfies RuleFile;
