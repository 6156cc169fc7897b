/** What the translator is told about foreign words left in the Russian text. */
import type { Messages } from '../../types';

/** Messages of the `foreign_words` category. */
export const FOREIGN_WORD_MESSAGES = {
  latin: {
    en: 'A word in Latin letters in the Russian text. Censors may stop letters with foreign words: translate it or write it in Cyrillic.',
    ru: 'Слово латиницей в русском тексте. Письма с иностранными словами цензор может не пропустить: переведите его или напишите кириллицей.',
    uk: 'Слово латиницею в російському тексті. Листи з іноземними словами цензор може не пропустити: перекладіть його або напишіть кирилицею.',
    de: 'Ein Wort in lateinischer Schrift im russischen Text. Briefe mit Fremdwörtern können angehalten werden: übersetzen oder kyrillisch schreiben.',
    fr: 'Un mot en lettres latines dans le texte russe. Le censeur peut arrêter les lettres avec des mots étrangers : traduisez-le ou écrivez-le en cyrillique.',
    es: 'Una palabra en letras latinas en el texto ruso. El censor puede detener cartas con palabras extranjeras: tradúcela o escríbela en cirílico.',
    it: 'Una parola in lettere latine nel testo russo. Il censore può bloccare lettere con parole straniere: traducila o scrivila in cirillico.',
    pl: 'Słowo pisane alfabetem łacińskim w rosyjskim tekście. Cenzor może zatrzymać list z obcymi słowami: przetłumacz je lub zapisz cyrylicą.',
  },
} satisfies Record<string, Messages>;
