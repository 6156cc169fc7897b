import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { buildPrisoner } from '../../../test/factories';
import { buildVolunteer, volunteerCookie } from '../../../test/volunteers';
import { auditLog, facilities, facilityChannels } from '../../db/schema';
import { facilitySearchText } from '../../directory/facilities/search-text';
import { buildRealFacility } from '../../replies/fixtures';

const LEFORTOVO = 'ФКУ СИЗО-2 ФСИН России';
const POKROV = 'ФКУ ИК-2 УФСИН России по Владимирской области';

let t: TestApp;
let coordinator: string;

beforeAll(async () => {
  t = await createTestApp();
  const v = await buildVolunteer(t.runtime.db, { roles: ['coordinator'] });
  coordinator = await volunteerCookie(t.runtime.db, t.runtime.config, v.id);
});
afterAll(() => t.close());

const as = (cookie: string) => ({ cookie });

interface Facility {
  id: string;
  shortName: string;
  closedOn: string | null;
  version: string;
  prisonersCount: number;
  nicknames: string[];
  address: { postcode: string | null; street: string | null; house: string | null; postal: string };
  channels: { channel: string; available: boolean; priceMinor: number | null; serviceName: string | null }[];
}

describe('the coordinator facility registry', () => {
  it('searches by nickname and counts everyone held there, listed or not', async () => {
    const { db } = t.runtime;
    const lefortovo = await buildRealFacility(db, LEFORTOVO, ['fsin_pismo']);
    await buildPrisoner(db, { facilityId: lefortovo.id, consentToList: false });
    await buildPrisoner(db, { facilityId: lefortovo.id, consentToList: true });
    // A nickname added by hand is searchable at once, in either script.
    const named = await t.call(
      'PATCH',
      `/api/coordinator/facilities/${lefortovo.id}`,
      { nicknames: ['Лефортово'] },
      as(coordinator),
    );
    expect(((await named.json()) as { facility: Facility }).facility.nicknames).toEqual(['Лефортово']);

    const res = await t.call('GET', '/api/coordinator/facilities?q=lefortovo', undefined, as(coordinator));
    expect(res.status).toBe(200);
    const page = (await res.json()) as { items: Facility[] };
    const found = page.items.find((f) => f.id === lefortovo.id);
    expect(found).toMatchObject({ prisonersCount: 2, closedOn: null });
    const pub = (await (await t.call('GET', `/api/facilities/${lefortovo.id}`)).json()) as {
      prisonersCount: number;
    };
    expect(pub.prisonersCount).toBe(1);
  });

  it('edits channels and the postal address, persisted and audited with before/after', async () => {
    const { db } = t.runtime;
    const f = await buildRealFacility(db, POKROV, ['post']);
    const loaded = (await (
      await t.call('GET', `/api/coordinator/facilities/${f.id}`, undefined, as(coordinator))
    ).json()) as Facility;

    const res = await t.call(
      'PATCH',
      `/api/coordinator/facilities/${f.id}`,
      {
        version: loaded.version,
        postcode: '601120',
        addressStreet: 'ул. Франца Штольверка',
        addressHouse: 'д. 6',
        channels: [
          { channel: 'fsin_pismo', available: true, priceMinor: 5500, serviceName: 'ФКУ ИК-2 (Покров)' },
          { channel: 'post', available: false },
        ],
      },
      as(coordinator),
    );
    expect(res.status).toBe(200);
    const { facility, changes } = (await res.json()) as {
      facility: Facility;
      changes: Record<string, unknown>;
    };
    expect(facility.address).toMatchObject({
      postcode: '601120',
      street: 'ул. Франца Штольверка',
      house: 'д. 6',
    });
    expect(facility.address.postal).toContain('601120');
    expect(facility.channels).toEqual([
      expect.objectContaining({
        channel: 'fsin_pismo',
        available: true,
        priceMinor: 5500,
        serviceName: 'ФКУ ИК-2 (Покров)',
      }),
      expect.objectContaining({ channel: 'post', available: false }),
    ]);
    expect(changes['channels.post']).toEqual({
      from: { available: true, priceMinor: null, serviceName: null },
      to: { available: false, priceMinor: null, serviceName: null },
    });

    const rows = await db.select().from(facilityChannels).where(eq(facilityChannels.facilityId, f.id));
    expect(rows.find((r) => r.channel === 'fsin_pismo')?.checkedAt).toBeInstanceOf(Date);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'directory.facility_edit'), eq(auditLog.subjectId, f.id)))
      .orderBy(desc(auditLog.id));
    expect((audit!.data as { changes: Record<string, unknown> }).changes).toMatchObject({
      postcode: { from: f.postcode, to: '601120' },
      'channels.fsin_pismo': { from: null, to: { available: true, priceMinor: 5500 } },
    });

    // The version the form was loaded with is now stale.
    const stale = await t.call(
      'PATCH',
      `/api/coordinator/facilities/${f.id}`,
      { version: loaded.version, addressHouse: 'д. 7' },
      as(coordinator),
    );
    expect(stale.status).toBe(409);
  });

  it('answers bad values with 400 and a clear message', async () => {
    const f = await buildRealFacility(t.runtime.db, POKROV);
    const url = `/api/coordinator/facilities/${f.id}`;
    const details = async (body: unknown) => {
      const res = await t.call('PATCH', url, body, as(coordinator));
      expect(res.status).toBe(400);
      return ((await res.json()) as { error: { details: { path: string; message: string }[] } }).error
        .details;
    };
    expect(await details({ postcode: '60112' })).toEqual([
      { path: 'postcode', message: 'A postcode is six digits.' },
    ]);
    expect(await details({ channels: [{ channel: 'pigeon', available: true }] })).toEqual([
      { path: 'channels.0.channel', message: 'The channel is fsin_pismo, zonatelecom or post.' },
    ]);
    expect(
      (await details({ channels: [{ channel: 'post', available: true, priceMinor: -1 }] }))[0]!.message,
    ).toBe('The price cannot be negative.');
    expect(
      (
        await details({
          channels: [
            { channel: 'post', available: true },
            { channel: 'post', available: false },
          ],
        })
      )[0]!.message,
    ).toBe('Each channel appears once.');
  });

  it('marks a facility closed: out of the public search, people still held there reported', async () => {
    const { db } = t.runtime;
    const f = await buildRealFacility(db, POKROV, ['post']);
    await db
      .update(facilities)
      .set({ searchText: facilitySearchText(f) })
      .where(eq(facilities.id, f.id));
    await buildPrisoner(db, { facilityId: f.id });
    const publicIds = async () =>
      (
        (await (await t.call('GET', '/api/facilities?q=ИК-2%20Владимирская&limit=100')).json()) as {
          items: { id: string }[];
        }
      ).items.map((x) => x.id);
    expect(await publicIds()).toContain(f.id);
    const res = await t.call(
      'PATCH',
      `/api/coordinator/facilities/${f.id}`,
      { closedOn: '2024-12-31' },
      as(coordinator),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { facility: Facility; peopleHeld: number };
    expect(body).toMatchObject({ facility: { closedOn: '2024-12-31' }, peopleHeld: 1 });

    expect(await publicIds()).not.toContain(f.id);
    const closed = (await (
      await t.call('GET', '/api/coordinator/facilities?closed=true&limit=100', undefined, as(coordinator))
    ).json()) as { items: { id: string }[] };
    expect(closed.items.map((x) => x.id)).toContain(f.id);

    const reopened = await t.call(
      'PATCH',
      `/api/coordinator/facilities/${f.id}`,
      { closedOn: null },
      as(coordinator),
    );
    expect(((await reopened.json()) as { facility: Facility }).facility.closedOn).toBeNull();
  });

  it('is for coordinators: a translator gets 403, a dispatcher may read but not edit', async () => {
    const f = await buildRealFacility(t.runtime.db, POKROV);
    const url = `/api/coordinator/facilities/${f.id}`;
    const cookie = async (roles: string[]) =>
      volunteerCookie(t.runtime.db, t.runtime.config, (await buildVolunteer(t.runtime.db, { roles })).id);
    const translator = await cookie(['translator']);
    expect((await t.call('GET', '/api/coordinator/facilities', undefined, as(translator))).status).toBe(403);
    expect((await t.call('PATCH', url, { postcode: '601120' }, as(translator))).status).toBe(403);
    const dispatcher = await cookie(['dispatcher']);
    expect((await t.call('GET', url, undefined, as(dispatcher))).status).toBe(200);
    expect((await t.call('PATCH', url, { postcode: '601120' }, as(dispatcher))).status).toBe(403);
  });
});
