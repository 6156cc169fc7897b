/**
 * File types decided by a file's own first bytes ("magic numbers"), never by its name or the
 * Content-Type a browser claims: a renamed HTML page is not an image.
 */

/** Types Letterbridge accepts anywhere (photos, scans, PDFs of replies). */
export const UPLOAD_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
] as const;

/** An upload type. */
export type UploadType = (typeof UPLOAD_TYPES)[number];

const startsWith = (bytes: Uint8Array, offset: number, ascii: string) =>
  bytes.length >= offset + ascii.length &&
  [...ascii].every((ch, i) => bytes[offset + i] === ch.charCodeAt(0));

/** The type named by the first bytes of `bytes`, or undefined when it is none we accept. */
export function sniffUploadType(bytes: Uint8Array): UploadType | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b))
    return 'image/png';
  if (startsWith(bytes, 0, 'RIFF') && startsWith(bytes, 8, 'WEBP')) return 'image/webp';
  // ISO-BMFF: "ftyp" at offset 4, then a HEIF brand (phones' default photo format).
  if (
    startsWith(bytes, 4, 'ftyp') &&
    ['heic', 'heix', 'mif1', 'msf1'].some((brand) => startsWith(bytes, 8, brand))
  )
    return 'image/heic';
  if (startsWith(bytes, 0, '%PDF-')) return 'application/pdf';
  return undefined;
}

/** True for image types that `reencodeImage` can clean. */
export function isImageType(type: UploadType): type is Exclude<UploadType, 'application/pdf'> {
  return type !== 'application/pdf';
}
