/**
 * Volunteer work for the browser tests, created by the test server at start (the embedded
 * database is locked to that process): an invitation for a moderator whose token is written to
 * DATA_DIR/../volunteer-invitation.txt, and letters waiting for review — one ordinary letter,
 * then one per XSS payload of the corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { inviteUser } from '../../server/auth/users';
import { queryRows } from '../../server/db/rows';
import { findOrCreateWriter } from '../../server/letters/writers';
import type { Runtime } from '../../server/runtime';
import { buildLetter } from '../../test/factories';
import { XSS_PAYLOADS } from '../../test/xss-payloads';

/** The moderator the volunteer test signs up as. */
export const E2E_MODERATOR_EMAIL = 'moderator.e2e@example.org';

/** The text of the first letter in the review queue. */
export const E2E_PLAIN_LETTER =
  'Dear Mikhail, I am a teacher from Lyon. I think of you every day and hope you can read.';

/** Where the test finds the invitation token. */
export function invitationFile(dataDir: string): string {
  return path.join(path.dirname(dataDir), 'volunteer-invitation.txt');
}

/** Seeds the invitation and the review queue. */
export async function seedVolunteerWork(runtime: Runtime): Promise<void> {
  const { db, keys, config } = runtime;
  const invitation = await inviteUser(db, keys, config, {
    email: E2E_MODERATOR_EMAIL,
    roles: ['moderator', 'admin', 'coordinator'],
    displayName: 'Mila',
  });
  fs.writeFileSync(invitationFile(config.dataDir), invitation.token, { mode: 0o600 });
  const prisoners = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM prisoners WHERE consent_to_list ORDER BY full_name LIMIT 3`,
  );
  const writer = await findOrCreateWriter(db, keys, {
    email: 'e2e.writer@example.org',
    language: 'en',
    uiLanguage: 'en',
  });
  const bodies = [E2E_PLAIN_LETTER, ...XSS_PAYLOADS];
  for (const [i, body] of bodies.entries()) {
    await buildLetter(db, {
      status: 'reviewing',
      writerId: writer.id,
      prisonerId: prisoners[i % prisoners.length]!.id,
      body,
      signature: i === 0 ? 'Claire' : body.slice(0, 80),
      // Oldest first: the plain letter is taken first, then the payloads in order.
      statusChangedAt: new Date(Date.now() - (bodies.length - i) * 60_000),
    });
  }
}
