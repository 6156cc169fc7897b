/**
 * The address sheet at the end of a writer's self-post printout: an envelope-shaped panel to cut
 * out and glue on, Russian layout — the sender's lines top left left blank for the writer to fill
 * in by hand (the organisation never learns their address), the recipient bottom right in the
 * dative with the facility, street to region, postcode and, from abroad, the country.
 */
import { recipientFields } from '../post/address';
import { drawBlock, measureBlock, type BlockStyle } from '../post/blocks';
import { FONTS, INK, mm, SIZES } from '../post/layout';
import type { PrintableRecipient } from '../post/types';

/** The panel, millimetres from the page's top-left corner: a DL-shaped face that fits A4 and Letter. */
const PANEL = { x: 10, y: 14, width: 190, height: 100 };

const RECIPIENT: BlockStyle = {
  size: 10,
  labelSize: 6.5,
  labelWidth: mm(13),
  boldFirst: true,
  strongPostcode: true,
};

/** Blank lines for the writer's own name and address, as a Russian envelope labels them. */
const SENDER_LINES: { label: string; lines: number }[] = [
  { label: 'От кого', lines: 1 },
  { label: 'Откуда', lines: 3 },
  { label: 'Индекс', lines: 1 },
];

function drawSenderLines(doc: PDFKit.PDFDocument, x: number, y: number, width: number): void {
  const step = mm(7);
  const labelWidth = mm(14);
  let baseline = y + step;
  for (const field of SENDER_LINES) {
    for (let i = 0; i < field.lines; i++) {
      if (i === 0) {
        doc.font(FONTS.sans).fontSize(6.5).fillColor(INK.muted);
        doc.text(field.label, x, baseline - mm(2.6), { lineBreak: false });
      }
      doc
        .moveTo(x + labelWidth, baseline)
        .lineTo(x + width, baseline)
        .lineWidth(0.5)
        .strokeColor(INK.rule)
        .stroke();
      baseline += step;
    }
  }
}

/**
 * Adds the address sheet as a new page of `size` (A4 or Letter, points). `senderCountry` (ISO
 * alpha-2) is where the writer posts from: unknown, the recipient's country line is printed.
 */
export function renderSelfPostAddressSheet(
  doc: PDFKit.PDFDocument,
  recipient: PrintableRecipient,
  refCode: string,
  options: { size?: readonly number[]; senderCountry?: string } = {},
): void {
  doc.addPage({ size: [...(options.size ?? SIZES.A4)], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  const ox = mm(PANEL.x);
  const oy = mm(PANEL.y);
  doc
    .rect(ox, oy, mm(PANEL.width), mm(PANEL.height))
    .dash(3, { space: 3 })
    .lineWidth(0.6)
    .strokeColor(INK.rule)
    .stroke()
    .undash();
  // Scissors on the cut line say "cut here" in every language.
  doc.font(FONTS.sans).fontSize(11).fillColor(INK.muted);
  doc.text('✂', ox - mm(1.5), oy - mm(5.5), { lineBreak: false });

  drawSenderLines(doc, ox + mm(8), oy + mm(4), mm(85));

  const fields = recipientFields(recipient, options.senderCountry ?? 'XX');
  const width = mm(112);
  const height = measureBlock(doc, fields, width, RECIPIENT);
  drawBlock(doc, fields, ox + mm(70), oy + mm(90) - height, width, RECIPIENT);

  // The letter's code, small: it pairs the envelope with its pages, and a reply can quote it.
  doc.font(FONTS.sans).fontSize(6.5).fillColor(INK.muted);
  doc.text(refCode, ox + mm(8), oy + mm(PANEL.height) - mm(8), { lineBreak: false });
}
