/**
 * Leases on queue items. "Take next" claims the oldest free item of a queue for the lease time
 * (the `claim_lease_minutes` setting); others see it as taken until it is released, finished, or
 * the lease runs out — then it is free again without anyone acting, and a sweep tidies the columns.
 * Claims use `FOR UPDATE SKIP LOCKED`, so two volunteers pressing "take next" get different items.
 */
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record';
import type { Config } from '../config';
import type { Db, Queryable } from '../db/database';
import { queryRow, queryRows } from '../db/rows';
import { AppError, conflict, forbidden, notFound } from '../errors';
import type { SessionUser } from '../http/app-env';
import { can } from '../policies';
import { getSetting } from '../settings/settings';
import { QUEUES, type QueueDefinition, type QueueKind } from './definitions';
import { queueFrom, queueTable, queueWhere } from './scope';

/** A claim the volunteer holds. */
export interface Claim {
  kind: QueueKind;
  id: string;
  until: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function leaseMinutes(db: Queryable, config: Config): Promise<number> {
  return getSetting(db, config, 'claim_lease_minutes');
}

/**
 * Claims the oldest free item of `queue` for `user`. If the user already holds a live item there,
 * that one is returned (pressing the key twice does not take two). Undefined when the queue is empty.
 * @throws AppError 403 `forbidden` without the queue's permission.
 */
export async function takeNext(
  db: Db,
  config: Config,
  user: SessionUser,
  queue: QueueDefinition,
): Promise<Claim | undefined> {
  if (!can(user, queue.permission)) throw forbidden();
  const minutes = await leaseMinutes(db, config);
  return db.transaction(async (tx) => {
    const held = await queryRow<{ id: string; until: string }>(
      tx,
      sql`SELECT i.id, i.claim_expires_at AS until ${queueFrom(queue)}
           WHERE ${queueWhere(queue, user)} AND i.claimed_by = ${user.id} AND i.claim_expires_at > now()
           ORDER BY i.status_changed_at LIMIT 1`,
    );
    if (held) return { kind: queue.kind, id: held.id, until: new Date(held.until).toISOString() };
    const table = queueTable(queue.kind);
    const taken = await queryRow<{ id: string; until: string }>(
      tx,
      sql`UPDATE ${table} SET claimed_by = ${user.id}, claim_expires_at = now() + ${minutes} * interval '1 minute'
           WHERE id = (
             SELECT i.id ${queueFrom(queue)}
              WHERE ${queueWhere(queue, user)} AND (i.claimed_by IS NULL OR i.claim_expires_at <= now())
              ORDER BY i.status_changed_at, i.id
              LIMIT 1 FOR UPDATE OF i SKIP LOCKED)
       RETURNING id, claim_expires_at AS until`,
    );
    if (!taken) return undefined;
    await recordAudit(tx, {
      actor: { type: 'volunteer', id: user.id },
      action: 'queue.claim',
      subject: { type: queue.kind, id: taken.id },
      data: { queue: queue.id },
    });
    return { kind: queue.kind, id: taken.id, until: new Date(taken.until).toISOString() };
  });
}

/**
 * Claims one particular item (picked from a listing) unless someone else holds it. The item must
 * sit in a queue the user may work.
 * @throws AppError 403 `forbidden`, 404 `<kind>_not_found`, 409 `item_taken`.
 */
export async function takeItem(
  db: Db,
  config: Config,
  user: SessionUser,
  kind: QueueKind,
  id: string,
): Promise<Claim> {
  if (!UUID.test(id)) throw notFound(kind);
  const current = await queryRow<{ status: string }>(
    db,
    sql`SELECT status FROM ${queueTable(kind)} WHERE id = ${id}`,
  );
  if (!current) throw notFound(kind);
  const workable = QUEUES.some(
    (q) =>
      q.kind === kind &&
      (q.statuses as readonly string[]).includes(current.status) &&
      can(user, q.permission),
  );
  if (!workable) throw forbidden('This item is not in a queue you work.');
  const minutes = await leaseMinutes(db, config);
  return db.transaction(async (tx) => {
    const table = queueTable(kind);
    const row = await queryRow<{ until: string }>(
      tx,
      sql`UPDATE ${table} SET claimed_by = ${user.id}, claim_expires_at = now() + ${minutes} * interval '1 minute'
           WHERE id = ${id} AND (claimed_by IS NULL OR claimed_by = ${user.id} OR claim_expires_at <= now())
       RETURNING claim_expires_at AS until`,
    );
    if (!row) {
      const exists = await queryRow<{ id: string }>(tx, sql`SELECT id FROM ${table} WHERE id = ${id}`);
      if (!exists) throw notFound(kind);
      throw conflict('item_taken', 'Another volunteer is working on this right now.');
    }
    await recordAudit(tx, {
      actor: { type: 'volunteer', id: user.id },
      action: 'queue.claim',
      subject: { type: kind, id },
    });
    return { kind, id, until: new Date(row.until).toISOString() };
  });
}

/**
 * Gives an item back to its queue.
 * @throws AppError 409 `not_your_claim` when the user does not hold it.
 */
export async function releaseItem(db: Db, user: SessionUser, kind: QueueKind, id: string): Promise<void> {
  if (!UUID.test(id)) throw notFound(kind);
  await db.transaction(async (tx) => {
    const released = await queryRows<{ id: string }>(
      tx,
      sql`UPDATE ${queueTable(kind)} SET claimed_by = NULL, claim_expires_at = NULL
           WHERE id = ${id} AND claimed_by = ${user.id} RETURNING id`,
    );
    if (released.length === 0) throw conflict('not_your_claim', 'You are not holding this item.');
    await recordAudit(tx, {
      actor: { type: 'volunteer', id: user.id },
      action: 'queue.release',
      subject: { type: kind, id },
    });
  });
}

/**
 * Inside a transaction that acts on an item: locks the row and refuses when another volunteer
 * holds a live lease on it. Returns whether the acting user holds it.
 * @throws AppError 404 `<kind>_not_found`, 409 `item_taken`.
 */
export async function assertNotHeldByOther(
  tx: Queryable,
  kind: QueueKind,
  id: string,
  userId: string,
): Promise<boolean> {
  if (!UUID.test(id)) throw notFound(kind);
  const row = await queryRow<{ claimed_by: string | null; live: boolean }>(
    tx,
    sql`SELECT claimed_by, coalesce(claim_expires_at > now(), false) AS live FROM ${queueTable(kind)} WHERE id = ${id} FOR UPDATE`,
  );
  if (!row) throw notFound(kind);
  if (row.claimed_by && row.claimed_by !== userId && row.live) {
    throw new AppError(409, 'item_taken', 'Another volunteer is working on this right now.');
  }
  return row.claimed_by === userId && row.live;
}

/** Clears leases that ran out (the items were already free to take; this tidies the columns). */
export async function releaseExpiredClaims(db: Db): Promise<{ letters: number; replies: number }> {
  return db.transaction(async (tx) => {
    const clear = (table: 'letters' | 'replies') =>
      queryRows<{ id: string }>(
        tx,
        sql`UPDATE ${sql.identifier(table)} SET claimed_by = NULL, claim_expires_at = NULL
             WHERE claim_expires_at <= now() RETURNING id`,
      );
    const letters = (await clear('letters')).length;
    const replies = (await clear('replies')).length;
    if (letters + replies > 0) {
      await recordAudit(tx, {
        actor: { type: 'system', id: 'release-expired-claims' },
        action: 'queue.lease_expired',
        data: { letters, replies },
      });
    }
    return { letters, replies };
  });
}
