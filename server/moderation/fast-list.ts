/**
 * Letters a moderator may fast-approve in bulk: in review, free (or held by this moderator),
 * from a writer who is not blocked, with a Russian text, and — screened now — no flag above
 * `info` on either text. Each comes with its first lines and its campaign count, so the
 * moderator still glances at every one before confirming.
 */
import { sql } from 'drizzle-orm';
import type { FastApprovable } from '../../shared/api/moderation';
import type { Queryable } from '../db/database';
import { queryRows } from '../db/rows';
import type { PrisonerContext } from '../screening';
import { loadPrisonerContext } from '../screening/prisoner-context';
import { onlyInfo, screenLetter } from './flags';
import { writerUiLanguage } from './reasons';

/** Letters screened per call: the list is a page, oldest first. */
export const FAST_LIST_LIMIT = 100;
const PREVIEW_CHARS = 160;

interface Row {
  id: string;
  ref_code: string;
  language: string;
  body: string | null;
  prisoner_id: string;
  prisoner_name: string;
  pseudonym: string;
  ui_language: string;
  since: string;
  russian: string | null;
  translator_id: string | null;
  same_text: number;
}

/** The fast-approvable letters `userId` sees. */
export async function fastApprovable(db: Queryable, userId: string): Promise<FastApprovable[]> {
  const rows = await queryRows<Row>(
    db,
    sql`SELECT l.id, l.ref_code, l.language, l.body, l.prisoner_id, p.full_name AS prisoner_name,
               w.pseudonym, w.ui_language, l.status_changed_at AS since,
               CASE WHEN l.language = 'ru' THEN l.body ELSE t.text END AS russian, t.translator_id,
               (SELECT count(*)::int FROM letters o WHERE o.content_hash = l.content_hash AND o.id <> l.id) AS same_text
          FROM letters l
          JOIN writers w ON w.id = l.writer_id
          JOIN prisoners p ON p.id = l.prisoner_id
          LEFT JOIN LATERAL (
            SELECT text, translator_id FROM translations
             WHERE letter_id = l.id AND direction = 'to_ru' ORDER BY updated_at DESC LIMIT 1
          ) t ON true
         WHERE l.status = 'reviewing' AND w.blocked_at IS NULL AND l.body IS NOT NULL
           AND (l.claimed_by IS NULL OR l.claimed_by = ${userId} OR l.claim_expires_at <= now())
         ORDER BY l.status_changed_at, l.id
         LIMIT ${FAST_LIST_LIMIT}`,
  );
  const contexts = new Map<string, PrisonerContext | undefined>();
  const items: FastApprovable[] = [];
  for (const row of rows) {
    if (row.russian === null || (row.language !== 'ru' && row.translator_id === userId)) continue;
    if (!contexts.has(row.prisoner_id)) {
      contexts.set(row.prisoner_id, (await loadPrisonerContext(db, row.prisoner_id)) ?? undefined);
    }
    const flags = screenLetter({
      body: row.body ?? '',
      language: row.language,
      russian: row.russian,
      writerUiLanguage: writerUiLanguage(row.ui_language),
      prisoner: contexts.get(row.prisoner_id),
    });
    if (!onlyInfo(flags)) continue;
    items.push({
      id: row.id,
      refCode: row.ref_code,
      language: row.language,
      prisonerName: row.prisoner_name,
      writerPseudonym: row.pseudonym,
      waitingSince: new Date(row.since).toISOString(),
      infoFlags: flags.source.length + flags.translation.length,
      sameText: row.same_text,
      preview: row.russian.replace(/\s+/g, ' ').slice(0, PREVIEW_CHARS),
    });
  }
  return items;
}
