/**
 * Page geometry, fonts and small text helpers shared by the letter, envelope and self-post PDFs.
 * The fonts are DejaVu from the `dejavu-fonts-ttf` package: free, complete Cyrillic and Latin
 * with diacritics (Belarusian addresses), embedded as subsets.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Points per millimetre. */
export const MM = 72 / 25.4;

/** Millimetres to points. */
export const mm = (value: number) => value * MM;

/** A4 and envelope sizes in points, portrait width × height (envelopes are laid landscape). */
export const SIZES = {
  A4: [mm(210), mm(297)],
  DL: [mm(220), mm(110)],
  C5: [mm(229), mm(162)],
} as const;

/** Font names registered on every document. */
export const FONTS = {
  serif: 'LB-Serif',
  serifItalic: 'LB-Serif-Italic',
  sans: 'LB-Sans',
  sansBold: 'LB-Sans-Bold',
} as const;

const FILES: Record<keyof typeof FONTS, string> = {
  serif: 'DejaVuSerif.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
};

/** Absolute path of a bundled font file. */
export function fontPath(font: keyof typeof FONTS): string {
  return require.resolve(`dejavu-fonts-ttf/ttf/${FILES[font]}`);
}

/** Registers the bundled fonts on a pdfkit document. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const key of Object.keys(FONTS) as (keyof typeof FONTS)[]) doc.registerFont(FONTS[key], fontPath(key));
}

/** Ink colours: near-black text, a quiet grey for labels and footers. */
export const INK = { text: '#111111', muted: '#5a5a5a', rule: '#b8b8b8' } as const;

const ruDate = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "12 марта 2025 г." from a Date or an ISO date; a plain date string is taken as that calendar day. */
export function formatRussianDate(date: Date | string): string {
  const value =
    typeof date === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T12:00:00Z` : date) : date;
  if (Number.isNaN(value.getTime())) throw new RangeError(`Not a date: ${String(date)}`);
  return ruDate.format(value);
}

/**
 * Normalises a letter's text for print: Windows line ends, tabs and trailing spaces go; runs of
 * blank lines become one paragraph break.
 */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \u00a0]+$/gm, '').replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
}

/**
 * Glues what must not be split across lines in an address: a short abbreviation and what follows
 * ("д. 9", "ул. Ленина", "№ 1"), and the year with "г.р.". Uses no-break spaces, which the line
 * breaker respects and text extraction reads as spaces.
 */
export function tieAddress(text: string): string {
  return text
    .replace(
      /(^|[\s,(])(д|ул|г|с|п|пос|пгт|стр|корп|к|кв|пер|пр|пр-т|пр-д|ш|мкр|обл|р-н|тер)\. /gu,
      '$1$2.\u00a0',
    )
    .replace(/№ /g, '№\u00a0')
    .replace(/(\d{4}) г\.р\./g, '$1\u00a0г.р.');
}
