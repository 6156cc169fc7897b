/**
 * The envelope page after each letter: printed straight onto a DL (220×110 mm) or C5 (229×162 mm)
 * envelope, or an A4 address sheet whose top panel is cut out and glued on. Russian layout: the
 * sender top left, the recipient bottom right, the stamp's corner (top right) left empty.
 */
import { recipientFields, senderFields } from './address';
import { drawBlock, measureBlock, type BlockStyle } from './blocks';
import { FONTS, INK, mm, SIZES } from './layout';
import type { EnvelopeFormat, PrintableLetter, SenderAddress } from './types';

/** Geometry of one envelope face, millimetres; (0, 0) is the panel's top-left corner. */
interface Face {
  width: number;
  height: number;
  /** Sender block: left, top, width. */
  sender: { x: number; y: number; w: number; style: BlockStyle };
  /** Recipient block: left, bottom edge, width. */
  recipient: { x: number; bottom: number; w: number; style: BlockStyle };
}

const small = (size: number, labelSize: number, labelWidth: number): BlockStyle => ({
  size,
  labelSize,
  labelWidth: mm(labelWidth),
  boldFirst: false,
  strongPostcode: false,
});
const strong = (size: number, labelSize: number, labelWidth: number): BlockStyle => ({
  size,
  labelSize,
  labelWidth: mm(labelWidth),
  boldFirst: true,
  strongPostcode: true,
});

const FACES: Record<EnvelopeFormat, Face> = {
  DL: {
    width: 220,
    height: 110,
    sender: { x: 12, y: 10, w: 88, style: small(7.5, 6, 14) },
    recipient: { x: 98, bottom: 98, w: 110, style: strong(10, 6.5, 13) },
  },
  C5: {
    width: 229,
    height: 162,
    sender: { x: 14, y: 12, w: 95, style: small(8.5, 6.5, 15) },
    recipient: { x: 92, bottom: 146, w: 125, style: strong(11, 7, 14) },
  },
  // A DL-shaped panel at the top of an A4 sheet, 190 × 100 mm, to cut out along the dashed line.
  sheet: {
    width: 190,
    height: 100,
    sender: { x: 8, y: 8, w: 85, style: small(7.5, 6, 14) },
    recipient: { x: 70, bottom: 90, w: 112, style: strong(10, 6.5, 13) },
  },
};

function drawFace(
  doc: PDFKit.PDFDocument,
  face: Face,
  letter: PrintableLetter,
  sender: SenderAddress,
  ox: number,
  oy: number,
) {
  const country = letter.recipient.country;
  drawBlock(
    doc,
    senderFields(sender, country),
    ox + mm(face.sender.x),
    oy + mm(face.sender.y),
    mm(face.sender.w),
    face.sender.style,
  );
  const fields = recipientFields(letter.recipient, sender.country);
  const width = mm(face.recipient.w);
  const height = measureBlock(doc, fields, width, face.recipient.style);
  drawBlock(
    doc,
    fields,
    ox + mm(face.recipient.x),
    oy + mm(face.recipient.bottom) - height,
    width,
    face.recipient.style,
  );
  // The code lets whoever stuffs envelopes pair each with its letter; small, out of the post's way.
  doc.font(FONTS.sans).fontSize(6.5).fillColor(INK.muted);
  doc.text(letter.refCode, ox + mm(face.sender.x), oy + mm(face.height) - mm(8), { lineBreak: false });
}

/** The dispatcher's checklist under an address sheet's cut line. */
export function packingChecklist(letter: PrintableLetter, letterPages: number): string[] {
  const lines = [`Письмо ${letter.refCode}: ${letterPages} ${pagesWord(letterPages)}.`];
  if (letter.replyKit !== false)
    lines.push('Вложите чистый лист бумаги и конверт с маркой и обратным адресом для ответа.');
  return lines;
}

/** Russian plural of "страница" after a number. */
export function pagesWord(n: number): string {
  const tens = n % 100;
  const ones = n % 10;
  if (tens >= 11 && tens <= 14) return 'страниц';
  if (ones === 1) return 'страница';
  if (ones >= 2 && ones <= 4) return 'страницы';
  return 'страниц';
}

/** Adds the envelope (or address sheet) page for `letter`. */
export function renderEnvelope(
  doc: PDFKit.PDFDocument,
  letter: PrintableLetter,
  sender: SenderAddress,
  format: EnvelopeFormat,
  letterPages: number,
): void {
  const face = FACES[format];
  if (format !== 'sheet') {
    doc.addPage({
      size: [mm(face.width), mm(face.height)],
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    drawFace(doc, face, letter, sender, 0, 0);
    return;
  }
  doc.addPage({ size: [...SIZES.A4], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  const ox = mm(10);
  const oy = mm(12);
  doc
    .rect(ox, oy, mm(face.width), mm(face.height))
    .dash(3, { space: 3 })
    .lineWidth(0.6)
    .strokeColor(INK.rule)
    .stroke()
    .undash();
  drawFace(doc, face, letter, sender, ox, oy);
  doc.font(FONTS.sans).fontSize(7).fillColor(INK.muted);
  doc.text('Вырежьте по пунктиру и наклейте на конверт.', ox, oy + mm(face.height) + mm(3), {
    lineBreak: false,
  });
  doc.font(FONTS.sans).fontSize(10).fillColor(INK.text);
  doc.text(packingChecklist(letter, letterPages).join('\n'), ox, oy + mm(face.height) + mm(14), {
    width: mm(face.width),
    lineGap: 3,
  });
}
