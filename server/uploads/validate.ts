/**
 * Upload validation for every route that accepts files: size first (cheap), then the type by
 * content sniffing, then images are re-encoded (which also proves they decode) and PDFs checked
 * for active content. Use `validateUpload` and store only what it returns.
 */
import { MAX_UPLOAD_BYTES } from '../../shared/limits';
import { AppError } from '../errors';
import { reencodeImage, type CleanImage } from './images';
import { assertInertPdf } from './pdf';
import { isImageType, sniffUploadType, type UploadType } from './sniff';

/** What a route allows. */
export interface UploadRules {
  accept: readonly UploadType[];
  /** Default MAX_UPLOAD_BYTES (15 MiB). */
  maxBytes?: number;
}

/** A file ready to store: images re-encoded without metadata, PDFs as sent. */
export type ValidUpload = CleanImage | { type: 'application/pdf'; bytes: Buffer; extension: 'pdf' };

/**
 * Checks size and, by the file's own bytes, type; nothing is decoded yet.
 * @throws AppError 400 `file_empty`, 413 `file_too_large`, 415 `unsupported_file_type`.
 */
export function checkUpload(bytes: Buffer, rules: UploadRules): UploadType {
  const maxBytes = rules.maxBytes ?? MAX_UPLOAD_BYTES;
  if (bytes.length === 0) throw new AppError(400, 'file_empty', 'The file is empty.');
  if (bytes.length > maxBytes) {
    throw new AppError(
      413,
      'file_too_large',
      `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`,
    );
  }
  const type = sniffUploadType(bytes);
  if (!type || !rules.accept.includes(type)) {
    throw new AppError(
      415,
      'unsupported_file_type',
      `Only these files are accepted: ${rules.accept.join(', ')}.`,
    );
  }
  return type;
}

/**
 * Checks size and type and cleans the file.
 * @throws AppError 413 `file_too_large`, 415 `unsupported_file_type`, 400 `file_unreadable` / `pdf_active_content`.
 */
export async function validateUpload(bytes: Buffer, rules: UploadRules): Promise<ValidUpload> {
  const type = checkUpload(bytes, rules);
  if (isImageType(type)) return reencodeImage(bytes);
  assertInertPdf(bytes);
  return { type: 'application/pdf', bytes, extension: 'pdf' };
}
