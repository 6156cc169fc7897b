/** The job queue, kept in the same database so jobs commit or roll back with the state change. */
import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

/** One unit of background work. See server/jobs/queue.ts for the life cycle. */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    name: text().notNull(),
    payload: jsonb().notNull(),
    /** pending, running, done, failed. */
    status: text().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(5),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** While running: the lease; a job whose lease ran out is taken again by another worker. */
    lockedUntil: timestamp({ withTimezone: true }),
    lockedBy: text(),
    /** At most one pending or running job per key (e.g. one sweep at a time). */
    singletonKey: text(),
    lastError: text(),
    createdAt: createdAt(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('jobs_fetch_idx').on(t.status, t.runAt)],
);
