/**
 * What a moderator can tell a writer, ready-made in every UI language: reasons to ask for changes
 * and reasons a letter cannot be sent. The writer reads them in "My letters", in their own
 * language; the moderator adds free text where the template is not enough. The tone is kind and
 * concrete: what to change, and why it protects the person they wrote to.
 */
import { UI_LANGUAGES, type UiLanguage } from '../../shared/limits';

/** One ready-made reason. */
export interface ModerationReason {
  id: string;
  decision: 'changes' | 'reject';
  /** A short label for the moderator's list. */
  label: string;
  text: Record<UiLanguage, string>;
}

/** Every reason, changes first. */
export const MODERATION_REASONS: readonly ModerationReason[] = [
  {
    id: 'case',
    decision: 'changes',
    label: 'Criminal case, investigation, trial',
    text: {
      en: 'Please leave out details of the criminal case, the investigation and the trial: the censor stops such letters, and they can be used against the person you wrote to.',
      ru: 'Пожалуйста, уберите подробности уголовного дела, следствия и суда: цензор не пропускает такие письма, и их могут использовать против адресата.',
      uk: 'Будь ласка, приберіть подробиці кримінальної справи, слідства та суду: цензор не пропускає такі листи, і їх можуть використати проти адресата.',
      de: 'Bitte lassen Sie Einzelheiten zum Strafverfahren, zu den Ermittlungen und zum Prozess weg: Die Zensur hält solche Briefe auf, und sie können gegen die Person verwendet werden, der Sie schreiben.',
      fr: "Merci de retirer les détails de l'affaire pénale, de l'enquête et du procès : la censure bloque ces lettres, et elles peuvent être utilisées contre la personne à qui vous écrivez.",
      es: 'Por favor, quita los detalles de la causa penal, la investigación y el juicio: la censura detiene estas cartas y pueden usarse contra la persona a la que escribes.',
      it: "Per favore, togli i dettagli del procedimento penale, dell'indagine e del processo: la censura ferma queste lettere e possono essere usate contro la persona a cui scrivi.",
      pl: 'Prosimy usunąć szczegóły sprawy karnej, śledztwa i procesu: cenzura zatrzymuje takie listy, a mogą one zostać użyte przeciwko adresatowi.',
    },
  },
  {
    id: 'war',
    decision: 'changes',
    label: 'War, army, mobilisation',
    text: {
      en: 'Please leave out the war, the army and mobilisation: letters that mention them are not delivered.',
      ru: 'Пожалуйста, не пишите о войне, армии и мобилизации: письма с такими темами не доходят.',
      uk: 'Будь ласка, не пишіть про війну, армію та мобілізацію: листи з такими темами не доходять.',
      de: 'Bitte lassen Sie Krieg, Armee und Mobilmachung weg: Briefe, die davon sprechen, werden nicht ausgehändigt.',
      fr: "Merci de ne pas parler de la guerre, de l'armée ni de la mobilisation : les lettres qui en parlent ne sont pas remises.",
      es: 'Por favor, no menciones la guerra, el ejército ni la movilización: las cartas que hablan de ello no se entregan.',
      it: "Per favore, non parlare della guerra, dell'esercito o della mobilitazione: le lettere che ne parlano non vengono consegnate.",
      pl: 'Prosimy nie pisać o wojnie, armii i mobilizacji: listy, które o nich wspominają, nie są doręczane.',
    },
  },
  {
    id: 'organisations',
    decision: 'changes',
    label: 'Banned organisations named',
    text: {
      en: 'Please do not name organisations that are banned in Russia (called "extremist", "terrorist" or "undesirable" there): mentioning them can put the person you wrote to at risk.',
      ru: 'Пожалуйста, не называйте организации, запрещённые в России (признанные там «экстремистскими», «террористическими» или «нежелательными»): их упоминание может навредить адресату.',
      uk: 'Будь ласка, не називайте організації, заборонені в Росії (визнані там «екстремістськими», «терористичними» чи «небажаними»): їх згадка може зашкодити адресатові.',
      de: 'Bitte nennen Sie keine Organisationen, die in Russland verboten sind (dort als „extremistisch“, „terroristisch“ oder „unerwünscht“ eingestuft): Das kann die Person gefährden, der Sie schreiben.',
      fr: "Merci de ne pas nommer d'organisations interdites en Russie (qualifiées là-bas d'« extrémistes », de « terroristes » ou d'« indésirables ») : cela peut mettre en danger la personne à qui vous écrivez.",
      es: 'Por favor, no nombres organizaciones prohibidas en Rusia (declaradas allí «extremistas», «terroristas» o «indeseables»): mencionarlas puede poner en riesgo a la persona a la que escribes.',
      it: 'Per favore, non nominare organizzazioni vietate in Russia (dichiarate lì «estremiste», «terroristiche» o «indesiderabili»): citarle può mettere in pericolo la persona a cui scrivi.',
      pl: 'Prosimy nie wymieniać organizacji zakazanych w Rosji (uznanych tam za „ekstremistyczne”, „terrorystyczne” lub „niepożądane”): ich wspomnienie może zaszkodzić adresatowi.',
    },
  },
  {
    id: 'politics',
    decision: 'changes',
    label: 'Calls to protest, insults to authorities',
    text: {
      en: 'Please remove calls to protest and harsh words about the authorities: the censor stops such letters, and the person you wrote to may be punished for them.',
      ru: 'Пожалуйста, уберите призывы к протесту и резкие слова о власти: цензор не пропускает такие письма, а адресата могут за них наказать.',
      uk: 'Будь ласка, приберіть заклики до протесту та різкі слова про владу: цензор не пропускає такі листи, а адресата можуть за них покарати.',
      de: 'Bitte entfernen Sie Aufrufe zum Protest und harte Worte über die Behörden: Die Zensur hält solche Briefe auf, und die Person, der Sie schreiben, kann dafür bestraft werden.',
      fr: "Merci de retirer les appels à manifester et les mots durs sur les autorités : la censure bloque ces lettres, et la personne à qui vous écrivez peut être punie à cause d'eux.",
      es: 'Por favor, quita los llamamientos a protestar y las palabras duras sobre las autoridades: la censura detiene estas cartas y la persona a la que escribes puede ser castigada por ellas.',
      it: 'Per favore, togli gli inviti alla protesta e le parole dure sulle autorità: la censura ferma queste lettere e la persona a cui scrivi potrebbe essere punita per esse.',
      pl: 'Prosimy usunąć wezwania do protestu i ostre słowa o władzach: cenzura zatrzymuje takie listy, a adresat może zostać za nie ukarany.',
    },
  },
  {
    id: 'contact',
    decision: 'changes',
    label: 'Links, phone numbers, addresses, accounts',
    text: {
      en: 'Please remove links, phone numbers, email addresses and account or card numbers: they are not allowed in letters to prison.',
      ru: 'Пожалуйста, уберите ссылки, номера телефонов, адреса электронной почты и номера счетов или карт: в письмах в тюрьму они запрещены.',
      uk: 'Будь ласка, приберіть посилання, номери телефонів, адреси електронної пошти та номери рахунків чи карток: у листах до в’язниці вони заборонені.',
      de: 'Bitte entfernen Sie Links, Telefonnummern, E-Mail-Adressen sowie Konto- und Kartennummern: Sie sind in Briefen ins Gefängnis nicht erlaubt.',
      fr: 'Merci de retirer les liens, numéros de téléphone, adresses e-mail et numéros de compte ou de carte : ils sont interdits dans les lettres en prison.',
      es: 'Por favor, quita enlaces, números de teléfono, direcciones de correo y números de cuenta o tarjeta: no están permitidos en cartas a prisión.',
      it: 'Per favore, togli link, numeri di telefono, indirizzi email e numeri di conto o di carta: non sono ammessi nelle lettere in carcere.',
      pl: 'Prosimy usunąć linki, numery telefonów, adresy e-mail oraz numery kont i kart: są niedozwolone w listach do więzienia.',
    },
  },
  {
    id: 'codes',
    decision: 'changes',
    label: 'Long numbers, abbreviations, other alphabets',
    text: {
      en: 'Please write out abbreviations and remove long numbers and words in other alphabets: the censor may take them for a secret code.',
      ru: 'Пожалуйста, расшифруйте сокращения и уберите длинные числа и слова в других алфавитах: цензор может принять их за шифр.',
      uk: 'Будь ласка, розшифруйте скорочення та приберіть довгі числа й слова іншими алфавітами: цензор може сприйняти їх за шифр.',
      de: 'Bitte schreiben Sie Abkürzungen aus und entfernen Sie lange Zahlen und Wörter in anderen Alphabeten: Die Zensur könnte sie für einen Geheimcode halten.',
      fr: "Merci d'écrire les abréviations en entier et de retirer les longs nombres et les mots dans d'autres alphabets : la censure pourrait les prendre pour un code secret.",
      es: 'Por favor, escribe las abreviaturas completas y quita los números largos y las palabras en otros alfabetos: la censura podría tomarlos por un código secreto.',
      it: 'Per favore, scrivi per esteso le abbreviazioni e togli i numeri lunghi e le parole in altri alfabeti: la censura potrebbe scambiarli per un codice segreto.',
      pl: 'Prosimy rozwinąć skróty i usunąć długie liczby oraz słowa w innych alfabetach: cenzura może wziąć je za szyfr.',
    },
  },
  {
    id: 'tone',
    decision: 'changes',
    label: 'Swearing, rough words',
    text: {
      en: 'Please take out swearing and rough words: the censor reads every letter first and stops such language.',
      ru: 'Пожалуйста, уберите ругательства и грубые слова: цензор читает каждое письмо и такие письма не пропускает.',
      uk: 'Будь ласка, приберіть лайку та грубі слова: цензор читає кожен лист і такі листи не пропускає.',
      de: 'Bitte nehmen Sie Flüche und derbe Wörter heraus: Die Zensur liest jeden Brief zuerst und hält solche Sprache auf.',
      fr: 'Merci de retirer les jurons et les mots grossiers : la censure lit chaque lettre en premier et bloque ce langage.',
      es: 'Por favor, quita las palabrotas y las expresiones groseras: la censura lee cada carta primero y detiene ese lenguaje.',
      it: 'Per favore, togli le parolacce e le espressioni volgari: la censura legge ogni lettera per prima e ferma questo linguaggio.',
      pl: 'Prosimy usunąć przekleństwa i wulgarne słowa: cenzura czyta każdy list jako pierwsza i zatrzymuje taki język.',
    },
  },
  {
    id: 'quotes',
    decision: 'changes',
    label: 'Long quotations or poems',
    text: {
      en: 'Please shorten long quotations and poems, or tell them in your own words: censors often stop them.',
      ru: 'Пожалуйста, сократите длинные цитаты и стихи или перескажите их своими словами: цензоры часто их не пропускают.',
      uk: 'Будь ласка, скоротіть довгі цитати й вірші або перекажіть їх своїми словами: цензори часто їх не пропускають.',
      de: 'Bitte kürzen Sie lange Zitate und Gedichte oder erzählen Sie sie mit eigenen Worten: Die Zensur hält sie oft auf.',
      fr: 'Merci de raccourcir les longues citations et les poèmes, ou de les raconter avec vos mots : la censure les bloque souvent.',
      es: 'Por favor, acorta las citas largas y los poemas, o cuéntalos con tus palabras: la censura suele detenerlos.',
      it: 'Per favore, accorcia le citazioni lunghe e le poesie, o raccontale con parole tue: la censura spesso le ferma.',
      pl: 'Prosimy skrócić długie cytaty i wiersze albo opowiedzieć je własnymi słowami: cenzura często je zatrzymuje.',
    },
  },
  {
    id: 'abuse',
    decision: 'reject',
    label: 'Hurtful or hostile to the prisoner',
    text: {
      en: 'Your letter contains words that would hurt the person you wrote to, so we cannot pass it on.',
      ru: 'В вашем письме есть слова, которые причинили бы боль адресату, поэтому мы не можем его передать.',
      uk: 'У вашому листі є слова, які завдали б болю адресатові, тому ми не можемо його передати.',
      de: 'Ihr Brief enthält Worte, die die Person verletzen würden, der Sie schreiben; deshalb können wir ihn nicht weitergeben.',
      fr: 'Votre lettre contient des mots qui blesseraient la personne à qui vous écrivez : nous ne pouvons donc pas la transmettre.',
      es: 'Tu carta contiene palabras que harían daño a la persona a la que escribes, por eso no podemos hacerla llegar.',
      it: 'La tua lettera contiene parole che ferirebbero la persona a cui scrivi, per questo non possiamo inoltrarla.',
      pl: 'Twój list zawiera słowa, które zraniłyby adresata, dlatego nie możemy go przekazać.',
    },
  },
  {
    id: 'danger',
    decision: 'reject',
    label: 'Endangers the prisoner even with changes',
    text: {
      en: 'We are worried that this letter could put the person you wrote to in danger, even with changes, so we cannot send it. Thank you for understanding.',
      ru: 'Мы опасаемся, что это письмо может навредить адресату даже после правок, поэтому не можем его отправить. Спасибо за понимание.',
      uk: 'Ми побоюємося, що цей лист може зашкодити адресатові навіть після правок, тому не можемо його надіслати. Дякуємо за розуміння.',
      de: 'Wir befürchten, dass dieser Brief die Person, der Sie schreiben, auch mit Änderungen gefährden könnte; deshalb können wir ihn nicht senden. Danke für Ihr Verständnis.',
      fr: 'Nous craignons que cette lettre mette en danger la personne à qui vous écrivez, même modifiée : nous ne pouvons donc pas l’envoyer. Merci de votre compréhension.',
      es: 'Nos preocupa que esta carta pueda poner en peligro a la persona a la que escribes, incluso con cambios, así que no podemos enviarla. Gracias por entenderlo.',
      it: 'Temiamo che questa lettera possa mettere in pericolo la persona a cui scrivi, anche con modifiche, quindi non possiamo spedirla. Grazie per la comprensione.',
      pl: 'Obawiamy się, że ten list mógłby zaszkodzić adresatowi nawet po zmianach, dlatego nie możemy go wysłać. Dziękujemy za zrozumienie.',
    },
  },
  {
    id: 'spam',
    decision: 'reject',
    label: 'Advertising or bulk message',
    text: {
      en: 'Your letter reads like an advertisement or a message sent in bulk rather than a personal letter, so we cannot send it.',
      ru: 'Ваше письмо похоже на рекламу или массовую рассылку, а не на личное письмо, поэтому мы не можем его отправить.',
      uk: 'Ваш лист схожий на рекламу чи масову розсилку, а не на особистий лист, тому ми не можемо його надіслати.',
      de: 'Ihr Brief wirkt wie Werbung oder eine Massensendung, nicht wie ein persönlicher Brief; deshalb können wir ihn nicht senden.',
      fr: 'Votre lettre ressemble à une publicité ou à un envoi de masse plutôt qu’à une lettre personnelle : nous ne pouvons donc pas l’envoyer.',
      es: 'Tu carta parece publicidad o un envío masivo más que una carta personal, así que no podemos enviarla.',
      it: 'La tua lettera sembra una pubblicità o un invio di massa più che una lettera personale, quindi non possiamo spedirla.',
      pl: 'Twój list wygląda jak reklama lub masowa wysyłka, a nie osobisty list, dlatego nie możemy go wysłać.',
    },
  },
  {
    id: 'not_a_letter',
    decision: 'reject',
    label: 'Not a letter to the prisoner',
    text: {
      en: 'Your message is not a letter to the prisoner (for example, it is a question for us). Please write to the organisation directly; we are glad to help.',
      ru: 'Ваше сообщение — не письмо заключённому (например, это вопрос к нам). Пожалуйста, напишите организации напрямую, мы с радостью поможем.',
      uk: 'Ваше повідомлення — не лист ув’язненому (наприклад, це питання до нас). Будь ласка, напишіть організації напряму, ми охоче допоможемо.',
      de: 'Ihre Nachricht ist kein Brief an die inhaftierte Person (zum Beispiel eine Frage an uns). Bitte schreiben Sie uns direkt; wir helfen gern.',
      fr: "Votre message n'est pas une lettre à la personne détenue (par exemple, c'est une question pour nous). Écrivez-nous directement : nous vous aiderons volontiers.",
      es: 'Tu mensaje no es una carta a la persona presa (por ejemplo, es una pregunta para nosotros). Escríbenos directamente; te ayudaremos con gusto.',
      it: 'Il tuo messaggio non è una lettera alla persona detenuta (per esempio, è una domanda per noi). Scrivici direttamente: ti aiuteremo volentieri.',
      pl: 'Twoja wiadomość nie jest listem do więźnia (na przykład to pytanie do nas). Napisz do nas bezpośrednio — chętnie pomożemy.',
    },
  },
];

/** The writer's UI language, or English when it is not one of ours. */
export function writerUiLanguage(value: string): UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value) ? (value as UiLanguage) : 'en';
}

/** The reasons of one decision, each in `language`. */
export function reasonsFor(decision: ModerationReason['decision'], language: UiLanguage) {
  return MODERATION_REASONS.filter((r) => r.decision === decision).map((r) => ({
    id: r.id,
    label: r.label,
    text: r.text[language],
  }));
}
