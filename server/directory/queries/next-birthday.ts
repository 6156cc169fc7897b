/**
 * A person's next birthday on or after a day, in SQL, for the birthdays list and the directory's
 * "birthday soon" filter. PostgreSQL adds years to February 29 as February 28 in other years.
 */
import { sql, type SQL } from 'drizzle-orm';

/** The date of the next birthday of `birthDate` on or after `today` (YYYY-MM-DD). */
export function nextBirthdaySql(birthDate: SQL, today: string): SQL {
  const years = sql`(extract(year FROM ${today}::date) - extract(year FROM ${birthDate}))::int`;
  const thisYear = sql`(${birthDate} + make_interval(years => ${years}))::date`;
  return sql`(CASE WHEN ${thisYear} >= ${today}::date THEN ${thisYear}
                   ELSE (${birthDate} + make_interval(years => ${years} + 1))::date END)`;
}

/** Today's date in UTC, as the queries compare it. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
