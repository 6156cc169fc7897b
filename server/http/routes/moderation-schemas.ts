/** Request and response shapes of the moderation routes. */
import { z } from '@hono/zod-openapi';

const Blocks = z.array(z.object({ start: z.number().int(), end: z.number().int() }));

const Flag = z.object({
  ruleId: z.string(),
  category: z.string(),
  severity: z.enum(['block', 'warn', 'info']),
  start: z.number().int(),
  end: z.number().int(),
  message: z.string().describe("For the writer, in the writer's language"),
  suggestion: z.string().optional(),
  note: z.string().describe('For moderators'),
});

const Reason = z.object({ id: z.string(), label: z.string(), text: z.string() });

/** GET /volunteer/moderation/letters/{id}. */
export const ModerationView = z
  .object({
    id: z.uuid(),
    refCode: z.string(),
    status: z.string(),
    language: z.string(),
    writer: z.object({
      pseudonym: z.string(),
      language: z.string(),
      uiLanguage: z.string(),
      blocked: z.boolean(),
    }),
    prisoner: z.object({ id: z.uuid(), name: z.string() }),
    original: z.object({ text: z.string(), signature: z.string(), paragraphs: Blocks }).nullable(),
    russian: z
      .object({
        text: z.string(),
        paragraphs: Blocks,
        translatorId: z.string().nullable(),
        engine: z.string().nullable(),
      })
      .nullable(),
    flags: z.object({ source: z.array(Flag), translation: z.array(Flag) }),
    signals: z.object({
      sameText: z.object({
        letters: z.number().int(),
        prisoners: z.number().int(),
        writers: z.number().int(),
      }),
      burst: z.object({ lastHour: z.number().int(), lastDay: z.number().int() }),
      blocked: z.boolean(),
      rejectedBefore: z.number().int(),
    }),
    badges: z.array(z.enum(['campaign', 'burst', 'blocked', 'rejected_before'])),
    reasons: z.object({ changes: z.array(Reason), reject: z.array(Reason) }),
    ownTranslation: z.boolean(),
    claim: z.object({ userId: z.uuid(), displayName: z.string(), until: z.string() }).nullable(),
    history: z.array(
      z.object({
        name: z.string(),
        to: z.string().nullable(),
        actorType: z.string(),
        reason: z.string().nullable(),
        at: z.string(),
      }),
    ),
  })
  .openapi('ModerationView');

const Free = z.string().trim().max(2000).optional();

/** POST /volunteer/moderation/letters/{id}/decision. */
export const DecisionBody = z
  .discriminatedUnion('decision', [
    z.strictObject({ decision: z.literal('approve') }),
    z.strictObject({
      decision: z.literal('changes'),
      reasons: z.array(z.string().max(40)).max(12).default([]),
      flagRuleIds: z.array(z.string().max(120)).max(50).optional(),
      message: Free,
    }),
    z.strictObject({
      decision: z.literal('reject'),
      reasons: z.array(z.string().max(40)).max(12).default([]),
      message: Free,
    }),
  ])
  .openapi('ModerationDecision');

/** GET /volunteer/moderation/fast-approve. */
export const FastApprovableList = z
  .object({
    letters: z.array(
      z.object({
        id: z.uuid(),
        refCode: z.string(),
        language: z.string(),
        prisonerName: z.string(),
        writerPseudonym: z.string(),
        waitingSince: z.string(),
        infoFlags: z.number().int(),
        sameText: z.number().int(),
        preview: z.string(),
      }),
    ),
  })
  .openapi('FastApprovableList');
