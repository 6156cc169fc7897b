/** Swearing — Russian mat by its roots, with prefixes ("заебал", "охуеть", "распиздяй"). */
import type { RuleFile } from '../../types';
import { SWEARING_MESSAGES as m } from './messages';

/** Russian swearing rules. */
export const swearingRu = {
  category: 'swearing',
  language: 'ru',
  rules: [
    {
      id: 'swearing.ru.mat',
      severity: 'warn',
      message: m.swear,
      note: 'Mat roots (хуй, пизд, еб-, бля) and strong words (мудак, сука, охренеть). "Хрен" alone is horseradish; "хлеб" and "небо" contain "еб" and are left alone.',
      patterns: [
        'хуй*',
        'хуе*',
        'хуя*',
        'хуи',
        '{на,по,ни,о,до,за,от,рас}ху{й,е,я,ю}*',
        '*пизд*',
        'бля',
        'бляд*',
        'блят*',
        'ебат*',
        'ебал*',
        'ебан*',
        'ебну*',
        'ебл*',
        'ебуч*',
        'ебу{,т,чий}',
        '{за,вы,на,у,от,разъ,отъ,подъ,съ,взъ,до,объ,по,при,про,пере}еб*',
        'мудак*',
        'мудил*',
        'мудозвон*',
        'сук{а,и,у,ой}',
        'сучк{@a}',
        'сучар{@a}',
        'гандон{@m}',
        'говн{о,а,у,ом,е,ище,юк}',
        'охрене*',
        'охрени*',
        'нихрена',
        'ебт',
        'еб',
        'епт',
      ],
    },
  ],
} satisfies RuleFile;
