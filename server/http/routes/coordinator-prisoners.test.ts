import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { buildLetter, buildPrisoner, buildWriter } from '../../../test/factories';
import { buildVolunteer, volunteerCookie } from '../../../test/volunteers';
import { auditLog, letterEvents, letters, prisonerFacilityHistory, prisoners } from '../../db/schema';
import { searchNames } from '../../directory/prisoners/identity';
import { buildRealFacility } from '../../replies/fixtures';

const KRESTY = 'ФКУ СИЗО-1 УФСИН России по г. Санкт-Петербургу и Ленинградской области';
const POKROV = 'ФКУ ИК-2 УФСИН России по Владимирской области';
const MORDOVIA = 'ФКУ ИК-1 УФСИН России по Республике Мордовия';

let t: TestApp;
let coordinator: string;
let coordinatorId: string;

beforeAll(async () => {
  t = await createTestApp();
  const v = await buildVolunteer(t.runtime.db, { roles: ['coordinator'] });
  coordinatorId = v.id;
  coordinator = await volunteerCookie(t.runtime.db, t.runtime.config, v.id);
});
afterAll(() => t.close());

const as = (cookie: string) => ({ cookie });
const cookieOf = async (roles: string[]) =>
  volunteerCookie(t.runtime.db, t.runtime.config, (await buildVolunteer(t.runtime.db, { roles })).id);

interface Record_ {
  id: string;
  version: string;
  fullName: string;
  latinNames: string[];
  status: string;
  birthYear: number | null;
  consentToList: boolean;
  canReceiveLetters: boolean;
  blockers: string[];
  summaries: Record<string, string>;
  facility: { id: string; shortName: string } | null;
  history: { facility: { id: string } | null; arrivedOn: string | null; leftOn: string | null }[];
  letters: { waiting: number; onHold: number };
}

const auditRows = (action: string, subjectId: string) =>
  t.runtime.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.subjectId, subjectId)))
    .orderBy(desc(auditLog.id));

describe('the coordinator prisoner list', () => {
  it('finds people who are not publicly listed, by a Latin spelling, with the letters waiting', async () => {
    const { db } = t.runtime;
    const hidden = await buildPrisoner(db, {
      surname: 'Мифтахов',
      givenName: 'Азат',
      patronymic: 'Фаритович',
      fullName: 'Мифтахов Азат Фаритович',
      searchNames: searchNames(['Мифтахов Азат Фаритович']),
      consentToList: false,
    });
    const writer = await buildWriter(db);
    await buildLetter(db, { prisonerId: hidden.id, writerId: writer.id, status: 'approved' });
    await buildLetter(db, { prisonerId: hidden.id, writerId: writer.id, status: 'on_hold' });
    await buildLetter(db, { prisonerId: hidden.id, writerId: writer.id, status: 'delivered' });

    const res = await t.call('GET', '/api/coordinator/prisoners?q=Miftakhov', undefined, as(coordinator));
    expect(res.status).toBe(200);
    const page = (await res.json()) as {
      items: { id: string; consentToList: boolean; letters: { waiting: number; onHold: number } }[];
    };
    const found = page.items.find((p) => p.id === hidden.id);
    expect(found).toMatchObject({ consentToList: false, letters: { waiting: 2, onHold: 1 } });

    // The public directory does not show them; the coordinator's "listed=true" neither.
    const pub = (await (await t.call('GET', '/api/prisoners?q=Miftakhov')).json()) as {
      items: { id: string }[];
    };
    expect(pub.items.map((p) => p.id)).not.toContain(hidden.id);
    const listed = (await (
      await t.call('GET', '/api/coordinator/prisoners?q=Мифтахов&listed=true', undefined, as(coordinator))
    ).json()) as { items: { id: string }[] };
    expect(listed.items.map((p) => p.id)).not.toContain(hidden.id);
  });

  it('refuses an unknown status with a 400 naming the field', async () => {
    const res = await t.call('GET', '/api/coordinator/prisoners?status=free', undefined, as(coordinator));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d) => d.path)).toContain('status');
  });
});

describe('editing a person', () => {
  it('persists the changed fields, keeps search current and audits before/after', async () => {
    const { db } = t.runtime;
    const person = await buildPrisoner(db, { consentToList: false, languages: ['ru'] });
    const record = (await (
      await t.call('GET', `/api/coordinator/prisoners/${person.id}`, undefined, as(coordinator))
    ).json()) as Record_;
    expect(record.blockers).toEqual(['not_listed']);

    const res = await t.call(
      'PATCH',
      `/api/coordinator/prisoners/${person.id}`,
      {
        version: record.version,
        surname: 'Петрова',
        givenName: 'Анна',
        patronymic: 'Сергеевна',
        gender: 'female',
        birthDate: '1987-03-14',
        interests: ['Chess', 'poetry'],
        languages: ['ru', 'en'],
        summaries: { en: 'A teacher from Pskov.' },
        consentToList: true,
        recipientDative: 'Петровой Анне Сергеевне',
      },
      as(coordinator),
    );
    expect(res.status).toBe(200);
    const { record: after, changes } = (await res.json()) as {
      record: Record_;
      changes: Record<string, unknown>;
    };
    expect(after).toMatchObject({
      fullName: 'Петрова Анна Сергеевна',
      birthYear: 1987,
      consentToList: true,
      canReceiveLetters: true,
      summaries: { en: 'A teacher from Pskov.' },
    });
    expect(after.latinNames).toContain('Petrova Anna Sergeevna');
    expect(after.latinNames).not.toContain('Ivanov Ivan Ivanovich');
    expect(Object.keys(changes)).toEqual(
      expect.arrayContaining(['surname', 'fullName', 'birthDate', 'birthYear', 'interests', 'summaries']),
    );

    const [row] = await db.select().from(prisoners).where(eq(prisoners.id, person.id));
    expect(row).toMatchObject({ interests: ['chess', 'poetry'], languages: ['ru', 'en'], gender: 'female' });
    // Now listed, and found by a transliteration of the new name.
    const pub = (await (await t.call('GET', '/api/prisoners?q=Petrova%20Anna')).json()) as {
      items: { id: string }[];
    };
    expect(pub.items.map((p) => p.id)).toContain(person.id);

    // The confirmed recipient line goes on envelopes, with the year of birth.
    const address = (await (await t.call('GET', `/api/prisoners/${person.id}/address`)).json()) as {
      recipient: string;
      confirmed: boolean;
    };
    expect(address).toMatchObject({ recipient: 'Петровой Анне Сергеевне, 1987 г.р.', confirmed: true });

    const [audit] = await auditRows('directory.prisoner_edit', person.id);
    expect(audit).toMatchObject({ actorType: 'volunteer', actorId: coordinatorId, subjectType: 'prisoner' });
    expect((audit!.data as { changes: Record<string, unknown> }).changes).toMatchObject({
      surname: { from: 'Иванов', to: 'Петрова' },
      consentToList: { from: false, to: true },
      summaries: { from: {}, to: { en: 'A teacher from Pskov.' } },
    });

    // Saving the same form again changes nothing and writes no audit row.
    const again = await t.call(
      'PATCH',
      `/api/coordinator/prisoners/${person.id}`,
      { surname: 'Петрова', summaries: { en: 'A teacher from Pskov.' } },
      as(coordinator),
    );
    expect(((await again.json()) as { changes: object }).changes).toEqual({});
    expect(await auditRows('directory.prisoner_edit', person.id)).toHaveLength(1);

    // An empty summary removes that language.
    await t.call(
      'PATCH',
      `/api/coordinator/prisoners/${person.id}`,
      { summaries: { en: '' } },
      as(coordinator),
    );
    const cleared = (await (
      await t.call('GET', `/api/coordinator/prisoners/${person.id}`, undefined, as(coordinator))
    ).json()) as Record_;
    expect(cleared.summaries).toEqual({});
  });

  it('takes a person released for good out of their facility, the history keeping it', async () => {
    const { db } = t.runtime;
    const person = await buildPrisoner(db);
    await db.insert(prisonerFacilityHistory).values({
      prisonerId: person.id,
      facilityId: person.facilityId,
      arrivedOn: '2023-05-01',
      source: 'test',
    });
    const res = await t.call(
      'PATCH',
      `/api/coordinator/prisoners/${person.id}`,
      { status: 'released', releasedOn: '2025-03-01' },
      as(coordinator),
    );
    const { record, changes } = (await res.json()) as { record: Record_; changes: Record<string, unknown> };
    expect(record).toMatchObject({ status: 'released', facility: null, canReceiveLetters: false });
    expect(record.history[0]).toMatchObject({ facility: { id: person.facilityId }, arrivedOn: '2023-05-01' });
    expect(record.history[0]!.leftOn).not.toBeNull();
    expect(changes.facilityId).toEqual({ from: person.facilityId, to: null });
  });

  it('answers a bad value with 400 and a message naming the problem', async () => {
    const person = await buildPrisoner(t.runtime.db);
    const url = `/api/coordinator/prisoners/${person.id}`;
    const problems = async (body: unknown) => {
      const res = await t.call('PATCH', url, body, as(coordinator));
      expect(res.status).toBe(400);
      return ((await res.json()) as { error: { details: { path: string; message: string }[] } }).error
        .details;
    };
    expect(await problems({ birthYear: 1850 })).toEqual([
      { path: 'birthYear', message: 'The birth year cannot be before 1900.' },
    ]);
    expect(await problems({ birthDate: '1990-05-01', birthYear: 1991 })).toEqual([
      { path: 'birthYear', message: 'The birth year (1991) does not match the birth date (1990-05-01).' },
    ]);
    expect((await problems({ status: 'free' }))[0]!.path).toBe('status');
    expect((await problems({ surname: '  ' }))[0]!.message).toBe('The surname cannot be empty.');
    expect((await problems({ languages: ['russian'] }))[0]!.message).toMatch(/two-letter codes/);
    expect((await problems({ canReceiveLetters: true }))[0]!.message).toMatch(/canReceiveLetters/);
    const [row] = await t.runtime.db.select().from(prisoners).where(eq(prisoners.id, person.id));
    expect(row!.birthYear).toBe(1990);
  });

  it('refuses an edit made on an older copy (409), and a missing person (404)', async () => {
    const person = await buildPrisoner(t.runtime.db);
    const url = `/api/coordinator/prisoners/${person.id}`;
    const stale = new Date(person.updatedAt.getTime() - 60_000).toISOString();
    const res = await t.call('PATCH', url, { version: stale, sentence: '5 лет' }, as(coordinator));
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('prisoner_changed');
    const missing = await t.call(
      'PATCH',
      '/api/coordinator/prisoners/00000000-0000-4000-8000-000000000000',
      { sentence: '5 лет' },
      as(coordinator),
    );
    expect(missing.status).toBe(404);
  });

  it('is for coordinators: others get 403; dispatchers and moderators may read', async () => {
    const person = await buildPrisoner(t.runtime.db);
    const url = `/api/coordinator/prisoners/${person.id}`;
    const translator = await cookieOf(['translator']);
    expect((await t.call('GET', url, undefined, as(translator))).status).toBe(403);
    expect((await t.call('PATCH', url, { sentence: 'x' }, as(translator))).status).toBe(403);
    const dispatcher = await cookieOf(['dispatcher']);
    expect((await t.call('GET', url, undefined, as(dispatcher))).status).toBe(200);
    expect((await t.call('PATCH', url, { sentence: 'x' }, as(dispatcher))).status).toBe(403);
    expect((await t.call('POST', `${url}/transfer`, { toFacilityId: null }, as(dispatcher))).status).toBe(
      403,
    );
    expect((await t.call('GET', url)).status).toBe(401);
  });
});

describe('recording a transfer', () => {
  const transitions = (id: string) =>
    t.runtime.db
      .select({ name: letterEvents.name, to: letterEvents.toStatus })
      .from(letterEvents)
      .where(and(eq(letterEvents.letterId, id), eq(letterEvents.kind, 'transition')))
      .orderBy(letterEvents.id);
  const letterRow = async (id: string) =>
    (await t.runtime.db.select().from(letters).where(eq(letters.id, id)))[0]!;

  it('moves the person, records the history and re-routes their waiting letters', async () => {
    const { db } = t.runtime;
    const from = await buildRealFacility(db, KRESTY, ['fsin_pismo']);
    const to = await buildRealFacility(db, POKROV, ['post']);
    const person = await buildPrisoner(db, { facilityId: from.id, status: 'pre_trial' });
    await db
      .insert(prisonerFacilityHistory)
      .values({ prisonerId: person.id, facilityId: from.id, arrivedOn: '2024-01-10', source: 'test' });
    const letter = await buildLetter(db, {
      prisonerId: person.id,
      facilityId: from.id,
      status: 'approved',
      channel: 'fsin_pismo',
    });

    const res = await t.call(
      'POST',
      `/api/coordinator/prisoners/${person.id}/transfer`,
      { toFacilityId: to.id, on: '2025-02-01', status: 'convicted' },
      as(coordinator),
    );
    expect(res.status).toBe(200);
    const { record, transfer } = (await res.json()) as { record: Record_; transfer: { rerouting: boolean } };
    expect(transfer.rerouting).toBe(true);
    expect(record).toMatchObject({ status: 'convicted', facility: { id: to.id } });
    expect(record.history.map((h) => [h.facility?.id, h.arrivedOn, h.leftOn])).toEqual([
      [to.id, '2025-02-01', null],
      [from.id, '2024-01-10', '2025-02-01'],
    ]);

    await t.runJobs();
    expect(await letterRow(letter.id)).toMatchObject({
      status: 'approved',
      facilityId: to.id,
      channel: null,
    });
    expect((await transitions(letter.id)).map((s) => `${s.name}:${s.to}`)).toEqual([
      'hold:on_hold',
      'release:approved',
    ]);

    const [audit] = await auditRows('directory.prisoner_transfer', person.id);
    expect(audit!.data).toMatchObject({
      on: '2025-02-01',
      changes: { facilityId: { from: from.id, to: to.id }, status: { from: 'pre_trial', to: 'convicted' } },
    });
  });

  it('into transit holds approved letters; arriving releases them to the new facility', async () => {
    const { db } = t.runtime;
    const from = await buildRealFacility(db, KRESTY, ['fsin_pismo']);
    const person = await buildPrisoner(db, { facilityId: from.id, status: 'convicted' });
    const letter = await buildLetter(db, { prisonerId: person.id, facilityId: from.id, status: 'approved' });
    const url = `/api/coordinator/prisoners/${person.id}/transfer`;

    const away = await t.call('POST', url, { toFacilityId: null }, as(coordinator));
    expect(away.status).toBe(200);
    const gone = (await away.json()) as { record: Record_; transfer: { lettersHeld: number } };
    expect(gone.transfer.lettersHeld).toBe(1);
    expect(gone.record).toMatchObject({ status: 'in_transit', facility: null, canReceiveLetters: false });
    expect(gone.record.letters).toEqual({ waiting: 1, onHold: 1 });
    expect((await letterRow(letter.id)).status).toBe('on_hold');
    expect((await t.call('POST', url, { toFacilityId: null }, as(coordinator))).status).toBe(409);

    const to = await buildRealFacility(db, MORDOVIA, ['zonatelecom', 'post']);
    const back = await t.call('POST', url, { toFacilityId: to.id }, as(coordinator));
    expect(back.status).toBe(200);
    expect(((await back.json()) as { record: Record_ }).record).toMatchObject({
      status: 'convicted',
      canReceiveLetters: true,
    });
    await t.runJobs();
    expect(await letterRow(letter.id)).toMatchObject({ status: 'approved', facilityId: to.id });
    expect((await transitions(letter.id)).map((s) => `${s.name}:${s.to}`)).toEqual([
      'hold:on_hold',
      'release:approved',
    ]);
  });

  it('refuses a closed facility, an unknown one, and a person out of custody', async () => {
    const { db } = t.runtime;
    const closed = await buildRealFacility(db, POKROV, ['post']);
    await t.call(
      'PATCH',
      `/api/coordinator/facilities/${closed.id}`,
      { closedOn: '2024-06-01' },
      as(coordinator),
    );
    const person = await buildPrisoner(db);
    const url = `/api/coordinator/prisoners/${person.id}/transfer`;
    const refused = await t.call('POST', url, { toFacilityId: closed.id }, as(coordinator));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('facility_closed');
    const unknown = await t.call(
      'POST',
      url,
      { toFacilityId: '00000000-0000-4000-8000-000000000000' },
      as(coordinator),
    );
    expect(unknown.status).toBe(404);
    const bad = await t.call('POST', url, { toFacilityId: 'ИК-2' }, as(coordinator));
    expect(bad.status).toBe(400);
    const released = await buildPrisoner(db, { status: 'released' });
    const free = await t.call(
      'POST',
      `/api/coordinator/prisoners/${released.id}/transfer`,
      { toFacilityId: null },
      as(coordinator),
    );
    expect(((await free.json()) as { error: { code: string } }).error.code).toBe('prisoner_not_in_custody');
  });
});
