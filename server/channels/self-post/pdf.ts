/**
 * The writer's own printout for self-post: the letter in Russian (what the censor passes and the
 * prisoner reads), if the writer wants their original text on its own pages, and an address sheet
 * to glue on the envelope. No sender block: the organisation never learns the writer's home
 * address, and the writer writes it on the envelope.
 */
import type { Writable } from 'node:stream';
import { createLetterDocument, pipeDocument } from '../post/batch';
import { FONTS, formatRussianDate, INK, mm, paragraphs } from '../post/layout';
import { BODY, drawFooters, LETTER_MARGINS } from '../post/letter-pages';
import type { PrintableRecipient } from '../post/types';
import { renderSelfPostAddressSheet } from './address-sheet';

/** A letter the writer will post themselves. */
export interface SelfPostLetter {
  refCode: string;
  date: Date | string;
  recipient: PrintableRecipient;
  /** The writer's text as written. */
  originalText: string;
  /** ISO 639-1 code of the original ("en"). */
  originalLanguage: string;
  /** The approved Russian translation; null when the writer wrote in Russian or none exists. */
  russianText: string | null;
  /** What to print; the Russian text is the default, the original is the writer's choice. */
  include?: { russian?: boolean; original?: boolean };
  /** A4 (default) or US Letter for writers in North America. */
  pageSize?: 'A4' | 'LETTER';
  /**
   * End with the address sheet to cut out and glue on the envelope; `senderCountry` (ISO alpha-2)
   * is where the writer posts from — domestic mail drops the country line.
   */
  addressSheet?: { senderCountry?: string };
}

const PAGE_SIZES = { A4: [mm(210), mm(297)], LETTER: [612, 792] } as const;

/** "английский" for "en"; a plain phrase when the code is not a language. */
export function languageNameRu(code: string): string {
  try {
    return new Intl.DisplayNames(['ru'], { type: 'language', fallback: 'none' }).of(code) ?? 'другой язык';
  } catch {
    return 'другой язык';
  }
}

/** The sections to print, in order: Russian first, then the original. */
export function selfPostSections(letter: SelfPostLetter): { heading: string | null; text: string }[] {
  const wantRussian = letter.include?.russian ?? true;
  const wantOriginal = letter.include?.original ?? letter.russianText === null;
  const sections: { heading: string | null; text: string }[] = [];
  if (wantRussian && letter.russianText !== null) sections.push({ heading: null, text: letter.russianText });
  if (wantOriginal || sections.length === 0) {
    const heading =
      sections.length > 0 ? `Оригинал письма (${languageNameRu(letter.originalLanguage)} язык)` : null;
    sections.push({ heading, text: letter.originalText });
  }
  return sections;
}

/**
 * Writes the printable PDF to `out` — the letter's pages (footers count only those), then the
 * address sheet when asked for; resolves with the page count and size once all is out.
 */
export async function writeSelfPostPdf(
  letter: SelfPostLetter,
  out: Writable,
): Promise<{ pages: number; bytes: number }> {
  const doc = createLetterDocument(`Letter ${letter.refCode}`);
  const done = pipeDocument(doc, out);
  const size = [...PAGE_SIZES[letter.pageSize ?? 'A4']];
  const sections = selfPostSections(letter);
  let width = 0;
  sections.forEach((section, i) => {
    doc.addPage({ size, margins: LETTER_MARGINS });
    width = doc.page.width - LETTER_MARGINS.left - LETTER_MARGINS.right;
    const { left, top } = LETTER_MARGINS;
    if (i === 0) {
      const date = formatRussianDate(letter.date);
      doc.font(FONTS.sans).fontSize(9).fillColor(INK.muted);
      doc.text(date, left + width - doc.widthOfString(date), top, { lineBreak: false });
      const blockWidth = mm(100);
      doc.font(FONTS.sansBold).fontSize(10).fillColor(INK.text);
      doc.text(letter.recipient.dativeLine, left + width - blockWidth, top + mm(10), {
        width: blockWidth,
        lineGap: 1.5,
      });
      doc.font(FONTS.sans).fontSize(9.5);
      doc.text(letter.recipient.facilityOfficialName, left + width - blockWidth, doc.y + 1, {
        width: blockWidth,
        lineGap: 1.5,
      });
      doc.y += mm(10);
    }
    if (section.heading) {
      doc.font(FONTS.sans).fontSize(9).fillColor(INK.muted).text(section.heading, left, top, { width });
      doc.y += mm(5);
    }
    doc.font(FONTS.serif).fontSize(BODY.size).fillColor(INK.text);
    for (const paragraph of paragraphs(section.text)) {
      doc.text(paragraph, left, doc.y, { width, lineGap: BODY.lineGap, paragraphGap: BODY.paragraphGap });
    }
  });
  const letterPages = doc.bufferedPageRange().count;
  drawFooters(doc, letter.refCode, 0, letterPages, width);
  if (letter.addressSheet) {
    renderSelfPostAddressSheet(doc, letter.recipient, letter.refCode, {
      size,
      ...(letter.addressSheet.senderCountry ? { senderCountry: letter.addressSheet.senderCountry } : {}),
    });
  }
  const pages = doc.bufferedPageRange().count;
  doc.end();
  const bytes = await done;
  return { pages, bytes };
}
