/**
 * The coordinator's prisoner list: the directory search (Latin and Cyrillic, typos forgiven) over
 * everyone — listed or not — with consent, source and the letters waiting for each person.
 */
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../db/database';
import { prisoners } from '../db/schema';
import type { PrisonerListRow } from '../directory/queries/prisoner-row';
import { PrisonerSearchSchema, searchPrisoners } from '../directory/queries/search-prisoners';
import { letterCounts, type LetterCounts } from './prisoner-letters';

/** The public search's parameters plus `listed` (true: consenting people only; false: the others). */
export const CoordinatorSearchSchema = PrisonerSearchSchema.extend({
  listed: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional(),
});

/** Parsed coordinator search parameters. */
export type CoordinatorSearch = z.infer<typeof CoordinatorSearchSchema>;

/** One person in the coordinator's list. */
export type CoordinatorListRow = PrisonerListRow & {
  consentToList: boolean;
  source: string;
  updatedAt: Date;
  letters: LetterCounts;
};

/** A page of the list. */
export interface CoordinatorPage {
  items: CoordinatorListRow[];
  total: number;
  nextCursor: string | null;
}

/** Searches everyone in the directory. @throws BadCursorError for a cursor the list did not hand out */
export async function listPrisonersForCoordinator(
  db: Queryable,
  search: CoordinatorSearch,
): Promise<CoordinatorPage> {
  const { listed, ...rest } = search;
  const page = await searchPrisoners(db, rest, { scope: 'all', ...(listed === undefined ? {} : { listed }) });
  const ids = page.items.map((p) => p.id);
  const [extras, counts] = await Promise.all([
    ids.length
      ? db
          .select({
            id: prisoners.id,
            consentToList: prisoners.consentToList,
            source: prisoners.source,
            updatedAt: prisoners.updatedAt,
          })
          .from(prisoners)
          .where(inArray(prisoners.id, ids))
      : Promise.resolve([]),
    letterCounts(db, ids),
  ]);
  const byId = new Map(extras.map((e) => [e.id, e]));
  return {
    total: page.total,
    nextCursor: page.nextCursor,
    items: page.items.map((item) => {
      const extra = byId.get(item.id)!;
      return {
        ...item,
        consentToList: extra.consentToList,
        source: extra.source,
        updatedAt: extra.updatedAt,
        letters: counts.get(item.id) ?? { waiting: 0, onHold: 0 },
      };
    }),
  };
}
