import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printableLetter, realFacility, SAMPLE_RUSSIAN_LETTER, TEST_SENDER } from '../fixtures';
import { lines, pdfPages, pdfPageSizes, squash } from '../pdf-text';
import { formatAddressText } from './address';
import { sortForBatch, writePostBatch } from './batch';
import { pageLabel, replyKitNote } from './letter-pages';
import type { EnvelopeFormat, PrintableLetter } from './types';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-post-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const pokrov = realFacility('ФКУ ИК-2 УФСИН России по Владимирской области');
const kresty = realFacility('ФКУ СИЗО-1 УФСИН России по г. Санкт-Петербургу и Ленинградской области');
// Two facilities at one postcode (107996): the facility name decides their order.
const moscowCentral = realFacility('ФКУ СИЗО-1 ФСИН России');
const moscowCity = realFacility('ФКУ СИЗО-1 УФСИН России по г. Москве');
// Three colonies at one postcode (658209): numbers sort as numbers, ИК-5 < ИК-9 < ИК-10.
const altai = [
  'ФКУ ИК-10 УФСИН России по Алтайскому краю',
  'ФКУ ИК-5 УФСИН России по Алтайскому краю',
  'ФКУ ИК-9 УФСИН России по Алтайскому краю',
];

const twoPages = [SAMPLE_RUSSIAN_LETTER, SAMPLE_RUSSIAN_LETTER.replace('Анна', 'Анна Шмидт')].join('\n\n');
const belarus: PrintableLetter = {
  refCode: 'LB-B7Y2KD',
  date: new Date('2025-03-12T09:00:00Z'),
  russianText: SAMPLE_RUSSIAN_LETTER,
  recipient: {
    dativeLine: 'Палчису Эдуарду Александровичу, 1990 г.р.',
    facilityOfficialName: 'Следственный изолятор № 1',
    addressLines: ['vulica Valadarskaha 2', 'Minsk'],
    postcode: '220030',
    country: 'BY',
  },
};
const batch: PrintableLetter[] = [
  printableLetter(pokrov, 'LB-4F7K2Q', 'Иванову Ивану Ивановичу, 1990 г.р.', twoPages),
  printableLetter(kresty, 'LB-2M8PQR', 'Петровой Анне Сергеевне, 1985 г.р.'),
  printableLetter(moscowCity, 'LB-7DX4NA', 'Смирнову Олегу Петровичу, 1979 г.р.'),
  printableLetter(moscowCentral, 'LB-5KH9WE', 'Кузнецову Дмитрию Андреевичу, 1992 г.р.'),
  ...altai.map((name, i) =>
    printableLetter(realFacility(name), `LB-A${i}TZ9V`, 'Соколову Павлу Игоревичу, 1988 г.р.'),
  ),
  belarus,
];

async function print(letters: PrintableLetter[], envelope: EnvelopeFormat, packingList = false) {
  const file = path.join(dir, `${envelope}-${letters.length}-${packingList}.pdf`);
  const summary = await writePostBatch(
    letters,
    { sender: TEST_SENDER, envelope, packingList },
    fs.createWriteStream(file),
  );
  return { file, summary, pages: pdfPages(file) };
}

/** The body text of a letter's pages: footers (code, page label) and the header block removed. */
function bodyText(pages: string[], letter: PrintableLetter): string {
  return squash(
    pages
      .map((page) =>
        lines(page)
          .filter((l) => l !== letter.refCode && !/^Страница \d+ из \d+$/.test(l))
          .join('\n'),
      )
      .join('\n'),
  );
}

describe('post batch PDF', () => {
  it('orders letters by postcode, then facility name, each letter followed by its envelope', async () => {
    const { summary, pages } = await print(batch, 'DL');
    const expected = [
      'LB-7DX4NA', // 107996 ФКУ СИЗО-1 УФСИН России по г. Москве (У before Ф)
      'LB-5KH9WE', // 107996 ФКУ СИЗО-1 ФСИН России
      'LB-2M8PQR', // 196655
      'LB-B7Y2KD', // 220030 Minsk
      'LB-4F7K2Q', // 601122
      'LB-A1TZ9V', // 658209 ИК-5
      'LB-A2TZ9V', // 658209 ИК-9
      'LB-A0TZ9V', // 658209 ИК-10
    ];
    expect(summary.letters.map((l) => l.refCode)).toEqual(expected);
    expect(sortForBatch(batch).map((l) => l.refCode)).toEqual(expected);
    expect(summary.pages).toBe(pages.length);
    const sizes = pdfPageSizes(path.join(dir, `DL-${batch.length}-false.pdf`));
    for (const entry of summary.letters) {
      const letter = batch.find((l) => l.refCode === entry.refCode)!;
      for (let p = entry.firstPage; p < entry.envelopePage; p++) expect(sizes[p - 1]).toBe('210x297');
      expect(sizes[entry.envelopePage - 1]).toBe('220x110');
      // The envelope is the page right after the letter's last page, and it is this letter's.
      expect(lines(pages[entry.envelopePage - 1]!)).toContain(letter.recipient.dativeLine);
    }
  });

  it('prints the code and "Страница i из n" on every letter page, and the code on the envelope', async () => {
    const { summary, pages } = await print(batch, 'DL');
    const long = summary.letters.find((l) => l.refCode === 'LB-4F7K2Q')!;
    expect(long.letterPages).toBe(2);
    for (const entry of summary.letters) {
      for (let i = 0; i < entry.letterPages; i++) {
        const page = lines(pages[entry.firstPage - 1 + i]!);
        expect(page).toContain(entry.refCode);
        expect(page).toContain(pageLabel(i + 1, entry.letterPages));
      }
      expect(lines(pages[entry.envelopePage - 1]!)).toContain(entry.refCode);
    }
  });

  it('round-trips the Russian text and the dative block exactly', async () => {
    const { summary, pages } = await print(batch, 'C5');
    for (const entry of summary.letters) {
      const letter = batch.find((l) => l.refCode === entry.refCode)!;
      const letterPages = pages.slice(entry.firstPage - 1, entry.envelopePage - 1);
      const body = bodyText(letterPages, letter);
      expect(body).toContain(squash(letter.russianText));
      expect(body).toContain(squash(replyKitNote(letter.refCode)));
      expect(body).toContain('12 марта 2025 г.');
      expect(body).toContain(
        squash(`${letter.recipient.dativeLine} ${letter.recipient.facilityOfficialName}`),
      );
      const envelope = squash(pages[entry.envelopePage - 1]!);
      expect(envelope).toContain(
        squash([letter.recipient.dativeLine, letter.recipient.facilityOfficialName].join(' ')),
      );
      expect(envelope).toContain(squash(letter.recipient.addressLines.join(' ')));
      expect(lines(pages[entry.envelopePage - 1]!)).toContain(letter.recipient.postcode);
    }
  });

  it('writes the Russian block for a Russian prison and ends a Belarusian address with the country', async () => {
    const { pages } = await print([batch[0]!, belarus], 'DL');
    // Minsk (220030) comes first: its letter, its envelope, then the two pages to Pokrov and theirs.
    const ru = squash(pages[4]!);
    // pdftotext reads the label column ("Кому", "Куда", "Индекс") apart from the block it labels.
    expect(ru).toContain('Кому Куда Индекс');
    expect(ru).toContain(
      'Иванову Ивану Ивановичу, 1990 г.р. ФКУ ИК-2 УФСИН России по Владимирской области ' +
        'Владимирская область, Петушинский район, г. Покров, ул. Франца Штольверка, д. 6 601122 RUSSIAN FEDERATION',
    );
    expect(ru).toContain('От кого Откуда Letterbridge e.V. Postfach 12 34 56 10115 Berlin GERMANY');
    const by = lines(pages[1]!);
    expect(by[by.indexOf('220030') + 1]).toBe('REPUBLIC OF BELARUS');
    expect(formatAddressText(belarus.recipient).split('\n').at(-1)).toBe('REPUBLIC OF BELARUS');
  });

  it('leaves out the reply-kit note when no kit is enclosed', async () => {
    const { pages } = await print([{ ...batch[1]!, replyKit: false }], 'DL');
    expect(squash(pages.join('\n'))).not.toContain('чистый лист');
  });

  it('starts with a packing list and can print A4 address sheets with a checklist', async () => {
    const { summary, pages, file } = await print(batch.slice(0, 3), 'sheet', true);
    expect(squash(pages[0]!)).toContain('Пакет писем для отправки почтой');
    expect(summary.letters[0]!.firstPage).toBe(2);
    expect(pdfPageSizes(file).every((size) => size === '210x297')).toBe(true);
    const sheet = squash(pages[summary.letters.find((l) => l.refCode === 'LB-4F7K2Q')!.envelopePage - 1]!);
    expect(sheet).toContain('Письмо LB-4F7K2Q: 2 страницы.');
    expect(sheet).toContain('Вложите чистый лист бумаги и конверт с маркой');
  });

  it('refuses an empty batch', async () => {
    await expect(
      writePostBatch([], { sender: TEST_SENDER, envelope: 'DL' }, new PassThrough()),
    ).rejects.toThrow(RangeError);
  });
});
