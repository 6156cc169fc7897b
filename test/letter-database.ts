/**
 * `useLetterDatabase()`: the setup of a test file about letters on their way — the file's own
 * migrated database with one prisoner and one writer, made before the file's tests and destroyed
 * after them (vitest hooks registered by the call).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../server/db/database';
import { createTestDatabase, type TestDatabase } from './database';
import { buildLetter, buildPrisoner, buildWriter } from './factories';

/** The file's database and the two people its letters are between; read inside tests and hooks. */
export interface LetterDatabase {
  readonly db: Database['db'];
  readonly prisonerId: string;
  readonly writerId: string;
  /** A new approved letter from the writer to the prisoner. */
  readonly approved: () => ReturnType<typeof buildLetter>;
}

/** Registers the hooks that make and destroy the database; call once at the top of a test file. */
export function useLetterDatabase(): LetterDatabase {
  let database: TestDatabase | undefined;
  let people: { prisonerId: string; writerId: string } | undefined;
  // Booting PGlite takes long on a busy machine; the global hook timeout is tuned for an idle one.
  beforeAll(async () => {
    database = await createTestDatabase();
    people = {
      prisonerId: (await buildPrisoner(database.db)).id,
      writerId: (await buildWriter(database.db)).id,
    };
  }, 180_000);
  afterAll(() => database?.destroy());
  const ready = () => {
    if (!database || !people)
      throw new Error('the letter database is made in beforeAll: use it inside tests');
    return { db: database.db, ...people };
  };
  return {
    get db() {
      return ready().db;
    },
    get prisonerId() {
      return ready().prisonerId;
    },
    get writerId() {
      return ready().writerId;
    },
    approved: () => {
      const { db, prisonerId, writerId } = ready();
      return buildLetter(db, { status: 'approved', prisonerId, writerId });
    },
  };
}
