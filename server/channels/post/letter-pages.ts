/**
 * A letter on A4: the organisation's return address and the date at the top, the addressee in the
 * dative, the Russian text in a calm serif, the reply-kit note, and on every page a footer with the
 * letter's reference code and "Страница i из n". The document must buffer pages
 * (`bufferPages: true`) so the footers can be written once the page count is known; the caller
 * flushes after each letter, so memory does not grow with the batch.
 */
import { FONTS, formatRussianDate, INK, mm, paragraphs, SIZES } from './layout';
import type { PrintableLetter, SenderAddress } from './types';

/** Margins of a letter page, points. The bottom one leaves room for the footer. */
export const LETTER_MARGINS = { top: mm(20), bottom: mm(24), left: mm(25), right: mm(20) };

/** Body type: DejaVu Serif 11 pt with open leading. */
export const BODY = { size: 11, lineGap: 3.2, paragraphGap: 7 };

/** The note that tells the prisoner (and the censor) what is enclosed, with the code to quote. */
export function replyKitNote(refCode: string): string {
  return (
    'К письму приложены чистый лист бумаги и конверт с маркой для ответа. ' +
    `Отвечая, пожалуйста, укажите номер письма ${refCode}.`
  );
}

/** "Страница 2 из 3". */
export const pageLabel = (page: number, total: number) => `Страница ${page} из ${total}`;

function drawHeader(
  doc: PDFKit.PDFDocument,
  letter: PrintableLetter,
  sender: SenderAddress,
  width: number,
): void {
  const { left, top } = LETTER_MARGINS;
  const right = left + width;
  const date = formatRussianDate(letter.date);
  doc.font(FONTS.sans).fontSize(9).fillColor(INK.muted);
  const dateWidth = doc.widthOfString(date);
  doc.text(date, right - dateWidth, top, { lineBreak: false });

  doc
    .font(FONTS.sansBold)
    .fontSize(9)
    .fillColor(INK.text)
    .text(sender.name, left, top, { width: width * 0.55 });
  doc.font(FONTS.sans).fontSize(8.5).fillColor(INK.muted);
  const senderLines = sender.postcode ? [...sender.lines, sender.postcode] : [...sender.lines];
  if (sender.countryName && sender.country !== letter.recipient.country) senderLines.push(sender.countryName);
  doc.text(senderLines.join('\n'), left, doc.y + 1, { width: width * 0.55, lineGap: 1 });

  // The addressee, set right like a Russian letter's "шапка", so a loose page still says whose it is.
  const blockWidth = mm(100);
  const blockX = right - blockWidth;
  const blockY = Math.max(doc.y, top + mm(4)) + mm(8);
  doc.font(FONTS.sansBold).fontSize(10).fillColor(INK.text);
  doc.text(letter.recipient.dativeLine, blockX, blockY, { width: blockWidth, lineGap: 1.5 });
  doc.font(FONTS.sans).fontSize(9.5).fillColor(INK.text);
  doc.text(letter.recipient.facilityOfficialName, blockX, doc.y + 1, { width: blockWidth, lineGap: 1.5 });
  doc.y += mm(10);
}

/** Writes the footers (code left, "Страница i из n" right) on buffered pages `first` to `first + count - 1`. */
export function drawFooters(
  doc: PDFKit.PDFDocument,
  refCode: string,
  first: number,
  count: number,
  width: number,
): void {
  for (let i = 0; i < count; i++) {
    doc.switchToPage(first + i);
    const { left } = LETTER_MARGINS;
    const baseline = doc.page.height - mm(14);
    // Text below the bottom margin would make pdfkit start a new page; lift the margin while drawing.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .moveTo(left, baseline - mm(3))
      .lineTo(left + width, baseline - mm(3))
      .lineWidth(0.4)
      .strokeColor(INK.rule)
      .stroke();
    doc.font(FONTS.sans).fontSize(8.5).fillColor(INK.muted);
    doc.text(refCode, left, baseline, { lineBreak: false });
    const label = pageLabel(i + 1, count);
    doc.text(label, left + width - doc.widthOfString(label), baseline, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** Body spacing a little tighter, used when that keeps a letter (and its note) on one page. */
const TIGHT = { lineGap: 2, paragraphGap: 5 };
const NOTE = { size: 9.5, lineGap: 2, space: mm(6) };

/** Height of the body and note at the given spacing, measured the way they will be drawn. */
function measureBody(
  doc: PDFKit.PDFDocument,
  texts: string[],
  note: string | null,
  width: number,
  gaps: typeof TIGHT,
): number {
  doc.font(FONTS.serif).fontSize(BODY.size);
  let height = texts.reduce(
    (sum, p) => sum + doc.heightOfString(p, { width, lineGap: gaps.lineGap }) + gaps.paragraphGap,
    0,
  );
  if (note) {
    doc.font(FONTS.serifItalic).fontSize(NOTE.size);
    height += NOTE.space + doc.heightOfString(note, { width, lineGap: NOTE.lineGap });
  }
  return height;
}

/** Adds the pages of one letter to `doc`; returns how many pages it took. */
export function renderLetterPages(
  doc: PDFKit.PDFDocument,
  letter: PrintableLetter,
  sender: SenderAddress,
): number {
  const range = doc.bufferedPageRange();
  const first = range.start + range.count;
  doc.addPage({ size: [...SIZES.A4], margins: LETTER_MARGINS });
  const width = doc.page.width - LETTER_MARGINS.left - LETTER_MARGINS.right;
  drawHeader(doc, letter, sender, width);

  const texts = paragraphs(letter.russianText);
  const note = letter.replyKit !== false ? replyKitNote(letter.refCode) : null;
  // A letter that overflows its one page by a line or two (often just the closing note) is set a
  // little tighter instead of leaving a nearly empty second page.
  const room = doc.page.height - LETTER_MARGINS.bottom - doc.y - 2;
  const gaps =
    measureBody(doc, texts, note, width, BODY) > room && measureBody(doc, texts, note, width, TIGHT) <= room
      ? TIGHT
      : BODY;

  doc.font(FONTS.serif).fontSize(BODY.size).fillColor(INK.text);
  for (const paragraph of texts) {
    doc.text(paragraph, LETTER_MARGINS.left, doc.y, {
      width,
      lineGap: gaps.lineGap,
      paragraphGap: gaps.paragraphGap,
    });
  }
  if (note) {
    doc.y += NOTE.space;
    doc.font(FONTS.serifItalic).fontSize(NOTE.size).fillColor(INK.muted);
    doc.text(note, LETTER_MARGINS.left, doc.y, { width, lineGap: NOTE.lineGap });
  }
  const count = doc.bufferedPageRange().start + doc.bufferedPageRange().count - first;
  drawFooters(doc, letter.refCode, first, count, width);
  return count;
}
