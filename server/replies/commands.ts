/**
 * One named command per reply transition, thin entry points over `transitionReply`. Routes, jobs
 * and the CLI call these (or the workbench functions built on them), never the transition by name.
 */
import type { ReplyTransitionName } from '../../shared/reply-status';
import type { Queryable } from '../db/database';
import type { Actor } from '../letters/actor';
import { transitionReply, type ReplyTransitionOptions, type ReplyTransitionResult } from './transition';

/** The signature every reply command shares. */
export type ReplyCommand = (
  db: Queryable,
  replyId: string,
  actor: Actor,
  options?: ReplyTransitionOptions,
) => Promise<ReplyTransitionResult>;

const command =
  (name: ReplyTransitionName): ReplyCommand =>
  (db, replyId, actor, options) =>
    transitionReply(db, replyId, name, actor, options);

/** A volunteer starts transcribing: received → transcribing. */
export const startReplyTranscription = command('startTranscription');
/** The transcription is done and needs translating: transcribing → translating. */
export const submitReplyTranscription = command('submitTranscription');
/** The writer reads Russian, so the transcription goes straight to review: transcribing → reviewing. */
export const skipReplyTranslation = command('skipTranslation');
/** The translation is done: translating → reviewing. */
export const submitReplyTranslation = command('submitTranslation');
/** The reviewer sends the translation back: reviewing → translating. */
export const reviseReplyTranslation = command('reviseTranslation');
/** Reviewed; the email to the writer is queued: reviewing → forwarded. */
export const forwardReply = command('forward');
