/**
 * Retention for letters: RETENTION_DAYS after a letter reaches a final state (delivered, rejected,
 * withdrawn, returned, lost) — or is held because the person it was for has died, which no later
 * event undoes — its text, signature, translations, the free-text reasons on its
 * history, the messages of its screening flags and its translation-memory sightings are erased
 * (server/mt/memory/sightings.ts: only sentences two writers wrote are in the memory at all).
 * What stays is anonymous: statuses, dates, language, length, channel, flag rules and categories —
 * enough for statistics, nothing a seized database could quote. Replies (transcriptions, translations, scans) are purged on the
 * same clock by `purge-replies` (server/replies/purge.ts).
 * Works in batches so no transaction grows large; the job runs batches until nothing is left.
 */
import { sql } from 'drizzle-orm';
import { FINAL_LETTER_STATUSES, type RecipientHoldCause } from '../../shared/letter-status';
import { recordAudit } from '../audit/record';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { queryRows } from '../db/rows';
import { releaseLetters } from '../mt/memory/sightings';

/** What one purge erased (counts only: this is what gets logged). */
export interface PurgeCounts {
  letters: number;
  translations: number;
}

/** Letter statuses after which the text is no longer needed (the purge clock starts there). */
export const PURGEABLE_LETTER_STATUSES: readonly string[] = [...FINAL_LETTER_STATUSES, 'returned', 'lost'];

/**
 * Held for a person who died: the letter will never be sent, so its text goes on the same clock as
 * a final letter's (the hold's move starts it). Holds for a release or a departure abroad are not
 * here: people are re-arrested, and their letters then go on.
 */
const heldForTheDead = sql`(status = 'on_hold' AND (
    SELECT e.data->>'cause' FROM letter_events e
     WHERE e.letter_id = letters.id AND e.to_status = 'on_hold' AND e.kind = 'transition'
     ORDER BY e.id DESC LIMIT 1) = ${'recipient_deceased' satisfies RecipientHoldCause})`;

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** Runs one batch of at most `batch` letters. */
export async function purgeRetainedText(
  db: Db,
  config: Pick<Config, 'RETENTION_DAYS'>,
  batch = 1000,
): Promise<PurgeCounts> {
  const cutoff = sql`now() - ${config.RETENTION_DAYS} * interval '1 day'`;
  return db.transaction(async (tx) => {
    const letters = await queryRows<{ id: string }>(
      tx,
      sql`UPDATE letters SET body = NULL, signature = '', purged_at = now(), updated_at = now()
           WHERE id IN (SELECT id FROM letters WHERE purged_at IS NULL
                          AND (status IN (${list(PURGEABLE_LETTER_STATUSES)}) OR ${heldForTheDead})
                          AND status_changed_at < ${cutoff} ORDER BY status_changed_at LIMIT ${batch})
       RETURNING id`,
    );
    if (letters.length === 0) return { letters: 0, translations: 0 };
    const ids = list(letters.map((r) => r.id));
    const translations = (
      await queryRows(
        tx,
        sql`UPDATE translations SET text = NULL WHERE letter_id IN (${ids}) AND text IS NOT NULL RETURNING id`,
      )
    ).length;
    await tx.execute(
      sql`UPDATE letter_events SET reason = NULL WHERE letter_id IN (${ids}) AND reason IS NOT NULL`,
    );
    // The translation memory keeps only sentences two writers wrote; a purged letter's pending
    // sightings go, and shared pairs stop pointing at it.
    await releaseLetters(
      tx,
      letters.map((r) => r.id),
    );
    // Keep each flag's rule, category, severity and offsets for statistics; drop what could quote the text.
    await tx.execute(sql`
      UPDATE screenings
         SET flags = (SELECT coalesce(jsonb_agg(f - 'message' - 'suggestion'), '[]'::jsonb) FROM jsonb_array_elements(flags) f)
       WHERE letter_id IN (${ids})`);
    const counts = { letters: letters.length, translations };
    await recordAudit(tx, {
      actor: { type: 'system', id: 'purge-retained-text' },
      action: 'retention.purge',
      data: { ...counts },
    });
    return counts;
  });
}

/** Purges in batches until nothing past retention is left; returns the totals. */
export async function purgeAllRetainedText(
  db: Db,
  config: Pick<Config, 'RETENTION_DAYS'>,
): Promise<PurgeCounts> {
  const total: PurgeCounts = { letters: 0, translations: 0 };
  for (;;) {
    const counts = await purgeRetainedText(db, config);
    total.letters += counts.letters;
    total.translations += counts.translations;
    if (counts.letters === 0) return total;
  }
}
