/**
 * Test material for the OCR path: Russian text rendered to a "scan" (sharp's SVG text rendering
 * with DejaVu, turned slightly and softened like a sheet on a flatbed), wrapped in a PDF without a
 * text layer (what a scanner produces), or typed into a PDF with a text layer (pdfkit + the bundled
 * DejaVu font). Nothing here is trusted by the code under test; tests compare what OCR reads back.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';

const require = createRequire(import.meta.url);

/** A short reply a prisoner might write, in lines. */
export const SAMPLE_REPLY_LINES = [
  'Здравствуйте, дорогая Мари!',
  'Спасибо за ваше письмо, оно пришло в пятницу.',
  'Здесь уже холодно, но я много читаю и гуляю.',
  'Пишите мне ещё, мне от ваших писем тепло.',
];

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A PNG "scan" of `lines` at roughly 300 dpi text size. */
export async function renderScan(lines: readonly string[]): Promise<Buffer> {
  const width = 2400;
  const height = 220 + lines.length * 120;
  const text = lines
    .map(
      (line, i) =>
        `<text x="120" y="${180 + i * 120}" font-family="DejaVu Sans" font-size="60" fill="#1a1a1a">${escapeXml(line)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fbfaf6"/>${text}</svg>`;
  return sharp(Buffer.from(svg))
    .rotate(0.7, { background: '#fbfaf6' })
    .blur(0.7)
    .flatten({ background: '#fbfaf6' })
    .png()
    .toBuffer();
}

function pdfBuffer(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A scanner's PDF: the page is one image, with no text layer. */
export async function renderScannedPdf(lines: readonly string[]): Promise<Buffer> {
  const scan = await renderScan(lines);
  return pdfBuffer((doc) => doc.image(scan, 40, 60, { width: 515 }));
}

/** A typed PDF with a real text layer, in the bundled DejaVu font. */
export function renderTypedPdf(lines: readonly string[]): Promise<Buffer> {
  const font = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
  return pdfBuffer((doc) => doc.font(font).fontSize(13).text(lines.join('\n')));
}

/**
 * Character-level similarity of two texts, 0–1: one minus the edit distance over the longer
 * length, whitespace collapsed (line breaks are layout, not content).
 */
export function characterSimilarity(expected: string, actual: string): number {
  const a = [...expected.replace(/\s+/g, ' ').trim()];
  const b = [...actual.replace(/\s+/g, ' ').trim()];
  if (a.length === 0 && b.length === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return 1 - previous[b.length]! / Math.max(a.length, b.length);
}
