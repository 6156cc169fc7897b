/** Response shapes of the translator's workbench routes (documented in the OpenAPI file). */
import { z } from '@hono/zod-openapi';

const Span = z.object({ start: z.number().int(), end: z.number().int() });

const Segment = z.object({
  index: z.number().int(),
  paragraph: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});

const Paragraph = z.object({
  index: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  segments: z.array(z.number().int()),
});

const Draft = z.object({
  index: z.number().int(),
  text: z.string(),
  engine: z.string(),
  score: z.number().nullable(),
  matchedSource: z.string().optional(),
  alternatives: z.array(z.string()).optional(),
  notes: z.array(z.string()).optional(),
});

const GlossaryTerm = z.object({
  kind: z.enum(['name', 'term']),
  target: z.string().nullable(),
  spellings: z.array(z.string()),
  used: z.array(z.string()),
  spans: z.array(Span),
});

/** GET …/workbench. */
export const WorkbenchView = z
  .object({
    subject: z.object({
      kind: z.enum(['letter', 'reply']),
      id: z.uuid(),
      refCode: z.string().nullable(),
      status: z.string(),
      editable: z.boolean(),
      direction: z.enum(['to_ru', 'from_ru']),
      sourceLanguage: z.string(),
      targetLanguage: z.string(),
      signature: z.string().nullable(),
      prisonerName: z.string(),
      writerPseudonym: z.string().nullable(),
      translation: z
        .object({ id: z.uuid(), status: z.string(), engine: z.string().nullable(), updatedAt: z.string() })
        .nullable(),
      claim: z.object({ userId: z.uuid(), displayName: z.string(), until: z.string() }).nullable(),
    }),
    source: z.object({ text: z.string(), paragraphs: z.array(Paragraph), segments: z.array(Segment) }),
    rows: z.array(z.string()),
    drafts: z.array(Draft),
    engineProblems: z.array(z.object({ engine: z.string(), detail: z.string() })),
    glossary: z.array(GlossaryTerm),
    spelling: z.enum(['ready', 'loading', 'unavailable', 'not_applicable']),
  })
  .openapi('WorkbenchView');

/** POST …/checks. */
export const WorkbenchChecks = z
  .object({
    text: z.string(),
    spans: z.array(z.object({ row: z.number().int(), start: z.number().int(), end: z.number().int() })),
    issues: z.array(
      z.object({
        code: z.string(),
        severity: z.enum(['error', 'warning']),
        row: z.number().int().nullable(),
        start: z.number().int().optional(),
        end: z.number().int().optional(),
        params: z.record(z.string(), z.union([z.string(), z.number()])),
        message: z.string(),
      }),
    ),
    flags: z.array(
      z.object({
        ruleId: z.string(),
        category: z.string(),
        severity: z.enum(['block', 'warn', 'info']),
        start: z.number().int(),
        end: z.number().int(),
        message: z.string(),
        suggestion: z.string().optional(),
      }),
    ),
    spelling: z.object({
      state: z.enum(['ready', 'loading', 'unavailable']),
      issues: z.array(
        z.object({
          word: z.string(),
          start: z.number().int(),
          end: z.number().int(),
          suggestions: z.array(z.string()),
        }),
      ),
      detail: z.string().optional(),
    }),
  })
  .openapi('WorkbenchChecks');

/** The translator's rows: one per source segment. */
export const Rows = z.array(z.string().max(5_000)).max(2_000);
