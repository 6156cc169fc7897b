/** What the writer is told about the prisoner's case, the investigation and the trial. */
import type { Messages } from '../../types';

/** Messages of the `case` category. */
export const CASE_MESSAGES = {
  caseDetails: {
    en: "This mentions details of the prisoner's criminal case (an article, a co-defendant, a fact of the case). The censor stops such letters and can hand them to the investigator. Please leave the case out.",
    ru: 'Здесь упоминаются подробности уголовного дела (статья, подельник, обстоятельства). Цензор не пропустит такое письмо и может передать его следователю. Пожалуйста, не пишите о деле.',
    uk: 'Тут згадано подробиці кримінальної справи (стаття, співобвинувачений, обставини). Цензор не пропустить такий лист і може передати його слідчому. Будь ласка, не пишіть про справу.',
    de: 'Hier stehen Einzelheiten des Strafverfahrens (ein Paragraf, ein Mitangeklagter, Tatsachen des Falls). Der Zensor hält solche Briefe an und kann sie dem Ermittler geben. Bitte lass das Verfahren weg.',
    fr: "Ceci mentionne des détails de l'affaire pénale (un article, un coaccusé, un fait). Le censeur arrête ces lettres et peut les remettre à l'enquêteur. Merci de ne pas parler de l'affaire.",
    es: 'Aquí se mencionan detalles de la causa penal (un artículo, un coacusado, un hecho). El censor detiene estas cartas y puede entregarlas al investigador. Por favor, no hables de la causa.',
    it: "Qui si citano dettagli del processo penale (un articolo, un coimputato, un fatto). Il censore blocca queste lettere e può consegnarle all'inquirente. Per favore, lascia fuori il processo.",
    pl: 'Tu są szczegóły sprawy karnej (artykuł, współoskarżony, okoliczności). Cenzor zatrzymuje takie listy i może przekazać je śledczemu. Prosimy nie pisać o sprawie.',
  },
  trial: {
    en: 'Words about the trial, the investigation or the lawyer. Censors stop letters that touch the case; write about your life and theirs instead.',
    ru: 'Слова о суде, следствии или адвокате. Цензоры не пропускают письма о деле; лучше пишите о своей жизни и о его жизни.',
    uk: 'Слова про суд, слідство чи адвоката. Цензори не пропускають листи про справу; краще пишіть про своє життя і про його.',
    de: 'Worte über den Prozess, die Ermittlungen oder den Anwalt. Zensoren halten Briefe zum Verfahren an; schreib lieber über dein Leben und seins.',
    fr: "Des mots sur le procès, l'enquête ou l'avocat. Les censeurs arrêtent les lettres qui touchent à l'affaire ; parlez plutôt de votre vie et de la sienne.",
    es: 'Palabras sobre el juicio, la investigación o el abogado. Los censores detienen las cartas sobre la causa; mejor escribe sobre tu vida y la suya.',
    it: "Parole sul processo, sull'indagine o sull'avvocato. I censori bloccano le lettere sul caso; scrivi piuttosto della tua vita e della sua.",
    pl: 'Słowa o procesie, śledztwie lub adwokacie. Cenzorzy zatrzymują listy o sprawie; lepiej pisz o swoim i jego życiu.',
  },
  article: {
    en: 'An article of the criminal code. Charges draw the censor’s attention; please leave them out.',
    ru: 'Статья Уголовного кодекса. Упоминание обвинений привлекает внимание цензора; пожалуйста, уберите его.',
    uk: 'Стаття Кримінального кодексу. Згадка про обвинувачення привертає увагу цензора; будь ласка, приберіть її.',
    de: 'Ein Paragraf des Strafgesetzbuchs. Anklagen ziehen die Aufmerksamkeit des Zensors auf sich; bitte lass sie weg.',
    fr: "Un article du code pénal. Les chefs d'accusation attirent l'attention du censeur ; merci de les retirer.",
    es: 'Un artículo del código penal. Las acusaciones llaman la atención del censor; por favor, quítalas.',
    it: "Un articolo del codice penale. Le accuse attirano l'attenzione del censore; per favore toglile.",
    pl: 'Artykuł kodeksu karnego. Zarzuty przyciągają uwagę cenzora; prosimy je usunąć.',
  },
} satisfies Record<string, Messages>;
