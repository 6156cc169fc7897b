/**
 * The coordinator of the directory browser test, created by the test server at start (the
 * embedded database is locked to that process): an active volunteer with a session whose cookie
 * is written to DATA_DIR/../directory-session.txt (signing in with TOTP is the volunteer test's
 * subject), and approved letters waiting for the demo person the test transfers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRow } from '../../server/db/rows';
import { findOrCreateWriter } from '../../server/letters/writers';
import type { Runtime } from '../../server/runtime';
import { buildLetter } from '../../test/factories';
import { buildVolunteer, volunteerCookie } from '../../test/volunteers';

/** The demo person the test edits and transfers. */
export const E2E_DIRECTORY_PERSON = 'Ахмедов Эльдар Рашид оглы';

/** Where the test finds the coordinator's session cookie ("name=value"). */
export function directorySessionFile(dataDir: string): string {
  return path.join(path.dirname(dataDir), 'directory-session.txt');
}

/** Seeds the coordinator and two approved letters to the person. */
export async function seedDirectoryWork(runtime: Runtime): Promise<void> {
  const { db, keys, config } = runtime;
  const coordinator = await buildVolunteer(db, { roles: ['coordinator'], displayName: 'Dora' });
  fs.writeFileSync(directorySessionFile(config.dataDir), await volunteerCookie(db, config, coordinator.id), {
    mode: 0o600,
  });
  const person = await queryRow<{ id: string; facility_id: string }>(
    db,
    sql`SELECT id, facility_id FROM prisoners WHERE full_name = ${E2E_DIRECTORY_PERSON}`,
  );
  const writer = await findOrCreateWriter(db, keys, {
    email: 'e2e.directory@example.org',
    language: 'en',
    uiLanguage: 'en',
  });
  for (let i = 0; i < 2; i++) {
    await buildLetter(db, {
      status: 'approved',
      writerId: writer.id,
      prisonerId: person!.id,
      facilityId: person!.facility_id,
    });
  }
}
