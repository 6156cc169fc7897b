/**
 * PDFs cannot be rebuilt safely in-process, so they are checked for shape and refused when they
 * carry active content (scripts, launch actions, embedded files, forms that submit) — none of
 * which a scanned reply needs. They are served to volunteers with `Content-Disposition: attachment`
 * and the API's CSP, never inline.
 */
import { badRequest } from '../errors';

// Names in the PDF object syntax; `#xx` escapes could hide them, so those are decoded first.
const ACTIVE = /\/(JavaScript|JS|Launch|EmbeddedFile|SubmitForm|ImportData|RichMedia|OpenAction|AA|XFA)\b/;

/** Throws unless `bytes` look like a PDF without active content. */
export function assertInertPdf(bytes: Buffer): void {
  const text = bytes.toString('latin1');
  if (!text.startsWith('%PDF-') || !/%%EOF\s*$/.test(text.slice(-1024))) {
    throw badRequest('file_unreadable', 'The PDF is damaged or incomplete.');
  }
  const decoded = text.replace(/#([0-9A-Fa-f]{2})/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  if (ACTIVE.test(decoded))
    throw badRequest('pdf_active_content', 'PDFs with scripts, attachments or forms are not accepted.');
}
