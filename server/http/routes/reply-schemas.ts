/** Response shapes of the reply workbench routes (see replies.ts), for validation and OpenAPI. */
import { z } from '@hono/zod-openapi';
import { REPLY_STATUSES } from '../../../shared/reply-status';

/** One row of a reply list. */
export const ReplyListItem = z
  .object({
    id: z.uuid(),
    status: z.enum(REPLY_STATUSES),
    receivedVia: z.string(),
    receivedAt: z.string(),
    refCode: z.string().nullable(),
    hasOcrDraft: z.boolean(),
  })
  .openapi('ReplyListItem');

/** The workbench view of a reply. */
export const ReplyView = z
  .object({
    id: z.uuid(),
    status: z.enum(REPLY_STATUSES),
    receivedVia: z.string(),
    receivedAt: z.string(),
    statusChangedAt: z.string(),
    claimedBy: z.string().nullable(),
    claimExpiresAt: z.string().nullable(),
    letter: z
      .object({
        id: z.uuid(),
        refCode: z.string(),
        status: z.string(),
        prisonerName: z.string(),
        facility: z.string().nullable(),
        writerPseudonym: z.string(),
        writerLanguage: z.string(),
      })
      .nullable(),
    targetLanguage: z.string().nullable(),
    needsTranslation: z.boolean().nullable(),
    files: z.array(
      z.object({
        id: z.uuid(),
        mimeType: z.string(),
        bytes: z.number().int(),
        position: z.number().int(),
      }),
    ),
    ocrDraft: z
      .object({
        text: z.string(),
        notice: z.string(),
        engine: z.string().nullable(),
        meanConfidence: z.number().nullable(),
        uncertainWords: z.number().nullable(),
      })
      .nullable()
      .openapi({
        description: 'Machine reading of the scan: a draft to check word by word, never the transcription.',
      }),
    transcription: z.string().nullable(),
    translation: z
      .object({
        text: z.string().nullable(),
        status: z.string(),
        translatorId: z.string().nullable(),
        language: z.string(),
      })
      .nullable(),
    suggestedRefCodes: z.array(z.string()),
    history: z.array(
      z.object({
        name: z.string(),
        fromStatus: z.string().nullable(),
        toStatus: z.string().nullable(),
        actorType: z.string(),
        at: z.string(),
        reason: z.string().nullable(),
      }),
    ),
    purged: z.boolean(),
  })
  .openapi('ReplyView');
