/**
 * Test helpers for the dispatcher console: real facilities from the shared data set with the
 * channel rows a test gives them, and letters seeded as approved with an approved Russian
 * translation — the state a moderator leaves them in.
 */
import { realFacility, SAMPLE_RUSSIAN_LETTER } from '../channels/fixtures';
import type { Queryable } from '../db/database';
import { eq } from 'drizzle-orm';
import { facilityChannels, prisoners, translations } from '../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { buildFacility, buildLetter, buildPrisoner } from '../../test/factories';
import { buildVolunteer, volunteerCookie } from '../../test/volunteers';

/** A channel row to give a facility. */
export interface ChannelRowSeed {
  channel: 'fsin_pismo' | 'zonatelecom' | 'post';
  priceMinor?: number | null;
  serviceName?: string | null;
  serviceRegion?: string | null;
  available?: boolean;
}

/** Inserts the real facility named `officialName`, with `channels`. */
export async function seedRealFacility(db: Queryable, officialName: string, channels: ChannelRowSeed[] = []) {
  const row = realFacility(officialName);
  const facility = await buildFacility(db, {
    region: row.region,
    type: row.type,
    number: row.number,
    shortName: row.short_name,
    territorialBody: row.ufsin,
    officialName: row.official_name,
    postcode: row.postcode,
    addressRaw: `${row.postcode}, ${row.address_without_postcode}`,
  });
  for (const channel of channels) {
    await db.insert(facilityChannels).values({
      facilityId: facility.id,
      channel: channel.channel,
      available: channel.available ?? true,
      priceMinor: channel.priceMinor ?? null,
      serviceName: channel.serviceName ?? null,
      serviceRegion: channel.serviceRegion ?? null,
    });
  }
  return facility;
}

/** What an approved letter is written with. */
export interface ApprovedLetterSeed {
  facilityId: string | null;
  russianText?: string;
  signature?: string;
  prisoner?: Parameters<typeof buildPrisoner>[1];
}

/**
 * A letter written in English, translated and approved: status `approved`, an approved `to_ru`
 * translation. `facilityId: null` leaves the prisoner without a facility.
 */
export async function seedApprovedLetter(db: Queryable, seed: ApprovedLetterSeed) {
  let prisoner = await buildPrisoner(db, { ...seed.prisoner, facilityId: seed.facilityId ?? undefined });
  if (seed.facilityId === null) {
    // The factory gives every prisoner a facility; this one has none on record.
    const [updated] = await db
      .update(prisoners)
      .set({ facilityId: null })
      .where(eq(prisoners.id, prisoner.id))
      .returning();
    prisoner = updated!;
  }
  const letter = await buildLetter(db, {
    status: 'approved',
    prisonerId: prisoner.id,
    facilityId: seed.facilityId,
    signature: seed.signature ?? '',
  });
  await db.insert(translations).values({
    letterId: letter.id,
    direction: 'to_ru',
    sourceLanguage: 'en',
    targetLanguage: 'ru',
    text: seed.russianText ?? SAMPLE_RUSSIAN_LETTER,
    status: 'approved',
  });
  return { letter, prisoner };
}

/** Who calls in console tests. */
export type ConsoleCaller =
  'dispatcher' | 'dispatcher2' | 'coordinator' | 'admin' | 'translator' | 'anonymous';

/** An in-process app with a signed-in volunteer of each kind the console tests need. */
export interface ConsoleTestApp {
  t: TestApp;
  userIds: Record<Exclude<ConsoleCaller, 'anonymous'>, string>;
  /** A JSON call as `caller`; returns the status and the parsed body. */
  as<T = Record<string, unknown>>(
    caller: ConsoleCaller,
    method: string,
    url: string,
    body?: unknown,
  ): Promise<{ status: number; body: T; res: Response }>;
}

/** Builds the app and its volunteers. */
export async function createConsoleTestApp(): Promise<ConsoleTestApp> {
  const t = await createTestApp();
  const { db, config } = t.runtime;
  const roles: Record<Exclude<ConsoleCaller, 'anonymous'>, string> = {
    dispatcher: 'dispatcher',
    dispatcher2: 'dispatcher',
    coordinator: 'coordinator',
    admin: 'admin',
    translator: 'translator',
  };
  const userIds = {} as ConsoleTestApp['userIds'];
  const cookies = new Map<ConsoleCaller, string>();
  for (const [caller, role] of Object.entries(roles) as [Exclude<ConsoleCaller, 'anonymous'>, string][]) {
    const volunteer = await buildVolunteer(db, {
      roles: [role],
      displayName: caller,
      languagePairs: role === 'translator' ? ['en-ru'] : [],
    });
    userIds[caller] = volunteer.id;
    cookies.set(caller, await volunteerCookie(db, config, volunteer.id));
  }
  return {
    t,
    userIds,
    async as(caller, method, url, body) {
      const cookie = cookies.get(caller);
      const res = await t.call(method, url, body, cookie ? { cookie } : {});
      const type = res.headers.get('content-type') ?? '';
      const parsed: unknown = type.includes('json') ? await res.clone().json() : undefined;
      return { status: res.status, body: parsed as never, res };
    },
  };
}
