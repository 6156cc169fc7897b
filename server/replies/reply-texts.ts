/**
 * The words of the email that brings a reply to its writer, in the eight UI languages (English
 * when the writer's is not one of them). Like every writer email, the subject says nothing about
 * prisons: it is what an onlooker sees first.
 */
import { UI_LANGUAGES, type UiLanguage } from '../../shared/limits';

/** The texts of one language. `{ref}`, `{link}` are filled in. */
export interface ReplyMailTexts {
  subject: string;
  intro: string;
  translationHeading: string;
  originalHeading: string;
  scanAttached: string;
  scanTooLarge: string;
  answer: string;
}

const TEXTS: Record<UiLanguage, ReplyMailTexts> = {
  en: {
    subject: 'Letter {ref}: a reply has arrived',
    intro:
      'An answer to your letter {ref} has arrived. Our volunteers transcribed the handwriting and translated it for you.',
    translationHeading: 'Translation',
    originalHeading: 'Original (Russian, as transcribed)',
    scanAttached: 'The scan of the original is attached.',
    scanTooLarge: 'Some scans were too large to attach; you can see them in "My letters".',
    answer: 'You can write back from "My letters": {link}',
  },
  ru: {
    subject: 'Письмо {ref}: пришёл ответ',
    intro: 'Пришёл ответ на ваше письмо {ref}. Наши волонтёры расшифровали рукописный текст.',
    translationHeading: 'Перевод',
    originalHeading: 'Оригинал (расшифровка)',
    scanAttached: 'Скан оригинала приложен к письму.',
    scanTooLarge: 'Некоторые сканы слишком велики для вложения; их можно посмотреть в разделе «Мои письма».',
    answer: 'Ответить можно в разделе «Мои письма»: {link}',
  },
  uk: {
    subject: 'Лист {ref}: надійшла відповідь',
    intro:
      'Надійшла відповідь на ваш лист {ref}. Наші волонтери розшифрували рукопис і переклали його для вас.',
    translationHeading: 'Переклад',
    originalHeading: 'Оригінал (російською, розшифровка)',
    scanAttached: 'Скан оригіналу додано до листа.',
    scanTooLarge: 'Деякі скани завеликі для вкладення; їх можна переглянути в розділі «Мої листи».',
    answer: 'Відповісти можна в розділі «Мої листи»: {link}',
  },
  de: {
    subject: 'Brief {ref}: eine Antwort ist angekommen',
    intro:
      'Auf Ihren Brief {ref} ist eine Antwort angekommen. Unsere Freiwilligen haben die Handschrift abgeschrieben und für Sie übersetzt.',
    translationHeading: 'Übersetzung',
    originalHeading: 'Original (Russisch, abgeschrieben)',
    scanAttached: 'Der Scan des Originals ist angehängt.',
    scanTooLarge: 'Einige Scans waren zu groß für den Anhang; Sie finden sie unter „Meine Briefe“.',
    answer: 'Antworten können Sie unter „Meine Briefe“: {link}',
  },
  fr: {
    subject: 'Lettre {ref} : une réponse est arrivée',
    intro:
      'Une réponse à votre lettre {ref} est arrivée. Nos bénévoles ont transcrit l’écriture manuscrite et l’ont traduite pour vous.',
    translationHeading: 'Traduction',
    originalHeading: 'Original (russe, transcrit)',
    scanAttached: 'Le scan de l’original est joint.',
    scanTooLarge:
      'Certains scans étaient trop lourds pour être joints ; vous les trouverez dans « Mes lettres ».',
    answer: 'Vous pouvez répondre depuis « Mes lettres » : {link}',
  },
  es: {
    subject: 'Carta {ref}: ha llegado una respuesta',
    intro:
      'Ha llegado una respuesta a su carta {ref}. Nuestros voluntarios transcribieron el manuscrito y lo tradujeron para usted.',
    translationHeading: 'Traducción',
    originalHeading: 'Original (ruso, transcrito)',
    scanAttached: 'Se adjunta el escaneo del original.',
    scanTooLarge: 'Algunos escaneos eran demasiado grandes para adjuntarlos; puede verlos en «Mis cartas».',
    answer: 'Puede responder desde «Mis cartas»: {link}',
  },
  it: {
    subject: 'Lettera {ref}: è arrivata una risposta',
    intro:
      'È arrivata una risposta alla sua lettera {ref}. I nostri volontari hanno trascritto il manoscritto e lo hanno tradotto per lei.',
    translationHeading: 'Traduzione',
    originalHeading: 'Originale (russo, trascritto)',
    scanAttached: 'La scansione dell’originale è allegata.',
    scanTooLarge: 'Alcune scansioni erano troppo grandi da allegare; può vederle in «Le mie lettere».',
    answer: 'Può rispondere da «Le mie lettere»: {link}',
  },
  pl: {
    subject: 'List {ref}: przyszła odpowiedź',
    intro:
      'Przyszła odpowiedź na Twój list {ref}. Nasi wolontariusze przepisali rękopis i przetłumaczyli go dla Ciebie.',
    translationHeading: 'Tłumaczenie',
    originalHeading: 'Oryginał (po rosyjsku, przepisany)',
    scanAttached: 'Skan oryginału jest w załączniku.',
    scanTooLarge: 'Niektóre skany były za duże na załącznik; można je zobaczyć w „Moich listach”.',
    answer: 'Odpowiedzieć możesz w „Moich listach”: {link}',
  },
};

/** The texts for `language`, English when it is not a UI language. */
export function replyMailTexts(language: string | undefined): ReplyMailTexts {
  return TEXTS[
    (UI_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as UiLanguage) : 'en'
  ];
}
