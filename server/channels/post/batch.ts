/**
 * A post batch: many letters in ONE print-ready PDF, ordered by facility (postcode, then the
 * facility's name) so envelopes to one place come out together; each letter's pages are followed
 * by its envelope page. The PDF is streamed to `out` letter by letter: pages are flushed after
 * each letter and the writer waits while the output is behind, so memory stays flat for any size.
 */
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { renderEnvelope } from './envelope';
import { FONTS, INK, mm, registerFonts, SIZES, tieAddress } from './layout';
import { renderLetterPages } from './letter-pages';
import type { PostPrintOptions, PrintableLetter } from './types';

/** What was printed, in print order. */
export interface PostBatchSummary {
  letters: { refCode: string; firstPage: number; letterPages: number; envelopePage: number }[];
  pages: number;
  bytes: number;
}

const collator = new Intl.Collator('ru', { numeric: true });

/** Letters in print order: by postcode, then facility name, then recipient, then reference code. */
export function sortForBatch<T extends Pick<PrintableLetter, 'recipient' | 'refCode'>>(
  letters: readonly T[],
): T[] {
  return [...letters].sort(
    (a, b) =>
      collator.compare(a.recipient.postcode, b.recipient.postcode) ||
      collator.compare(a.recipient.facilityOfficialName, b.recipient.facilityOfficialName) ||
      collator.compare(a.recipient.dativeLine, b.recipient.dativeLine) ||
      collator.compare(a.refCode, b.refCode),
  );
}

/** A new document set up for letters: buffered pages, bundled fonts, no automatic first page. */
export function createLetterDocument(title: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    lang: 'ru',
    info: { Title: title, Creator: 'Letterbridge' },
  });
  registerFonts(doc);
  return doc;
}

/** Resolves once `doc` has handed most of what it produced to its reader (backpressure for pdfkit). */
export async function drain(doc: PDFKit.PDFDocument, limit = 1 << 20): Promise<void> {
  while (doc.readableLength > limit) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Pipes `doc` into `out`; the promise resolves with the bytes written once `doc.end()` has been
 * called and `out` has everything.
 */
export function pipeDocument(doc: PDFKit.PDFDocument, out: Writable): Promise<number> {
  let bytes = 0;
  doc.on('data', (chunk: Buffer) => (bytes += chunk.length));
  const done = new Promise<number>((resolve, reject) => {
    out.on('finish', () => resolve(bytes));
    out.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(out);
  return done;
}

function renderPackingList(
  doc: PDFKit.PDFDocument,
  letters: PrintableLetter[],
  options: PostPrintOptions,
): void {
  const margins = { top: mm(20), bottom: mm(20), left: mm(20), right: mm(20) };
  doc.addPage({ size: [...SIZES.A4], margins });
  const width = doc.page.width - margins.left - margins.right;
  doc
    .font(FONTS.sansBold)
    .fontSize(13)
    .fillColor(INK.text)
    .text('Пакет писем для отправки почтой', margins.left, margins.top);
  doc.font(FONTS.sans).fontSize(9.5).fillColor(INK.muted);
  doc.text(
    `Писем: ${letters.length}. После страниц каждого письма идёт ${options.envelope === 'sheet' ? 'лист с адресом' : `конверт ${options.envelope}`}. ` +
      'В каждый конверт вложите письмо, чистый лист бумаги и конверт с маркой для ответа (если это указано в письме).',
    { width, lineGap: 2 },
  );
  doc.moveDown(0.8);
  const columns = [mm(9), mm(22), mm(16), mm(62), width - mm(9) - mm(22) - mm(16) - mm(62)];
  const nameCell = { width: columns[3]! - mm(3), lineGap: 0.5 };
  const facilityCell = { width: columns[4]!, lineGap: 0.5 };
  doc.font(FONTS.sans).fontSize(8);
  letters.forEach((letter, i) => {
    const dativeLine = tieAddress(letter.recipient.dativeLine);
    const facilityOfficialName = tieAddress(letter.recipient.facilityOfficialName);
    const { postcode } = letter.recipient;
    // Only the two long cells wrap; the short ones take pdfkit's fast single-line path.
    const height = Math.max(
      doc.heightOfString(dativeLine, nameCell),
      doc.heightOfString(facilityOfficialName, facilityCell),
    );
    if (doc.y + height > doc.page.height - margins.bottom) doc.addPage({ size: [...SIZES.A4], margins });
    const y = doc.y;
    let x = margins.left;
    doc.fillColor(INK.muted).text(String(i + 1), x, y, { lineBreak: false });
    doc.fillColor(INK.text).text(letter.refCode, (x += columns[0]!), y, { lineBreak: false });
    doc.text(postcode, (x += columns[1]!), y, { lineBreak: false });
    doc.text(dativeLine, (x += columns[2]!), y, nameCell);
    doc.text(facilityOfficialName, (x += columns[3]!), y, facilityCell);
    doc.y = y + height + 3;
  });
}

/**
 * Writes the batch PDF to `out` (a file stream, an HTTP response) and resolves when it is all out.
 * Letters are printed in `sortForBatch` order.
 */
export async function writePostBatch(
  letters: readonly PrintableLetter[],
  options: PostPrintOptions,
  out: Writable,
): Promise<PostBatchSummary> {
  if (letters.length === 0) throw new RangeError('A post batch needs at least one letter.');
  const ordered = sortForBatch(letters);
  const doc = createLetterDocument(`Letterbridge: ${ordered.length} letters`);
  const done = pipeDocument(doc, out);
  if (options.packingList !== false) {
    renderPackingList(doc, ordered, options);
    doc.flushPages();
  }
  const summary: PostBatchSummary['letters'] = [];
  for (const letter of ordered) {
    const firstPage = doc.bufferedPageRange().start + doc.bufferedPageRange().count + 1;
    const letterPages = renderLetterPages(doc, letter, options.sender);
    renderEnvelope(doc, letter, options.sender, options.envelope, letterPages);
    doc.flushPages();
    summary.push({ refCode: letter.refCode, firstPage, letterPages, envelopePage: firstPage + letterPages });
    await drain(doc);
  }
  doc.end();
  const bytes = await done;
  const pages = summary[summary.length - 1]!.envelopePage;
  return { letters: summary, pages, bytes };
}
