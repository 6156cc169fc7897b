/**
 * Directory search: filters (region, status, interest, birthday month or soon, can receive letters) and a
 * free-text query matched against names in any script or transliteration (trigram similarity of
 * ASCII skeletons, so typos are forgiven) and against summaries and interests (full text with the
 * 'russian' and 'simple' configurations). Every word of the query must match somewhere.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/database';
import { queryRows } from '../../db/rows';
import { nameSkeleton } from '../names/skeleton';
import { canReceiveLettersSql, PRISONER_STATUSES } from '../prisoners/status';
import { PUBLIC_PRISONER, prisonerJoins, prisonerListColumns, type PrisonerListRow } from './prisoner-row';
import { nextBirthdaySql, todayIso } from './next-birthday';

/** Sort orders. `relevance` needs `q` (without it the list is sorted by name). */
export const PRISONER_SORTS = ['relevance', 'name', 'recent'] as const;

/** Search parameters, validated (the HTTP route uses the same schema). */
export const PrisonerSearchSchema = z.object({
  q: z.string().trim().max(200).optional(),
  /** A region code ("RU-MOW", "UA-43", "BY-HM") or the region as the registry names it. */
  region: z.string().trim().max(100).optional(),
  status: z.enum(PRISONER_STATUSES).optional(),
  interest: z.string().trim().toLowerCase().max(60).optional(),
  birthdayMonth: z.coerce.number().int().min(1).max(12).optional(),
  /** Next birthday within this many days from today (the "birthday soon" filter). */
  birthdayWithinDays: z.coerce.number().int().min(0).max(366).optional(),
  canReceiveLetters: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .optional(),
  sort: z.enum(PRISONER_SORTS).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Preferred summary language (ISO 639-1). */
  lang: z
    .string()
    .regex(/^[a-z]{2}$/u)
    .default('en'),
});

/** Parsed search parameters. */
export type PrisonerSearch = z.infer<typeof PrisonerSearchSchema>;

/** A page of results. */
export interface PrisonerPage {
  items: PrisonerListRow[];
  total: number;
  nextCursor: string | null;
}

/** Similarity (0–1) a name word must reach; below pg_trgm's default 0.6 so one typo in six letters passes. */
const WORD_SIMILARITY = 0.45;

type Cursor = { o: number } | { s: string; g: string; i: string } | { c: string; i: string };

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/** Thrown for a cursor this endpoint did not hand out. */
export class BadCursorError extends Error {
  override name = 'BadCursorError';
}

function decode(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (value && typeof value === 'object') return value;
  } catch {
    // Fall through to the error below.
  }
  throw new BadCursorError('The cursor is not one this list handed out.');
}

/** The words of `q` with their name skeletons (at most six words). */
function queryWords(q: string): { text: string; skeleton: string }[] {
  return q
    .toLowerCase()
    .split(/[\s,;]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 6)
    .map((text) => ({ text, skeleton: nameSkeleton(text).replace(/\s+/gu, '') }));
}

/**
 * The ids one word matches, as a UNION of single-condition index scans: the name and interest
 * document, the name skeletons by similarity, the summaries. (Written as one OR, the planner
 * scans every prisoner and computes a similarity for each.)
 */
function wordIds(w: { text: string; skeleton: string }): SQL {
  const query = sql`(plainto_tsquery('russian', ${w.text}) || plainto_tsquery('simple', ${w.text}))`;
  // Very short words would match half the directory by similarity; they must match as words.
  const similar =
    w.skeleton.length >= 3
      ? sql` UNION SELECT p.id FROM prisoners p WHERE p.search_names %> ${w.skeleton}`
      : sql``;
  return sql`(SELECT p.id FROM prisoners p WHERE p.search_vector @@ ${query}${similar}
              UNION SELECT ps.prisoner_id FROM prisoner_summaries ps WHERE ps.search_vector @@ ${query})`;
}

/**
 * Who is searched: `public` — people who agreed to be listed (the writers' directory); `all` —
 * everyone, for coordinators keeping the directory (`listed` then narrows to one side).
 */
export interface SearchScope {
  scope: 'public' | 'all';
  listed?: boolean;
}

function filters(s: PrisonerSearch, scope: SearchScope): SQL[] {
  const where: SQL[] = [];
  if (scope.scope === 'public') where.push(PUBLIC_PRISONER);
  else if (scope.listed !== undefined) where.push(sql`p.consent_to_list = ${scope.listed}`);
  if (where.length === 0) where.push(sql`true`);
  if (s.region) where.push(sql`(f.region_code = ${s.region.toUpperCase()} OR f.region = ${s.region})`);
  if (s.status) where.push(sql`p.status = ${s.status}`);
  if (s.interest) where.push(sql`p.interests @> ARRAY[${s.interest}]::text[]`);
  if (s.birthdayMonth) where.push(sql`extract(month FROM p.birth_date) = ${s.birthdayMonth}`);
  if (s.birthdayWithinDays !== undefined) {
    const today = todayIso();
    where.push(
      sql`(p.birth_date IS NOT NULL AND ${nextBirthdaySql(sql`p.birth_date`, today)} - ${today}::date <= ${s.birthdayWithinDays})`,
    );
  }
  if (s.canReceiveLetters !== undefined)
    where.push(sql`${canReceiveLettersSql('p')} = ${s.canReceiveLetters}`);
  return where;
}

/**
 * Searches the directory: the public part unless `scope` says otherwise.
 * @example await searchPrisoners(db, PrisonerSearchSchema.parse({ q: 'Miftahov' }))
 */
export async function searchPrisoners(
  db: Queryable,
  search: PrisonerSearch,
  scope: SearchScope = { scope: 'public' },
): Promise<PrisonerPage> {
  const words = search.q ? queryWords(search.q) : [];
  const sort = search.sort ?? (words.length > 0 ? 'relevance' : 'name');
  const cursor = decode(search.cursor);
  const where = filters(search, scope);
  // Every word must match somewhere: the intersection of each word's ids.
  if (words.length > 0) where.push(sql`p.id IN (${sql.join(words.map(wordIds), sql` INTERSECT `)})`);
  const skeletons = words
    .map((w) => w.skeleton)
    .filter(Boolean)
    .join(' ');
  const tsText = words.map((w) => w.text).join(' ');
  const score =
    words.length > 0
      ? sql`(word_similarity(${skeletons}, p.search_names) * 2
             + ts_rank_cd(p.search_vector, plainto_tsquery('russian', ${tsText}) || plainto_tsquery('simple', ${tsText})))::real`
      : sql`0`;
  const order = (t: string) =>
    sql.raw(
      sort === 'relevance'
        ? `${t}score DESC, ${t}surname, ${t}given_name, ${t}id`
        : sort === 'recent'
          ? `${t}created_at DESC, ${t}id DESC`
          : `${t}surname, ${t}given_name, ${t}id`,
    );
  let keyset = sql`true`;
  let offset = 0;
  if (cursor && 'o' in cursor) offset = Math.max(0, Math.floor(Number(cursor.o)) || 0);
  else if (cursor && 's' in cursor && sort === 'name')
    keyset = sql`(surname, given_name, id) > (${cursor.s}, ${cursor.g}, ${cursor.i}::uuid)`;
  else if (cursor && 'c' in cursor && sort === 'recent')
    keyset = sql`(created_at, id) < (${cursor.c}::timestamptz, ${cursor.i}::uuid)`;
  else if (cursor) throw new BadCursorError('The cursor belongs to another sort order.');

  // Matching first (ids, sort keys, score), details only for the page: a broad query must not
  // build summaries and facility columns for every match.
  const run = async (tx: Queryable) => {
    // The threshold of `%>` is a setting; local to this transaction.
    await tx.execute(
      sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`,
    );
    return queryRows<PrisonerListRow & { total: number; score: number }>(
      tx,
      sql`WITH matched AS (
            SELECT p.id, p.surname, p.given_name, p.created_at, ${score} AS score
              FROM prisoners p LEFT JOIN facilities f ON f.id = p.facility_id
             WHERE ${sql.join(where, sql` AND `)})
          SELECT ${prisonerListColumns()}, page.score, (SELECT count(*)::int FROM matched) AS total
            FROM (SELECT * FROM matched WHERE ${keyset} ORDER BY ${order('')} LIMIT ${search.limit + 1} OFFSET ${offset}) page
            JOIN prisoners p ON p.id = page.id ${prisonerJoins(search.lang)}
           ORDER BY ${order('page.')}`,
    );
  };
  const rows = words.length > 0 ? await db.transaction(run) : await run(db);
  const page = rows.slice(0, search.limit);
  const last = page.at(-1);
  let nextCursor: string | null = null;
  if (rows.length > search.limit && last) {
    nextCursor =
      sort === 'relevance'
        ? encode({ o: offset + search.limit })
        : sort === 'recent'
          ? encode({ c: last.created_at, i: last.id })
          : encode({ s: last.surname, g: last.given_name, i: last.id });
  }
  // The count is of all matches, so it is the same on every page; a page past the end has no row to carry it.
  const total = rows[0]?.total ?? (offset > 0 || cursor ? await countMatches(db, where) : 0);
  return { items: page.map(({ total: _t, score: _s, ...row }) => row), total, nextCursor };
}

async function countMatches(db: Queryable, where: SQL[]): Promise<number> {
  const run = async (tx: Queryable) => {
    await tx.execute(
      sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`,
    );
    const [row] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM prisoners p LEFT JOIN facilities f ON f.id = p.facility_id WHERE ${sql.join(where, sql` AND `)}`,
    );
    return row?.n ?? 0;
  };
  return db.transaction(run);
}
