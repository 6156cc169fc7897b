import { describe, expect, it } from 'vitest';
import { classifyNumber, ibanValid, luhnValid, runDetectors } from './detectors';

/** "detector:matched text" for each hit. */
const found = (text: string, latin = false): string[] =>
  runDetectors(text, latin).map((h) => `${h.detector}:${text.slice(h.start, h.end)}`);

describe('contact shapes', () => {
  it('finds links with and without a scheme, leaving the full stop out', () => {
    expect(found('See https://example.org/a?b=1. Or www.claireknits.co.uk and сайт.рф/путь')).toEqual([
      'url:https://example.org/a?b=1',
      'url:www.claireknits.co.uk',
      'url:сайт.рф/путь',
    ]);
  });

  it('finds emails and handles but not a lone @', () => {
    expect(found('Mail olga.k@example.ru or @claire_knits; meet @ 5')).toEqual([
      'email:olga.k@example.ru',
      'handle:@claire_knits',
    ]);
  });

  it('tells phones from dates, years, prices and postcodes', () => {
    expect(found('+44 7700 900123, 8 (916) 123-45-67, 06 12 34 56 78')).toEqual([
      'phone:+44 7700 900123',
      'phone:8 (916) 123-45-67',
      'phone:06 12 34 56 78',
    ]);
    expect(found('12.05.2023, 1990-2023, 1 000 000 ₽, 601122, in 2019 2020')).toEqual([]);
  });

  it('finds card numbers only with a valid checksum, IBANs only with a valid check', () => {
    expect(found('card 4111 1111 1111 1111')).toEqual(['card:4111 1111 1111 1111']);
    expect(found('IBAN GB82 WEST 1234 5698 7654 32')).toEqual(['iban:GB82 WEST 1234 5698 7654 32']);
    expect(found('IBAN GB83 WEST 1234 5698 7654 32')).toEqual([]);
    expect(found('счёт 40817810099910004312')).toEqual(['account:40817810099910004312']);
  });

  it('checks Luhn and mod-97 directly', () => {
    expect(luhnValid('4276380012345679')).toBe(true);
    expect(luhnValid('4276380012345678')).toBe(false);
    expect(ibanValid('DE89 3704 0044 0532 0130 00')).toBe(true);
  });
});

describe('code shapes', () => {
  it('classifies digit runs', () => {
    expect(classifyNumber('4820193746')).toBe('digits');
    expect(classifyNumber('7 14 3 22 9 1 5 18')).toBe('number_sequence');
    expect(classifyNumber('2019 2020')).toBeNull();
  });

  it('finds letter-digit jumbles but not ordinary tokens', () => {
    expect(found('COVID-19, 10am, 2nd, mp3, B2B, A7F3K9Z2 and x7k9q2')).toEqual([
      'jumble:A7F3K9Z2',
      'jumble:x7k9q2',
    ]);
  });

  it('finds Morse code but not an ellipsis', () => {
    expect(found('... --- ... .-.. --- ...- .')).toHaveLength(1);
    expect(found('Well... I thought - and then - nothing.')).toEqual([]);
  });

  it('finds unknown scripts, not Greek, emoji or accents', () => {
    expect(found('ᚠᚢᚦᚨᚱᚲ and שלום עולם')).toEqual(['script:ᚠᚢᚦᚨᚱᚲ', 'script:שלום עולם']);
    expect(found('π ≈ 3.14 👋 Ça va, Łódź?')).toEqual([]);
  });
});

describe('case and personal-data shapes', () => {
  it('finds criminal-code article references in several languages', () => {
    expect(found('ч. 2 ст. 205.2 УК РФ; статья 280; article 207.3; Artikel 275')).toEqual([
      'article:ст. 205.2',
      'article:статья 280',
      'article:article 207.3',
      'article:Artikel 275',
    ]);
  });

  it('finds addresses of several countries and passport numbers', () => {
    const text =
      'ул. Советская, д. 12, кв. 5; Lindenstraße 14; 14 Baker Street, London NW1 6XE; 12 rue des Lilas; Via Roma 12; паспорт 45 12 345678';
    expect(found(text).filter((h) => h.startsWith('address') || h.startsWith('passport'))).toEqual([
      'passport:45 12 345678',
      'address:ул. Советская, д. 12, кв. 5',
      'address:Lindenstraße 14',
      'address:14 Baker Street',
      'address:NW1 6XE',
      'address:12 rue des Lilas',
      'address:Via Roma 12',
    ]);
  });

  it('finds a full name before a phone number, not the first words of a sentence', () => {
    expect(found('Call my colleague John Smith on +44 20 7946 0018')).toContain(
      'name_with_phone:John Smith on +44 20 7946 0018',
    );
    expect(found('Meine Handynummer ist +49 151 23456789')).not.toContainEqual(
      expect.stringMatching(/^name_with_phone/),
    );
  });
});

describe('Latin words in Russian text', () => {
  it('joins neighbours and skips Roman numerals, links and mixed-script words', () => {
    expect(found('Слушаю Taylor Swift, в XX веке, см. www.bbc.com, iPhone-ом и вoйна', true)).toEqual([
      'url:www.bbc.com',
      'latin_word:Taylor Swift',
      'latin_word:iPhone',
    ]);
  });
});
