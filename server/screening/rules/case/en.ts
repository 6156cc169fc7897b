/** Investigation and trial words — English. Tennis courts, trial versions and grammatical sentences stay clean. */
import type { RuleFile } from '../../types';
import { CASE_MESSAGES as m } from './messages';

/** English case rules. */
export const caseEn = {
  category: 'case',
  language: 'en',
  allow: [
    '{the ,a ,}{tennis,basketball,food,squash,badminton} court{,s}',
    '{the ,a ,my ,}{free ,}trial {version,versions,period,and error,run,lesson}',
    '{the ,an ,}appeal {of,to}',
  ],
  rules: [
    {
      id: 'case.en.trial',
      severity: 'warn',
      message: m.trial,
      note: 'Trial and investigation vocabulary, in the phrases that make it about a case.',
      patterns: [
        '{the,your,his,her,a,next} court',
        'court {hearing,hearings,session,sessions,date,case,room}',
        'courtroom',
        'in court',
        '{the,your,his,her,a,next,show} trial',
        'pre trial',
        'lawyer{,s}',
        'attorney{,s}',
        '{your,the,his,her,an} appeal',
        'appeal {hearing,court}',
        'court of appeal{,s}',
        'verdict{,s}',
        'sentenced',
        '{your,his,her,the,prison,jail} sentence',
        'investigator{,s}',
        'interrogat{ion,ions,ed,e,ing,or,ors}',
        'testimony',
        'testif{y,ied,ies}',
        'prosecutor{,s}',
        'prosecution',
        'charges against',
        'charged {with,under}',
        'accused {of,under}',
        'indictment',
        'criminal case',
        'your case',
        'case against',
        'the {judge,judges}',
        'judges',
        'convicted',
      ],
    },
  ],
} satisfies RuleFile;
