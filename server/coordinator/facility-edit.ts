/**
 * A coordinator edits a facility: the parsed postal address (the source's raw text is kept as it
 * was), nicknames, whether it is closed, and which channels reach it — ФСИН-Письмо, Zonatelecom,
 * the post — with their price and the name in the service's list. One transaction with an audit
 * row carrying the before/after of every changed field; channel rows are upserted, never deleted
 * (routing reads a missing e-letter row as "not connected", and the imports own that knowledge).
 */
import { count, eq } from 'drizzle-orm';
import { recordAudit, volunteerActor } from '../audit/record';
import type { Db } from '../db/database';
import { facilities, facilityChannels, prisoners } from '../db/schema';
import { facilitySearchText } from '../directory/facilities/search-text';
import { notFound } from '../errors';
import { assertVersion, changedFields, type FieldChanges } from './changes';
import type { FacilityEdit } from './schemas';

/** What the edit changed, and who is still recorded there (to move them, when it closed). */
export interface FacilityEditResult {
  changes: FieldChanges;
  peopleHeld: number;
}

type Row = typeof facilities.$inferSelect;
type ChannelRow = typeof facilityChannels.$inferSelect;

const channelState = (row: Pick<ChannelRow, 'available' | 'priceMinor' | 'serviceName'> | undefined) =>
  row ? { available: row.available, priceMinor: row.priceMinor, serviceName: row.serviceName } : null;

/**
 * Applies `edit` to facility `id` as volunteer `userId`.
 * @throws AppError 404 `facility_not_found`, 409 `facility_changed`
 */
export async function editFacility(
  db: Db,
  userId: string,
  id: string,
  edit: FacilityEdit,
): Promise<FacilityEditResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(facilities).where(eq(facilities.id, id)).for('update');
    if (!row) throw notFound('facility');
    assertVersion('facility', edit.version, row.updatedAt);
    const { version: _version, channels, ...fields } = edit;
    const next: Partial<Row> = { ...fields };
    if (edit.nicknames) next.nicknames = [...new Set(edit.nicknames)];
    const changes = changedFields(row, next);
    const now = new Date();

    const current = new Map(
      (await tx.select().from(facilityChannels).where(eq(facilityChannels.facilityId, id))).map((c) => [
        c.channel,
        c,
      ]),
    );
    for (const wanted of channels ?? []) {
      const had = current.get(wanted.channel);
      const after = {
        available: wanted.available,
        priceMinor: wanted.priceMinor === undefined ? (had?.priceMinor ?? null) : wanted.priceMinor,
        serviceName: wanted.serviceName === undefined ? (had?.serviceName ?? null) : wanted.serviceName,
      };
      const diff = changedFields({ state: channelState(had) }, { state: after });
      if (!diff.state) continue;
      changes[`channels.${wanted.channel}`] = diff.state;
      await tx
        .insert(facilityChannels)
        .values({ facilityId: id, channel: wanted.channel, ...after, checkedAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: [facilityChannels.facilityId, facilityChannels.channel],
          set: { ...after, checkedAt: now, updatedAt: now },
        });
    }

    const [held] = await tx.select({ n: count() }).from(prisoners).where(eq(prisoners.facilityId, id));
    const peopleHeld = held?.n ?? 0;
    if (Object.keys(changes).length === 0) return { changes, peopleHeld };

    const set: Partial<Row> = Object.fromEntries(
      Object.keys(changes)
        .filter((f) => !f.startsWith('channels.'))
        .map((f) => [f, next[f as keyof Row]]),
    );
    if (changes.nicknames || changes.addressLocality) {
      set.searchText = facilitySearchText({ ...row, ...set });
    }
    await tx
      .update(facilities)
      .set({ ...set, updatedAt: now })
      .where(eq(facilities.id, id));
    await recordAudit(tx, {
      actor: volunteerActor(userId),
      action: 'directory.facility_edit',
      subject: { type: 'facility', id },
      data: { changes, ...(changes.closedOn?.to ? { peopleHeld } : {}) },
    });
    return { changes, peopleHeld };
  });
}
