import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelFacility, printableLetter, realFacility, SAMPLE_RUSSIAN_LETTER } from '../fixtures';
import { lines, pdfPages, pdfPageSizes, squash } from '../pdf-text';
import { createSelfPostChannel, prepareSelfPost } from '.';
import { languageNameRu, writeSelfPostPdf, type SelfPostLetter } from './pdf';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-self-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const pokrov = realFacility('ФКУ ИК-2 УФСИН России по Владимирской области');
const { recipient } = printableLetter(pokrov, 'LB-4F7K2Q', 'Иванову Ивану Ивановичу, 1990 г.р.');
const ENGLISH = `Dear Ivan,

My name is Anna. I live in a small town in the north of Germany and work as a librarian. I found your address on a list of people one can write to, and I thought that staying silent would be wrong.

Take care of yourself. I am thinking of you.

Anna`;
const letter: SelfPostLetter = {
  refCode: 'LB-4F7K2Q',
  date: '2025-03-12',
  recipient,
  originalText: ENGLISH,
  originalLanguage: 'en',
  russianText: SAMPLE_RUSSIAN_LETTER,
};

async function write(l: SelfPostLetter) {
  const file = path.join(dir, `${l.refCode}-${Math.random().toString(36).slice(2)}.pdf`);
  const result = await writeSelfPostPdf(l, fs.createWriteStream(file));
  return { ...result, file, pages: pdfPages(file) };
}

describe('self-post', () => {
  it('gives the writer the address as the envelope takes it, the country last from abroad', () => {
    const pkg = prepareSelfPost(recipient);
    expect(pkg.addressLines).toEqual([
      'Иванову Ивану Ивановичу, 1990 г.р.',
      'ФКУ ИК-2 УФСИН России по Владимирской области',
      'Владимирская область, Петушинский район, г. Покров, ул. Франца Штольверка, д. 6',
      '601122',
      'RUSSIAN FEDERATION',
    ]);
    expect(pkg.addressText).toBe(pkg.addressLines.join('\n'));
    expect(prepareSelfPost(recipient, 'RU').addressLines.at(-1)).toBe('601122');
  });

  it('prints the Russian letter by default, with code and page numbers', async () => {
    const { pages, file } = await write(letter);
    expect(pages).toHaveLength(1);
    expect(pdfPageSizes(file)).toEqual(['210x297']);
    const text = squash(pages[0]!);
    expect(text).toContain(squash(SAMPLE_RUSSIAN_LETTER));
    expect(text).toContain(
      'Иванову Ивану Ивановичу, 1990 г.р. ФКУ ИК-2 УФСИН России по Владимирской области',
    );
    expect(lines(pages[0]!)).toEqual(
      expect.arrayContaining(['LB-4F7K2Q', 'Страница 1 из 1', '12 марта 2025 г.']),
    );
    expect(text).not.toContain('Dear Ivan');
  });

  it('adds the original on its own pages when the writer asks, on US Letter if chosen', async () => {
    const { pages, file } = await write({ ...letter, include: { original: true }, pageSize: 'LETTER' });
    expect(pages).toHaveLength(2);
    expect(pdfPageSizes(file)).toEqual(['216x279', '216x279']);
    expect(squash(pages[1]!)).toContain(`Оригинал письма (английский язык) ${squash(ENGLISH)}`);
    expect(lines(pages[1]!)).toContain('Страница 2 из 2');
  });

  it('prints the original alone when there is no translation', async () => {
    const { pages } = await write({
      ...letter,
      russianText: null,
      originalLanguage: 'ru',
      originalText: SAMPLE_RUSSIAN_LETTER,
    });
    expect(pages).toHaveLength(1);
    expect(squash(pages[0]!)).toContain(squash(SAMPLE_RUSSIAN_LETTER));
    expect(squash(pages[0]!)).not.toContain('Оригинал');
  });

  it('ends with the address sheet: blank sender lines, the dative block, the country from abroad', async () => {
    const { pages, file } = await write({ ...letter, addressSheet: {} });
    expect(pages).toHaveLength(2);
    expect(pdfPageSizes(file)).toEqual(['210x297', '210x297']);
    // The footers count the letter's pages only: the sheet is cut up, not read.
    expect(lines(pages[0]!)).toContain('Страница 1 из 1');
    const sheet = lines(pages[1]!);
    expect(sheet).toEqual(expect.arrayContaining(['От кого', 'Откуда', 'LB-4F7K2Q', 'RUSSIAN FEDERATION']));
    // pdftotext reads the label columns apart from the lines they label.
    const block = squash(pages[1]!);
    expect(block).toContain('От кого Откуда Индекс Кому Куда Индекс');
    expect(block).toContain(
      'Иванову Ивану Ивановичу, 1990 г.р. ФКУ ИК-2 УФСИН России по Владимирской области ' +
        'Владимирская область, Петушинский район, г. Покров, ул. Франца Штольверка, д. 6 601122',
    );
    expect(block).not.toContain('Страница');

    const domestic = await write({ ...letter, addressSheet: { senderCountry: 'RU' }, pageSize: 'LETTER' });
    expect(pdfPageSizes(domestic.file)).toEqual(['216x279', '216x279']);
    expect(squash(domestic.pages[1]!)).not.toContain('RUSSIAN FEDERATION');
  });

  it('names languages in Russian, and costs the organisation nothing', () => {
    expect(languageNameRu('de')).toBe('немецкий');
    expect(languageNameRu('other')).toBe('другой язык');
    const facility = channelFacility(pokrov);
    const estimate = createSelfPostChannel().estimateCost({
      letterId: 'x',
      refCode: 'LB-4F7K2Q',
      russianText: SAMPLE_RUSSIAN_LETTER,
      replyBlank: true,
      recipient: { surname: 'Иванов', givenName: 'Иван', patronymic: 'Иванович', birthYear: 1990 },
      facility,
    });
    expect(estimate?.totalMinor).toBe(0);
    expect(createSelfPostChannel().supports(facility)).toEqual({ supported: true });
  });
});
