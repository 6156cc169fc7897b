/** Upload validation helpers: content sniffing, size limits, metadata-free image re-encoding, PDF checks. */
export { sniffUploadType, isImageType, UPLOAD_TYPES, type UploadType } from './sniff';
export { checkUpload, validateUpload, type UploadRules, type ValidUpload } from './validate';
export {
  reencodeImage,
  reencodePhoto,
  PHOTO_SIDE,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  type CleanImage,
} from './images';
export { assertInertPdf } from './pdf';
