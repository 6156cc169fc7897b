/**
 * An OCR draft of a reply with Debian's tesseract (`tesseract-ocr-rus`). Handwriting reads badly
 * and printed text only mostly well, so the result is only ever a draft a transcriber starts from,
 * with its mean confidence reported. When tesseract or its Russian data is not installed there is
 * simply no draft: OCR is a help, never a requirement. PDFs are first tried for a text layer
 * (`pdftotext`), then rasterised page by page at 300 dpi (`pdftoppm`) and read like scans.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where the OCR tools are; tests point a field at a missing binary to exercise the fallback. */
export interface OcrTools {
  tesseract: string;
  pdftoppm: string;
  pdftotext: string;
  /**
   * Tesseract languages to combine, when installed; Russian is required. English is added for
   * the Latin reference code: with Russian alone tesseract reads "LB-4F7K2Q" as "1В-4Е7К20".
   */
  languages: readonly string[];
}

/** The Debian defaults. */
export const DEFAULT_OCR_TOOLS: OcrTools = {
  tesseract: 'tesseract',
  pdftoppm: 'pdftoppm',
  pdftotext: 'pdftotext',
  languages: ['rus', 'eng'],
};

/** Most pages of one PDF that are read (the upload check already caps the page count). */
const MAX_OCR_PAGES = 30;

/** A reading of one reply. */
export interface OcrResult {
  text: string;
  /** How the text was obtained. */
  engine: 'tesseract' | 'pdf-text';
  pages: number;
  /** Mean word confidence 0–100 (tesseract only). */
  meanConfidence: number | null;
  /** Words tesseract itself was unsure of (confidence below 60). */
  uncertainWords: number;
}

/** One file to read. */
export interface OcrInput {
  path: string;
  mimeType: string;
}

interface PageReading {
  text: string;
  confidences: number[];
}

/** Parses tesseract's TSV output into text (lines kept) and the word confidences. */
export function parseTesseractTsv(tsv: string): PageReading {
  const lines = new Map<string, string[]>();
  const confidences: number[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12 || cells[0] !== '5') continue;
    const word = cells.slice(11).join('\t').trim();
    if (!word) continue;
    const key = `${cells[2]}.${cells[3]}.${cells[4]}`;
    lines.set(key, [...(lines.get(key) ?? []), word]);
    const confidence = Number(cells[10]);
    if (Number.isFinite(confidence) && confidence >= 0) confidences.push(confidence);
  }
  return { text: [...lines.values()].map((words) => words.join(' ')).join('\n'), confidences };
}

async function readImage(tools: OcrTools, languages: string, file: string): Promise<PageReading> {
  const { stdout } = await run(tools.tesseract, [file, '-', '-l', languages, 'tsv'], {
    timeout: 180_000,
    maxBuffer: 32 << 20,
  });
  return parseTesseractTsv(stdout);
}

async function pdfTextLayer(tools: OcrTools, file: string): Promise<string> {
  try {
    const { stdout } = await run(tools.pdftotext, ['-layout', '-enc', 'UTF-8', file, '-'], {
      timeout: 60_000,
      maxBuffer: 16 << 20,
    });
    return stdout.trim();
  } catch {
    return '';
  }
}

async function readPdf(tools: OcrTools, languages: string, file: string): Promise<PageReading[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-ocr-'));
  try {
    await run(
      tools.pdftoppm,
      ['-r', '300', '-gray', '-png', '-f', '1', '-l', String(MAX_OCR_PAGES), file, path.join(folder, 'page')],
      { timeout: 300_000 },
    );
    const pages = fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.png'))
      .sort();
    const readings: PageReading[] = [];
    for (const page of pages) readings.push(await readImage(tools, languages, path.join(folder, page)));
    return readings;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const toolMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * The `-l` argument to use: the wanted languages tesseract has data for ("rus+eng"), or null
 * when tesseract is missing or has no Russian data.
 */
export async function ocrLanguages(tools: OcrTools = DEFAULT_OCR_TOOLS): Promise<string | null> {
  try {
    const { stdout, stderr } = await run(tools.tesseract, ['--list-langs'], { timeout: 10_000 });
    const installed = `${stdout}\n${stderr}`.split(/\s+/);
    if (!installed.includes('rus')) return null;
    return tools.languages.filter((language) => installed.includes(language)).join('+');
  } catch {
    return null;
  }
}

/**
 * Reads the files of one reply in order. Returns null when no OCR is possible here (tool or data
 * missing), or nothing was read. Failures of the tools on a file are thrown, so the job retries.
 */
export async function readReply(
  files: readonly OcrInput[],
  tools: OcrTools = DEFAULT_OCR_TOOLS,
): Promise<OcrResult | null> {
  const pdfText: string[] = [];
  const readings: PageReading[] = [];
  const languages = await ocrLanguages(tools);
  for (const file of files) {
    if (file.mimeType === 'application/pdf') {
      // A PDF made from typed text reads exactly; a scanned one has no text layer.
      const layer = await pdfTextLayer(tools, file.path);
      if (layer.length >= 20) {
        pdfText.push(layer);
        continue;
      }
      if (!languages) continue;
      try {
        readings.push(...(await readPdf(tools, languages, file.path)));
      } catch (error) {
        if (toolMissing(error)) continue;
        throw error;
      }
    } else if (languages) {
      readings.push(await readImage(tools, languages, file.path));
    }
  }
  const text = [...pdfText, ...readings.map((r) => r.text)].filter(Boolean).join('\n\n').trim();
  if (!text) return null;
  const confidences = readings.flatMap((r) => r.confidences);
  return {
    text,
    engine: readings.length ? 'tesseract' : 'pdf-text',
    pages: pdfText.length + readings.length,
    meanConfidence: confidences.length
      ? Math.round(confidences.reduce((a, b) => a + b, 0) / confidences.length)
      : null,
    uncertainWords: confidences.filter((c) => c < 60).length,
  };
}
