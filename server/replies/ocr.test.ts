import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OCR_TOOLS, ocrLanguages, parseTesseractTsv, readReply } from './ocr';
import { approximateCodeTails, exactRefCodes, nearRefCodes } from './ref-codes';
import {
  SAMPLE_REPLY_LINES,
  characterSimilarity,
  renderScan,
  renderScannedPdf,
  renderTypedPdf,
} from './sample-scans';

const REF = 'LB-4F7K2Q';
const lines = [...SAMPLE_REPLY_LINES, `Ответ на письмо ${REF}`];
const expected = SAMPLE_REPLY_LINES.join('\n');
let folder: string;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-ocr-test-'));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function write(name: string, bytes: Buffer): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The body lines of a reading (the reference line is checked apart). */
const bodyOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.includes('Ответ'))
    .join('\n');

describe('OCR of a Russian scan (tesseract-ocr-rus is installed here)', () => {
  it('has tesseract with Russian (and English, for the code) data', async () => {
    expect(await ocrLanguages()).toBe('rus+eng');
    expect(await ocrLanguages({ ...DEFAULT_OCR_TOOLS, languages: ['rus'] })).toBe('rus');
  });

  it('reads a PNG scan closely, and reports its confidence', async () => {
    const file = write('scan.png', await renderScan(lines));
    const result = await readReply([{ path: file, mimeType: 'image/png' }]);
    expect(result).not.toBeNull();
    expect(result!.engine).toBe('tesseract');
    expect(result!.pages).toBe(1);
    const similarity = characterSimilarity(expected, bodyOf(result!.text));
    console.info(
      `PNG scan: character similarity ${similarity.toFixed(3)}, confidence ${result!.meanConfidence}`,
    );
    expect(similarity).toBeGreaterThan(0.9);
    expect(result!.meanConfidence).toBeGreaterThan(50);
    // With English data beside Russian, the Latin code is read exactly.
    expect(exactRefCodes(result!.text)).toEqual([REF]);
  }, 60_000);

  it('rasterises a scanned PDF (no text layer) and reads it', async () => {
    const file = write('scan.pdf', await renderScannedPdf(lines));
    const result = await readReply([{ path: file, mimeType: 'application/pdf' }]);
    expect(result!.engine).toBe('tesseract');
    const similarity = characterSimilarity(expected, bodyOf(result!.text));
    console.info(`scanned PDF: character similarity ${similarity.toFixed(3)}`);
    expect(similarity).toBeGreaterThan(0.85);
  }, 120_000);

  it('reads the code only approximately with Russian alone, close enough to suggest it', async () => {
    const file = write('scan-rus.png', await renderScan(lines));
    const result = await readReply([{ path: file, mimeType: 'image/png' }], {
      ...DEFAULT_OCR_TOOLS,
      languages: ['rus'],
    });
    expect(exactRefCodes(result!.text)).toEqual([]);
    expect(nearRefCodes(approximateCodeTails(result!.text), [REF, 'LB-ZZZZZZ'])).toEqual([REF]);
  }, 60_000);

  it('takes the text layer of a typed PDF as it is', async () => {
    const file = write('typed.pdf', await renderTypedPdf(lines));
    const result = await readReply([{ path: file, mimeType: 'application/pdf' }]);
    expect(result!.engine).toBe('pdf-text');
    expect(characterSimilarity(expected, bodyOf(result!.text))).toBeGreaterThan(0.98);
    expect(exactRefCodes(result!.text)).toEqual([REF]);
  });

  it('gives no draft and no error when tesseract is missing', async () => {
    const file = write('scan2.png', await renderScan(lines));
    const missing = { ...DEFAULT_OCR_TOOLS, tesseract: 'tesseract-not-installed-here' };
    expect(await ocrLanguages(missing)).toBeNull();
    expect(await readReply([{ path: file, mimeType: 'image/png' }], missing)).toBeNull();
    const pdf = write('scan2.pdf', await renderScannedPdf(lines));
    expect(await readReply([{ path: pdf, mimeType: 'application/pdf' }], missing)).toBeNull();
  });
});

describe('reference codes', () => {
  it('finds exact codes, also written with Cyrillic look-alikes', () => {
    expect(exactRefCodes('Ответ на письмо LB-4F7K2Q, спасибо')).toEqual(['LB-4F7K2Q']);
    expect(exactRefCodes('код LВ–4F7К2Q')).toEqual(['LB-4F7K2Q']);
    expect(exactRefCodes('LB-4F7K2QX is longer')).toEqual([]);
    expect(exactRefCodes('LB-1O0ILL has forbidden characters')).toEqual([]);
  });

  it('suggests near codes for what OCR misread, closest first', () => {
    // What tesseract -l rus made of "LB-4F7K2Q" in a trial: L→1, F→Е, Q→О0.
    const tails = approximateCodeTails('Ответ на письмо 1В-4Е7К2О0');
    expect(tails).toEqual(['4E7K2O0']);
    expect(nearRefCodes(tails, ['LB-ZZZZZZ', 'LB-4F7K2Q', 'LB-4F7K2R'])).toEqual(['LB-4F7K2Q']);
    // A code one confusable step from the misreading ranks first: why near codes are only suggestions.
    expect(nearRefCodes(tails, ['LB-4F7K2Q', 'LB-4E7K2Q'])).toEqual(['LB-4E7K2Q', 'LB-4F7K2Q']);
    expect(nearRefCodes(tails, ['LB-XY3MNP'])).toEqual([]);
  });

  it('parses tesseract TSV into lines and confidences', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '4\t1\t1\t1\t1\t0\t0\t0\t1\t1\t-1\t',
      '5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t96.5\tДобрый',
      '5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t40\tдень',
      '5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t90\tМари',
    ].join('\n');
    expect(parseTesseractTsv(tsv)).toEqual({ text: 'Добрый день\nМари', confidences: [96.5, 40, 90] });
  });
});
