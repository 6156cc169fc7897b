/**
 * Every category, with letters that must raise it and look-alikes that must not, in several
 * languages. Each row: [language, text, category, severity] or [language, text, null] for clean.
 */
import { describe, expect, it } from 'vitest';
import { screenText } from './index';
import type { Category, Severity } from './types';

type Row = [language: string, text: string, category: Category | null, severity?: Severity];

const ROWS: Record<Category, Row[]> = {
  case: [
    ['en', 'Did the investigator let your lawyer in?', 'case', 'warn'],
    ['ru', 'Когда приговор? Адвокат что-нибудь говорит?', 'case', 'warn'],
    ['de', 'Wann beginnt dein Prozess?', 'case', 'warn'],
    ['fr', 'Quand est ton procès ?', 'case', 'warn'],
    ['pl', 'Kiedy jest rozprawa w sądzie?', 'case', 'warn'],
    ['en', 'We played on the basketball court until dark.', null],
    ['en', 'In case it rains, I take an umbrella.', null],
    ['de', 'Das Gericht war zu salzig, aber lecker.', 'food_freedom', 'info'],
    ['fr', 'J’ai mangé un avocat au petit-déjeuner.', null],
  ],
  war: [
    ['en', 'They invaded in February and the war has not stopped.', 'war', 'block'],
    ['ru', 'Вторжение изменило всё.', 'war', 'block'],
    ['uk', 'Мого сусіда мобілізували.', 'war', 'block'],
    ['de', 'Der Angriffskrieg dauert an.', 'war', 'block'],
    ['it', 'La guerra non finisce mai.', 'war', 'block'],
    ['en', 'My brother serves in the navy.', 'war', 'warn'],
    ['de', 'Es war ein schöner Tag, und ich kriege bald Besuch.', null],
    ['ru', 'Смотрели «Звёздные войны» всей семьёй.', null],
    ['en', 'Star Wars is still my favourite film.', null],
  ],
  organisations: [
    ['en', 'I watched a Bellingcat investigation yesterday.', 'organisations', 'block'],
    ['ru', 'Смотрела фильм ФБК про дворец.', 'organisations', 'block'],
    ['de', 'Die Zeugen Jehovas klingeln oft bei uns.', 'organisations', 'block'],
    ['fr', 'Je lis Meduza tous les matins.', 'organisations', 'block'],
    ['en', 'She posted it on Instagram.', 'organisations', 'warn'],
    ['ru', 'Весна пришла, и Медуза на пляже была огромная.', 'food_freedom', 'info'],
    ['en', 'We visited the war memorial on Memorial Day.', null],
  ],
  protest: [
    ['en', 'It is time to overthrow them all.', 'protest', 'block'],
    ['ru', 'Давайте свергнем их!', 'protest', 'block'],
    ['de', 'Wir waren auf einer Kundgebung.', 'protest', 'warn'],
    ['fr', 'Nous avons manifesté samedi.', 'protest', 'warn'],
    ['fr', 'Le chat a protesté quand je l’ai lavé.', null],
    ['en', 'We read about the French Revolution at school.', null],
  ],
  insult_authority: [
    ['en', 'The Kremlin is run by thieves.', 'insult_authority', 'block'],
    ['ru', 'Правительство — банда воров.', 'insult_authority', 'block'],
    ['de', 'Die Regierung ist korrupt.', 'insult_authority', 'block'],
    ['en', 'A thief stole my bicycle. The police were kind.', null],
  ],
  code: [
    ['en', 'Your code is Q9W8E7R6.', 'code', 'warn'],
    ['ru', 'Запомни: 5 12 7 30 2 18', 'code', 'warn'],
    ['en', 'ᛗᚨᚱᛁᚨ', 'code', 'block'],
    ['ru', 'ИМХО это лучшая книга.', 'code', 'warn'],
    ['en', 'I was born in 1985 and moved here in 2010.', null],
  ],
  foreign_words: [
    ['ru', 'Мы ходили на концерт Radiohead.', 'foreign_words', 'warn'],
    ['ru', 'В XIX веке здесь была усадьба.', null],
  ],
  contact: [
    ['de', 'Meine Nummer: 0151 23456789.', 'contact', 'warn'],
    ['fr', 'Mon site : https://exemple.fr', 'contact', 'warn'],
    ['ru', 'Номер карты 5469 3800 8765 4322', 'contact', 'block'],
    ['en', 'Meet me at 5 pm on 12/03.', null],
  ],
  swearing: [
    ['ru', 'Да ну нахуй эту погоду.', 'swearing', 'warn'],
    ['en', 'What a load of bullshit.', 'swearing', 'warn'],
    ['fr', 'Quel bordel ce matin !', 'swearing', 'warn'],
    ['es', 'Joder, qué frío.', 'swearing', 'warn'],
    ['ru', 'Купила хлеб и посмотрела на небо. Хрен добавила в соус.', null],
    ['en', 'The class assessment was fine.', null],
  ],
  sexual: [
    ['en', 'I sent you an erotic poem.', 'sexual', 'warn'],
    ['ru', 'Порно по телевизору не показывают.', 'sexual', 'warn'],
    ['fr', 'Bons baisers de Lyon !', null],
    ['ru', 'Врач осмотрел трахею.', null],
  ],
  security: [
    ['en', 'Could you hide the SIM card in your shoe?', 'security', 'block'],
    ['ru', 'Передам тебе телефон в посылке.', 'security', 'block'],
    ['de', 'Man könnte ein Handy reinschmuggeln.', 'security', 'block'],
    ['ru', 'У нас в лесу видели гашиш? Нет, конечно.', 'security', 'warn'],
    ['ru', 'Молодые побеги малины надо подвязать.', null],
    ['en', 'I escape into books every evening.', null],
    ['fr', "Ce roman est un vrai moment d'évasion.", null],
  ],
  third_party: [
    ['en', 'My sister lives at 3 Station Road.', 'third_party', 'warn'],
    ['ru', 'Паспорт 45 08 123456 у меня с собой.', 'third_party', 'warn'],
    ['en', 'Station Road is closed for repairs.', null],
  ],
  food_freedom: [
    ['en', 'The cake was delicious.', 'food_freedom', 'info'],
    ['ru', 'Ездили в отпуск на море.', 'food_freedom', 'info'],
    ['de', 'Im Urlaub waren wir am Strand.', 'food_freedom', 'info'],
    ['en', 'I had tea and went to bed.', null],
  ],
  abuse: [
    ['en', "You're a pathetic loser.", 'abuse', 'block'],
    ['ru', 'Ты предатель.', 'abuse', 'block'],
    ['de', 'Du bist Abschaum.', 'abuse', 'block'],
    ['fr', 'Tu es une ordure.', 'abuse', 'block'],
    ['en', 'Faggots like you.', 'abuse', 'block'],
    ['en', 'You are not a traitor; they are wrong.', null],
    ['ru', 'Вы не преступник.', null],
    ['de', 'Du bist kein Verbrecher.', null],
  ],
};

describe('categories', () => {
  for (const [category, rows] of Object.entries(ROWS)) {
    describe(category, () => {
      for (const [language, text, expected, severity] of rows) {
        it(`${language}: ${text}`, () => {
          const { flags } = screenText({ text, language });
          if (expected === null) {
            expect(flags.map((f) => `${f.ruleId} "${text.slice(f.start, f.end)}"`)).toEqual([]);
          } else {
            const mine = flags.filter((f) => f.category === expected);
            expect(mine.length, JSON.stringify(flags)).toBeGreaterThan(0);
            expect(mine.some((f) => f.severity === severity)).toBe(true);
          }
        });
      }
    });
  }
});
