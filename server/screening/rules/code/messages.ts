/** What the writer is told about codes, ciphers and abbreviations. */
import type { Messages } from '../../types';

/** Messages of the `code` category. */
export const CODE_MESSAGES = {
  script: {
    en: 'Writing the censor cannot read (an unknown alphabet, symbols) is stopped as "secret writing". Please write in plain words.',
    ru: 'Текст, который цензор не может прочитать (незнакомый алфавит, символы), останавливают как «тайнопись». Пожалуйста, пишите обычными словами.',
    uk: 'Текст, який цензор не може прочитати (незнайомий алфавіт, символи), зупиняють як «тайнопис». Будь ласка, пишіть звичайними словами.',
    de: 'Was der Zensor nicht lesen kann (ein fremdes Alphabet, Zeichen), gilt als „Geheimschrift“ und wird angehalten. Bitte schreib in einfachen Worten.',
    fr: 'Ce que le censeur ne peut pas lire (un alphabet inconnu, des symboles) est arrêté comme « écriture secrète ». Écrivez en mots simples.',
    es: 'Lo que el censor no puede leer (un alfabeto desconocido, símbolos) se detiene como «escritura secreta». Escribe con palabras sencillas.',
    it: 'Ciò che il censore non sa leggere (un alfabeto sconosciuto, simboli) viene bloccato come «scrittura segreta». Scrivi con parole semplici.',
    pl: 'To, czego cenzor nie umie przeczytać (nieznany alfabet, symbole), zatrzymuje się jako „tajne pismo”. Pisz zwykłymi słowami.',
  },
  code: {
    en: 'Strings of numbers or mixed letters and digits look like a cipher to the censor. Please write plainly.',
    ru: 'Цепочки цифр или смесь букв и цифр цензор примет за шифр. Пожалуйста, пишите просто.',
    uk: 'Ланцюжки цифр або суміш літер і цифр цензор сприйме як шифр. Будь ласка, пишіть просто.',
    de: 'Zahlenreihen oder Buchstaben-Zahlen-Gemische sehen für den Zensor wie ein Code aus. Bitte schreib schlicht.',
    fr: 'Les suites de chiffres ou les mélanges de lettres et de chiffres ressemblent à un code pour le censeur. Écrivez simplement.',
    es: 'Las series de números o mezclas de letras y cifras le parecen un código al censor. Escribe de forma sencilla.',
    it: 'Sequenze di numeri o miscugli di lettere e cifre sembrano un codice al censore. Scrivi in modo semplice.',
    pl: 'Ciągi cyfr lub mieszanki liter i cyfr wyglądają dla cenzora jak szyfr. Pisz prosto.',
  },
  abbreviation: {
    en: 'Abbreviations may be read as code. Please write the words out.',
    ru: 'Сокращения могут принять за шифр. Пожалуйста, пишите слова полностью.',
    uk: 'Скорочення можуть сприйняти за шифр. Будь ласка, пишіть слова повністю.',
    de: 'Abkürzungen können als Code gelesen werden. Bitte schreib die Wörter aus.',
    fr: 'Les abréviations peuvent passer pour un code. Écrivez les mots en entier.',
    es: 'Las abreviaturas pueden leerse como código. Escribe las palabras completas.',
    it: 'Le abbreviazioni possono sembrare un codice. Scrivi le parole per intero.',
    pl: 'Skróty mogą zostać uznane za szyfr. Pisz słowa w całości.',
  },
} satisfies Record<string, Messages>;
