/**
 * The volunteer of the dashboard accessibility test, created by the test server at start: one
 * active volunteer holding every role (a translator with language pairs, moderator, dispatcher,
 * coordinator and admin), so that every screen of the dashboard opens for them. Nothing else is
 * seeded: the screens show what the other browser tests' seeds put there.
 */
import type { Runtime } from '../../server/runtime';
import { ROLES } from '../../server/policies/roles';
import { seedActiveVolunteer, type SeededVolunteer } from './seed-volunteers';

/** The volunteer with every role; the authenticator key is this volunteer's own (codes are single-use). */
export const DA_VOLUNTEER: SeededVolunteer = {
  email: 'everyone.dashboard@example.org',
  password: 'copper harbour linen thistle',
  secret: 'MRQXG2DCN5QXEZDBMRQXG2DCN5QXEZDB',
};

/** Seeds the volunteer. */
export async function seedDashboardVolunteer(runtime: Runtime): Promise<void> {
  await seedActiveVolunteer(runtime.db, runtime.keys, DA_VOLUNTEER, {
    roles: [...ROLES],
    languagePairs: ['en-ru', 'de-ru', 'ru-en'],
    displayName: 'Vera',
  });
}
