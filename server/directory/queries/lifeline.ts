/**
 * The lifeline: one person who can receive letters, chosen at random but weighted toward those
 * who received the fewest letters in a recent window, so attention spreads (letters-now.org's
 * goal: at least five letters each). Weight = (goal − letters + 1)² below the goal, and a small
 * constant once the goal is met, so nobody is ever excluded.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { queryRows } from '../../db/rows';
import { canReceiveLettersSql } from '../prisoners/status';
import { PUBLIC_PRISONER, prisonerListColumns, prisonerListFrom, type PrisonerListRow } from './prisoner-row';

/** Lifeline settings. */
export interface LifelineOptions {
  /** Letters counted are those written in the last `windowDays` days. Default 30. */
  windowDays?: number;
  /** Letters each person should get in the window. Default 5. */
  goal?: number;
  /** Summary language. Default 'en'. */
  lang?: string;
  /** Seeds PostgreSQL's random() for a reproducible pick (tests, demos). */
  seed?: number;
}

/** Letters that never reached the pipeline do not count as attention. */
const NOT_COUNTED = sql`('withdrawn', 'rejected')`;

/** Picks one person, or undefined when nobody can receive letters. */
export async function pickLifeline(
  db: Queryable,
  options: LifelineOptions = {},
): Promise<(PrisonerListRow & { recent_letters: number }) | undefined> {
  const windowDays = options.windowDays ?? 30;
  const goal = options.goal ?? 5;
  const lang = options.lang ?? 'en';
  return db.transaction(async (tx) => {
    if (options.seed !== undefined) await tx.execute(sql`SELECT setseed(${options.seed})`);
    const [row] = await queryRows<PrisonerListRow & { recent_letters: number }>(
      tx,
      sql`WITH counts AS (
            SELECT prisoner_id, count(*)::int AS n FROM letters
             WHERE created_at > now() - ${windowDays} * interval '1 day' AND status NOT IN ${NOT_COUNTED}
             GROUP BY prisoner_id)
          SELECT ${prisonerListColumns()}, coalesce(c.n, 0) AS recent_letters
            FROM ${prisonerListFrom(lang)}
            LEFT JOIN counts c ON c.prisoner_id = p.id
           WHERE ${PUBLIC_PRISONER} AND ${canReceiveLettersSql('p')}
           -- Weighted sampling: the largest random()^(1/weight) wins (Efraimidis–Spirakis).
           ORDER BY power(random(), 1.0 / (CASE WHEN coalesce(c.n, 0) < ${goal}
                                                 THEN power(${goal} - coalesce(c.n, 0) + 1, 2)
                                                 ELSE 0.25 END)) DESC
           LIMIT 1`,
    );
    return row;
  });
}
