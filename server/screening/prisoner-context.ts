/** The case data screening needs, read from the prisoner directory. */
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { prisoners } from '../db/schema';
import type { PrisonerContext } from './types';

/**
 * The case rules' input for a listed prisoner, or null when there is no such listed prisoner.
 * The directory holds names and articles; co-defendants and case keywords are not in it yet.
 */
export async function loadPrisonerContext(
  db: Queryable,
  prisonerId: string,
): Promise<PrisonerContext | null> {
  const [row] = await db
    .select({ surname: prisoners.surname, givenName: prisoners.givenName, articles: prisoners.articles })
    .from(prisoners)
    .where(and(eq(prisoners.id, prisonerId), eq(prisoners.consentToList, true)));
  if (!row) return null;
  return {
    surname: row.surname,
    givenName: row.givenName,
    articles: row.articles.map((a) =>
      a.part ? { article: a.article, part: a.part } : { article: a.article },
    ),
  };
}
