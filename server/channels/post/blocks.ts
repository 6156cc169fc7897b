/** Drawing labelled address blocks ("Кому", "Куда", "Индекс") on a pdfkit page. */
import type { AddressField } from './address';
import { FONTS, INK, tieAddress } from './layout';

/** Type sizes and the label column of one block. */
export interface BlockStyle {
  /** Size of the address lines, points. */
  size: number;
  /** Size of the labels, points. */
  labelSize: number;
  /** Width of the label column, points. */
  labelWidth: number;
  /** Print the first line of the first field in bold (the recipient's name). */
  boldFirst: boolean;
  /** Print the "Индекс" value in bold, a little larger, spaced. */
  strongPostcode: boolean;
}

type Line = { text: string; font: string; size: number; characterSpacing: number; label: string };

function linesOf(fields: AddressField[], style: BlockStyle): Line[] {
  const out: Line[] = [];
  fields.forEach((field, fi) =>
    field.lines.forEach((text, li) => {
      const postcode = style.strongPostcode && field.label === 'Индекс';
      out.push({
        text: tieAddress(text),
        font: postcode || (style.boldFirst && fi === 0 && li === 0) ? FONTS.sansBold : FONTS.sans,
        size: postcode ? style.size + 1.5 : style.size,
        characterSpacing: postcode ? 1.5 : 0,
        label: li === 0 ? field.label : '',
      });
    }),
  );
  return out;
}

const GAP = 1.6;
/** DejaVu Sans ascender (1901/2048 em): where the baseline sits below a line's top. */
const ASCENT = 0.928;

/** Height the block will take at `width`. */
export function measureBlock(
  doc: PDFKit.PDFDocument,
  fields: AddressField[],
  width: number,
  style: BlockStyle,
): number {
  let height = 0;
  for (const line of linesOf(fields, style)) {
    doc.font(line.font).fontSize(line.size);
    height += doc.heightOfString(line.text, {
      width: width - style.labelWidth,
      characterSpacing: line.characterSpacing,
      lineGap: GAP,
    });
  }
  return height;
}

/** Draws the block with its top-left corner at (x, y); returns its height. */
export function drawBlock(
  doc: PDFKit.PDFDocument,
  fields: AddressField[],
  x: number,
  y: number,
  width: number,
  style: BlockStyle,
): number {
  let cursor = y;
  for (const line of linesOf(fields, style)) {
    if (line.label) {
      // Labels sit on the baseline of their first line, small and grey, like a printed envelope's.
      doc.font(FONTS.sans).fontSize(style.labelSize).fillColor(INK.muted);
      doc.text(line.label, x, cursor + (line.size - style.labelSize) * ASCENT, {
        width: style.labelWidth - 4,
        lineBreak: false,
      });
    }
    doc.font(line.font).fontSize(line.size).fillColor(INK.text);
    const options = {
      width: width - style.labelWidth,
      characterSpacing: line.characterSpacing,
      lineGap: GAP,
    };
    doc.text(line.text, x + style.labelWidth, cursor, options);
    cursor += doc.heightOfString(line.text, options);
  }
  return cursor - y;
}
