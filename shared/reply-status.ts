/**
 * The reply state machine: a prisoner's answer travels back from scan to the writer's inbox.
 * Same rules as letters: one table of allowed moves, commands are the only writers of `status`.
 */

/** Every status a reply can be in. */
export const REPLY_STATUSES = [
  /** Scan, PDF or e-letter text arrived and is stored; matched (or waiting to be matched) to a letter. */
  'received',
  /** A volunteer is transcribing the handwritten Russian (an OCR draft may help). */
  'transcribing',
  /** Transcribed; a translator is putting it into the writer's language. */
  'translating',
  /** Translated; a second volunteer checks it before it goes to the writer. */
  'reviewing',
  /** Emailed to the writer and shown in "My letters". Final. */
  'forwarded',
] as const;

/** A reply's status. */
export type ReplyStatus = (typeof REPLY_STATUSES)[number];

/** Allowed reply moves, keyed by command name. */
export const REPLY_TRANSITIONS = {
  /** A volunteer starts transcribing. */
  startTranscription: { from: ['received'], to: 'transcribing' },
  /** Transcription done; translate it for the writer. */
  submitTranscription: { from: ['transcribing'], to: 'translating' },
  /** The writer reads Russian: no translation needed. */
  skipTranslation: { from: ['transcribing'], to: 'reviewing' },
  /** Translation done. */
  submitTranslation: { from: ['translating'], to: 'reviewing' },
  /** A reviewer sends it back to the translator. */
  reviseTranslation: { from: ['reviewing'], to: 'translating' },
  /** Reviewed and emailed to the writer. */
  forward: { from: ['reviewing'], to: 'forwarded' },
} as const satisfies Record<string, { from: readonly ReplyStatus[]; to: ReplyStatus }>;

/** The name of a reply command. */
export type ReplyTransitionName = keyof typeof REPLY_TRANSITIONS;

/** True once the reply has reached the writer. */
export function isFinalReplyStatus(status: ReplyStatus): boolean {
  return status === 'forwarded';
}
