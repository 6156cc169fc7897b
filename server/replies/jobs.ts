/** The reply loop's background jobs; registered in server/jobs/registry.ts. */
import { z } from 'zod';
import { defineJob } from '../jobs/definition';
import { FORWARD_REPLY_JOB } from './follow-ups';
import { emailForwardedReply } from './forward-email';
import { OCR_REPLY_JOB } from './intake';
import { draftReplyByOcr } from './ocr-draft';
import { purgeExpiredReplies } from './purge';

/** ocr-reply: { replyId } — the OCR draft of a newly received reply. */
export const ocrReplyJob = defineJob({
  name: OCR_REPLY_JOB,
  schema: z.object({ replyId: z.uuid() }),
  maxAttempts: 3,
  async handle({ replyId }, { db, config, log }) {
    const outcome = await draftReplyByOcr(db, config.dataDir, replyId);
    log.info({ replyId, outcome }, 'reply OCR');
  },
});

/** forward-reply: { replyId } — the email with translation, transcription and scans. */
export const forwardReplyJob = defineJob({
  name: FORWARD_REPLY_JOB,
  schema: z.object({ replyId: z.uuid() }),
  async handle({ replyId }, { db, config, keys, mailer, log }) {
    const outcome = await emailForwardedReply(
      db,
      { keys, dataDir: config.dataDir, publicUrl: config.PUBLIC_URL, send: (m) => mailer.send(m) },
      replyId,
    );
    log.info({ replyId, outcome }, 'reply forwarded by email');
  },
});

/** purge-replies: content of replies forwarded more than RETENTION_DAYS ago. */
export const purgeRepliesJob = defineJob({
  name: 'purge-replies',
  schema: z.object({}),
  maxAttempts: 1,
  async handle(_payload, { db, config, log }) {
    const purged = await purgeExpiredReplies(db, config.dataDir, config.RETENTION_DAYS);
    if (purged) log.info({ purged }, 'reply content purged after retention');
  },
});
