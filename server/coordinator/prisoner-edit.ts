/**
 * A coordinator edits a person: only the fields sent change; the derived columns follow (full
 * name, merge key, search skeletons, Latin transliterations of a new name, parsed articles); a
 * person who leaves custody for good leaves their facility (the history keeps it), as an import
 * would do. One transaction: the row, the summaries, the history, the letters' follow-up job when
 * the status changed (server/delivery/custody.ts) and an audit row with the before/after of every
 * changed field. Moves between facilities are transfers (prisoner-transfer.ts).
 */
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit, volunteerActor } from '../audit/record';
import type { Db } from '../db/database';
import { prisonerFacilityHistory, prisoners, prisonerSummaries } from '../db/schema';
import { PRISONER_CUSTODY_CHANGED_JOB } from '../delivery/jobs';
import { latinSpellings, nameKey, searchNames } from '../directory/prisoners/identity';
import { parseArticles } from '../directory/prisoners/articles';
import { isFinalStatus } from '../directory/prisoners/status';
import { notFound } from '../errors';
import { enqueueJob } from '../jobs/queue';
import { assertVersion, changedFields, type FieldChanges } from './changes';
import type { PrisonerEdit } from './schemas';

/** What the edit changed (empty when the form was saved unchanged). */
export interface PrisonerEditResult {
  changes: FieldChanges;
}

type Row = typeof prisoners.$inferSelect;

/** The row's new values for the sent fields, with what they imply. */
function nextValues(row: Row, edit: PrisonerEdit): Partial<Row> {
  const { version: _version, summaries: _summaries, ...fields } = edit;
  const next: Partial<Row> = { ...fields };
  const surname = edit.surname ?? row.surname;
  const givenName = edit.givenName ?? row.givenName;
  const patronymic = edit.patronymic ?? row.patronymic;
  const renamed = surname !== row.surname || givenName !== row.givenName || patronymic !== row.patronymic;
  const fullName = renamed ? [surname, givenName, patronymic].filter(Boolean).join(' ') : row.fullName;
  if (renamed) next.fullName = fullName;
  if (renamed) {
    // The old name's transliterations go with it and the new name's come; a source's own
    // spellings stay. Spellings the coordinator removed stay removed.
    const stale = new Set(latinSpellings(row.fullName));
    const kept = (edit.latinNames ?? row.latinNames).filter((s) => !stale.has(s));
    next.latinNames = latinSpellings(fullName, kept);
  } else if (edit.latinNames) {
    next.latinNames = [...new Set(edit.latinNames)];
  }
  if (edit.birthDate) next.birthYear = Number(edit.birthDate.slice(0, 4));
  if (edit.articlesRaw !== undefined)
    next.articles = edit.articlesRaw
      ? parseArticles(edit.articlesRaw, row.country === 'BY' ? 'BY' : 'RU')
      : [];
  if (edit.interests) next.interests = [...new Set(edit.interests)];
  if (edit.languages) next.languages = [...new Set(edit.languages)];
  if (edit.status && isFinalStatus(edit.status) && row.facilityId) next.facilityId = null;
  return next;
}

/**
 * Applies `edit` to person `id` as volunteer `userId`.
 * @throws AppError 404 `prisoner_not_found`, 409 `prisoner_changed`
 */
export async function editPrisoner(
  db: Db,
  userId: string,
  id: string,
  edit: PrisonerEdit,
): Promise<PrisonerEditResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(prisoners).where(eq(prisoners.id, id)).for('update');
    if (!row) throw notFound('prisoner');
    assertVersion('prisoner', edit.version, row.updatedAt);

    const next = nextValues(row, edit);
    const changes = changedFields(row, next);
    const before = Object.fromEntries(
      (
        await tx
          .select({ language: prisonerSummaries.language, text: prisonerSummaries.text })
          .from(prisonerSummaries)
          .where(eq(prisonerSummaries.prisonerId, id))
      ).map((s) => [s.language, s.text]),
    );
    const summaryEdits = Object.entries(edit.summaries ?? {}).filter(
      ([lang, text]) => (before[lang] ?? '') !== text,
    );
    if (summaryEdits.length > 0) {
      const after: Record<string, string> = { ...before };
      for (const [lang, text] of summaryEdits) {
        if (text) after[lang] = text;
        else delete after[lang];
      }
      changes.summaries = { from: before, to: after };
    }
    if (Object.keys(changes).length === 0) return { changes };

    const now = new Date();
    const set: Partial<Row> = Object.fromEntries(Object.keys(changes).map((f) => [f, next[f as keyof Row]]));
    delete (set as Record<string, unknown>).summaries;
    const fullName = next.fullName ?? row.fullName;
    if (changes.fullName || changes.latinNames) {
      set.nameKey = nameKey(fullName);
      set.searchNames = searchNames([fullName, ...(next.latinNames ?? row.latinNames)]);
    }
    await tx
      .update(prisoners)
      .set({ ...set, updatedAt: now })
      .where(eq(prisoners.id, id));
    for (const [language, text] of summaryEdits) {
      if (!text) {
        await tx
          .delete(prisonerSummaries)
          .where(and(eq(prisonerSummaries.prisonerId, id), eq(prisonerSummaries.language, language)));
        continue;
      }
      await tx
        .insert(prisonerSummaries)
        .values({ prisonerId: id, language, text })
        .onConflictDoUpdate({
          target: [prisonerSummaries.prisonerId, prisonerSummaries.language],
          set: { text, updatedAt: now },
        });
    }
    if (changes.facilityId) {
      // Out of custody for good: the stay ends today.
      await tx
        .update(prisonerFacilityHistory)
        .set({ leftOn: now.toISOString().slice(0, 10) })
        .where(and(eq(prisonerFacilityHistory.prisonerId, id), isNull(prisonerFacilityHistory.leftOn)));
    }
    if (changes.status) {
      // Out of custody (or back in it): the letters follow in a job raised with this change.
      await enqueueJob(tx, PRISONER_CUSTODY_CHANGED_JOB, { prisonerId: id });
    }
    await recordAudit(tx, {
      actor: volunteerActor(userId),
      action: 'directory.prisoner_edit',
      subject: { type: 'prisoner', id },
      data: { changes },
    });
    return { changes };
  });
}
