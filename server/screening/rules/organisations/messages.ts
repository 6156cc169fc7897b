/** What the writer is told about organisations Russia has banned or labelled. */
import type { Messages } from '../../types';

/** Messages of the `organisations` category. */
export const ORGANISATION_MESSAGES = {
  banned: {
    en: 'This names an organisation Russia calls "extremist", "terrorist" or "undesirable". Naming it can endanger the prisoner. Please leave it out.',
    ru: 'Здесь названа организация, которую в России признали «экстремистской», «террористической» или «нежелательной». Упоминание может навредить заключённому. Пожалуйста, уберите его.',
    uk: 'Тут названо організацію, яку в Росії визнали «екстремістською», «терористичною» або «небажаною». Згадка може зашкодити в’язню. Будь ласка, приберіть її.',
    de: 'Hier wird eine Organisation genannt, die Russland als „extremistisch“, „terroristisch“ oder „unerwünscht“ einstuft. Das kann den Gefangenen gefährden. Bitte lass sie weg.',
    fr: "Ceci nomme une organisation que la Russie qualifie d'« extrémiste », de « terroriste » ou d'« indésirable ». La nommer peut mettre le prisonnier en danger. Merci de la retirer.",
    es: 'Aquí se nombra una organización que Rusia califica de «extremista», «terrorista» o «indeseable». Nombrarla puede poner en peligro al preso. Por favor, quítala.',
    it: 'Qui si nomina un’organizzazione che la Russia definisce «estremista», «terroristica» o «indesiderabile». Nominarla può mettere in pericolo il detenuto. Per favore toglila.',
    pl: 'Tu jest nazwa organizacji uznanej w Rosji za „ekstremistyczną”, „terrorystyczną” lub „niepożądaną”. Wspomnienie jej może zaszkodzić więźniowi. Prosimy ją usunąć.',
  },
  platform: {
    en: 'Facebook and Instagram belong to Meta, which Russia has declared "extremist". Better not to mention them.',
    ru: 'Facebook и Instagram принадлежат компании Meta, которую в России признали «экстремистской». Лучше их не упоминать.',
    uk: 'Facebook та Instagram належать компанії Meta, яку в Росії визнали «екстремістською». Краще їх не згадувати.',
    de: 'Facebook und Instagram gehören Meta, das Russland als „extremistisch“ eingestuft hat. Besser nicht erwähnen.',
    fr: 'Facebook et Instagram appartiennent à Meta, que la Russie a déclarée « extrémiste ». Mieux vaut ne pas les mentionner.',
    es: 'Facebook e Instagram pertenecen a Meta, que Rusia declaró «extremista». Mejor no mencionarlos.',
    it: 'Facebook e Instagram appartengono a Meta, che la Russia ha dichiarato «estremista». Meglio non nominarli.',
    pl: 'Facebook i Instagram należą do Meta, uznanej w Rosji za „ekstremistyczną”. Lepiej o nich nie wspominać.',
  },
  labelled: {
    en: 'This organisation has been closed down or labelled a "foreign agent" in Russia; mentioning it may draw the censor’s attention.',
    ru: 'Эту организацию в России ликвидировали или признали «иностранным агентом»; упоминание может привлечь внимание цензора.',
    uk: 'Цю організацію в Росії ліквідували або визнали «іноземним агентом»; згадка може привернути увагу цензора.',
    de: 'Diese Organisation wurde in Russland aufgelöst oder als „ausländischer Agent“ eingestuft; die Erwähnung kann den Zensor aufmerksam machen.',
    fr: "Cette organisation a été dissoute ou qualifiée d'« agent de l'étranger » en Russie ; la mentionner peut attirer l'attention du censeur.",
    es: 'Esta organización fue disuelta o calificada de «agente extranjero» en Rusia; mencionarla puede llamar la atención del censor.',
    it: 'Questa organizzazione è stata sciolta o dichiarata «agente straniero» in Russia; nominarla può attirare l’attenzione del censore.',
    pl: 'Ta organizacja została w Rosji zlikwidowana lub uznana za „zagranicznego agenta”; wzmianka może zwrócić uwagę cenzora.',
  },
} satisfies Record<string, Messages>;
