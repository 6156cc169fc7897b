/** War, army and mobilisation — German. ("war" is "was" here: German rules never use English words.) */
import type { RuleFile } from '../../types';
import { WAR_MESSAGES as m } from './messages';

/** German war rules. */
export const warDe = {
  category: 'war',
  language: 'de',
  allow: [
    'krieg und frieden',
    'krieg der sterne',
    '{erste,ersten,erster,zweite,zweiten,zweiter} weltkrieg{,s,es}',
    '{kalte,kalten,kalter,dreißigjährige,dreißigjährigen} krieg{,s,es}',
  ],
  rules: [
    {
      id: 'war.de.war',
      severity: 'block',
      message: m.war,
      suggestion: 'diese schwere Zeit',
      note: 'Krieg and its compounds (but not "kriegen", to get), mobilisation, the front, shelling.',
      patterns: [
        'krieg{,es}',
        '*krieg{,s,es}',
        'kriegs{ende,gebiet,verbrechen,verbrecher,gefangene,gefangenen,dienst,recht,zeit,opfer,beginn,jahr,jahre,propaganda,flüchtling,flüchtlinge}',
        'mobilmachung',
        'teilmobilmachung',
        'mobilisier*',
        'invasion',
        'einmarsch',
        'an {der,die} front',
        'frontlinie',
        'bombardier*',
        'beschuss',
        'beschossen',
        '{luft,drohnen,raketen}angriff{,e,en}',
        'besatzer',
        'besetzt{,e,en} gebiet{,e,en}',
        '{spezial,militär}operation',
        'gefallen{,e,en} soldat{,en}',
      ],
    },
    {
      id: 'war.de.army',
      severity: 'warn',
      message: m.army,
      note: 'The army and military service in general.',
      patterns: [
        'armee{,n}',
        'soldat{,en,in,innen}',
        'militär*',
        'bundeswehr',
        'wehrdienst',
        'wehrpflicht',
        'einberufung{,en}',
        'einberufen',
        '{wurde,wurden,werden,wird} eingezogen',
        'zum {militär,wehrdienst} eingezogen',
        'truppe{,n}',
        'regiment',
        'kaserne',
      ],
    },
  ],
} satisfies RuleFile;
