/**
 * One person as a coordinator edits them: every stored field (listed or not), the summaries per
 * language, where they have been held, whether letters can reach them and why not, the recipient
 * line (computed and confirmed), and the letters waiting.
 */
import { desc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { facilities, prisonerFacilityHistory, prisoners, prisonerSummaries } from '../db/schema';
import { recipientLine, type DativeFlag } from '../directory/names/dative';
import type { Gender } from '../directory/names/split';
import { letterBlockers, type LetterBlocker } from '../directory/prisoners/status';
import { notFound } from '../errors';
import { letterCounts, type LetterCounts } from './prisoner-letters';

/** A facility as the editor shows it. */
export interface FacilityBrief {
  id: string;
  shortName: string;
  officialName: string;
  region: string;
  closedOn: string | null;
}

/** One stay in the history. */
export interface Stay {
  facility: FacilityBrief | null;
  /** The source's words when the facility could not be matched to the registry. */
  facilityText: string | null;
  arrivedOn: string | null;
  leftOn: string | null;
  source: string;
}

/** The full record. */
export interface PrisonerRecord {
  row: typeof prisoners.$inferSelect;
  summaries: Record<string, string>;
  facility: FacilityBrief | null;
  history: Stay[];
  blockers: LetterBlocker[];
  /** The line petrovich computes, and why it may need a human's confirmation. */
  computedRecipient: { text: string; flags: DativeFlag[] };
  letters: LetterCounts;
}

const briefColumns = {
  id: facilities.id,
  shortName: facilities.shortName,
  officialName: facilities.officialName,
  region: facilities.region,
  closedOn: facilities.closedOn,
};

/** Loads a person by id. @throws AppError 404 `prisoner_not_found` */
export async function loadPrisonerRecord(db: Queryable, id: string): Promise<PrisonerRecord> {
  const [row] = await db.select().from(prisoners).where(eq(prisoners.id, id));
  if (!row) throw notFound('prisoner');
  const [summaries, facility, history, counts] = await Promise.all([
    db
      .select({ language: prisonerSummaries.language, text: prisonerSummaries.text })
      .from(prisonerSummaries)
      .where(eq(prisonerSummaries.prisonerId, id))
      .orderBy(prisonerSummaries.language),
    row.facilityId
      ? db.select(briefColumns).from(facilities).where(eq(facilities.id, row.facilityId))
      : Promise.resolve([]),
    db
      .select({
        facility: briefColumns,
        facilityText: prisonerFacilityHistory.facilityText,
        arrivedOn: prisonerFacilityHistory.arrivedOn,
        leftOn: prisonerFacilityHistory.leftOn,
        source: prisonerFacilityHistory.source,
      })
      .from(prisonerFacilityHistory)
      .leftJoin(facilities, eq(facilities.id, prisonerFacilityHistory.facilityId))
      .where(eq(prisonerFacilityHistory.prisonerId, id))
      .orderBy(desc(prisonerFacilityHistory.createdAt), desc(prisonerFacilityHistory.id)),
    letterCounts(db, [id]),
  ]);
  const year = row.birthYear ?? (row.birthDate ? Number(row.birthDate.slice(0, 4)) : null);
  const computed = recipientLine(
    {
      surname: row.surname,
      givenName: row.givenName,
      patronymic: row.patronymic,
      gender: row.gender as Gender,
    },
    year,
  );
  return {
    row,
    summaries: Object.fromEntries(summaries.map((s) => [s.language, s.text])),
    facility: facility[0] ?? null,
    history: history.map((h) => ({ ...h, facility: h.facility?.id ? h.facility : null })),
    blockers: letterBlockers(row),
    computedRecipient: { text: computed.text, flags: computed.flags },
    letters: counts.get(id) ?? { waiting: 0, onHold: 0 },
  };
}
