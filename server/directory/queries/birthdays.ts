/**
 * Birthdays coming up: public people whose next birthday falls within `withinDays` of `today`,
 * soonest first, with the age they turn. February 29 birthdays fall on February 28 in other years.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { queryRows } from '../../db/rows';
import { canReceiveLettersSql } from '../prisoners/status';
import { nextBirthdaySql, todayIso } from './next-birthday';
import { PUBLIC_PRISONER, prisonerListColumns, prisonerListFrom, type PrisonerListRow } from './prisoner-row';

/** A person with their next birthday. */
export type BirthdayRow = PrisonerListRow & { next_birthday: string; turns: number; days_until: number };

/** Options of `upcomingBirthdays`. */
export interface BirthdayOptions {
  withinDays: number;
  /** Only people who can receive letters now (a card can reach them). Default true. */
  writableOnly?: boolean;
  today?: Date;
  lang?: string;
  limit?: number;
}

/** Lists upcoming birthdays. */
export async function upcomingBirthdays(db: Queryable, options: BirthdayOptions): Promise<BirthdayRow[]> {
  const today = todayIso(options.today);
  const writable = options.writableOnly ?? true;
  return queryRows<BirthdayRow>(
    db,
    sql`SELECT * FROM (
          SELECT ${prisonerListColumns()}, b.next::text AS next_birthday, (b.next - ${today}::date) AS days_until,
                 (extract(year FROM b.next) - extract(year FROM p.birth_date))::int AS turns
            FROM ${prisonerListFrom(options.lang ?? 'en')}
            CROSS JOIN LATERAL (SELECT ${nextBirthdaySql(sql`p.birth_date`, today)} AS next) b
           WHERE ${PUBLIC_PRISONER} AND p.birth_date IS NOT NULL ${writable ? sql`AND ${canReceiveLettersSql('p')}` : sql``}
        ) x
       WHERE days_until BETWEEN 0 AND ${options.withinDays}
       ORDER BY days_until, surname, given_name
       LIMIT ${options.limit ?? 100}`,
  );
}
