/**
 * Benchmark: a 1,000-letter post batch PDF (letters, envelopes, packing list) streamed to a temp
 * file — seconds and peak RSS — next to a bare pdfkit loop writing the same text with the same font
 * in the same run. Each side runs in its own child process, so each peak RSS is its own.
 * Targets: ≤ 30 s and ≤ 500 MB RSS for the batch.
 *
 * Standalone: `npx tsx bench/pdf.bench.ts [letters]`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { realFacilities, SAMPLE_RUSSIAN_LETTER, TEST_SENDER } from '../server/channels/fixtures';
import { writePostBatch } from '../server/channels/post/batch';
import { fontPath } from '../server/channels/post/layout';
import type { PrintableLetter } from '../server/channels/post/types';

/** One figure of a benchmark, with the bare-pdfkit figure it is compared to. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

const DATIVE = [
  'Иванову Ивану Ивановичу',
  'Петровой Анне Сергеевне',
  'Смирнову Олегу Петровичу',
  'Кузнецову Дмитрию Андреевичу',
  'Соколовой Марии Викторовне',
  'Попову Алексею Николаевичу',
  'Лебедевой Елене Игоревне',
  'Козлову Павлу Михайловичу',
];

/** `count` letters to real facilities, with texts of about 1,700–2,400 characters. */
export function benchLetters(count: number): PrintableLetter[] {
  const facilities = realFacilities();
  const paragraphs = SAMPLE_RUSSIAN_LETTER.split('\n\n');
  return Array.from({ length: count }, (_, i) => {
    const row = facilities[(i * 7) % facilities.length]!;
    // Rotate the middle paragraphs and repeat some, so letters differ in text and length.
    const middle = paragraphs.slice(1, -2);
    const rotated = [...middle.slice(i % middle.length), ...middle.slice(0, i % middle.length)];
    const extra = rotated.slice(0, i % 3);
    const text = [paragraphs[0], ...rotated, ...extra, ...paragraphs.slice(-2)].join('\n\n').slice(0, 2400);
    return {
      refCode: `LB-${(100000 + i).toString(36).toUpperCase().padStart(6, '0')}`,
      date: '2025-03-12',
      russianText: text,
      recipient: {
        dativeLine: `${DATIVE[i % DATIVE.length]}, ${1960 + (i % 40)} г.р.`,
        facilityOfficialName: row.official_name,
        addressLines: [row.address_without_postcode],
        postcode: row.postcode,
        country: 'RU',
      },
    };
  });
}

/** The same text through pdfkit with nothing of ours: a page of text and an envelope page per letter. */
async function bareLoop(letters: PrintableLetter[], file: string): Promise<void> {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('serif', fontPath('serif'));
  doc.registerFont('sans', fontPath('sans'));
  const out = fs.createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => out.on('finish', resolve).on('error', reject));
  doc.pipe(out);
  for (const letter of letters) {
    doc.addPage({ size: 'A4', margin: 70 });
    doc.font('serif').fontSize(11).text(letter.russianText, { lineGap: 3.2 });
    doc.addPage({ size: [623.6, 311.8], margin: 30 });
    const r = letter.recipient;
    doc
      .font('sans')
      .fontSize(10)
      .text([r.dativeLine, r.facilityOfficialName, ...r.addressLines, r.postcode].join('\n'));
    while (doc.readableLength > 1 << 20) await new Promise((resolve) => setImmediate(resolve));
  }
  doc.end();
  await done;
}

/** Runs one side in this process and prints `{ seconds, rssMB, bytes }` as JSON. */
async function worker(kind: 'batch' | 'bare', count: number): Promise<void> {
  const letters = benchLetters(count);
  const file = path.join(os.tmpdir(), `lb-pdf-bench-${kind}-${process.pid}.pdf`);
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  if (kind === 'batch') {
    await writePostBatch(letters, { sender: TEST_SENDER, envelope: 'DL' }, fs.createWriteStream(file));
  } else {
    await bareLoop(letters, file);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const bytes = fs.statSync(file).size;
  fs.rmSync(file);
  // maxRSS is in kilobytes: the peak of this whole child process.
  const rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ seconds, cpuSeconds, rssMB, bytes }));
}

/** What one side measured. */
interface SideResult {
  seconds: number;
  cpuSeconds: number;
  rssMB: number;
  bytes: number;
}

function runChild(kind: 'batch' | 'bare', count: number): SideResult {
  // Resolved here, so the child finds tsx whatever the working directory.
  const tsx = import.meta.resolve('tsx');
  const output = execFileSync(
    process.execPath,
    ['--import', tsx, fileURLToPath(import.meta.url), '--worker', kind, String(count)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(output) as SideResult;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The benchmark: the post batch against the bare pdfkit loop, 1,000 letters by default. */
export async function runPdfBench(count = 1000): Promise<BenchResult[]> {
  const bare = runChild('bare', count);
  const batch = runChild('batch', count);
  return Promise.resolve([
    {
      name: `post_batch_${count}_letters_seconds`,
      value: round(batch.seconds),
      unit: 's',
      baseline: round(bare.seconds),
      ratio: round(batch.seconds / bare.seconds),
    },
    {
      name: `post_batch_${count}_letters_cpu_seconds`,
      value: round(batch.cpuSeconds),
      unit: 's',
      baseline: round(bare.cpuSeconds),
      ratio: round(batch.cpuSeconds / bare.cpuSeconds),
    },
    {
      name: `post_batch_${count}_letters_peak_rss`,
      value: round(batch.rssMB, 1),
      unit: 'MB',
      baseline: round(bare.rssMB, 1),
      ratio: round(batch.rssMB / bare.rssMB),
    },
    {
      name: `post_batch_${count}_letters_pdf_size`,
      value: round(batch.bytes / 1e6),
      unit: 'MB',
      baseline: round(bare.bytes / 1e6),
      ratio: round(batch.bytes / bare.bytes),
    },
  ]);
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  if (args[0] === '--worker') {
    await worker(args[1] === 'bare' ? 'bare' : 'batch', Number(args[2] ?? 1000));
  } else {
    const results = await runPdfBench(Number(args[0] ?? 1000));
    console.table(results);
  }
}
