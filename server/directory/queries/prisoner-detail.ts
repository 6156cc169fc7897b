/** One public person by id or slug, with the case summary in every language the directory has. */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { queryRow, queryRows } from '../../db/rows';
import { PUBLIC_PRISONER, prisonerListColumns, prisonerListFrom, type PrisonerListRow } from './prisoner-row';

/** A person and their summaries by language. */
export type PrisonerDetail = PrisonerListRow & { summaries: Record<string, string> };

/** Finds a public person; undefined when there is none (or they are not listed). */
export async function getPublicPrisoner(
  db: Queryable,
  idOrSlug: string,
  lang = 'en',
): Promise<PrisonerDetail | undefined> {
  const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu.test(idOrSlug);
  const row = await queryRow<PrisonerListRow>(
    db,
    sql`SELECT ${prisonerListColumns()} FROM ${prisonerListFrom(lang)}
         WHERE ${byId ? sql`p.id = ${idOrSlug}::uuid` : sql`p.slug = ${idOrSlug}`} AND ${PUBLIC_PRISONER}`,
  );
  if (!row) return undefined;
  const summaries = await queryRows<{ language: string; text: string }>(
    db,
    sql`SELECT language, text FROM prisoner_summaries WHERE prisoner_id = ${row.id} ORDER BY language`,
  );
  return { ...row, summaries: Object.fromEntries(summaries.map((s) => [s.language, s.text])) };
}
