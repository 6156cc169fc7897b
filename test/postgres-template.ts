/**
 * Per-file isolation on real PostgreSQL: a template database migrated once per run, cloned with
 * `CREATE DATABASE … TEMPLATE …` for each test file, dropped afterwards. Names carry the pid and a
 * random suffix, so several test runs on one server never collide.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../server/db/database';
import { runMigrations } from '../server/db/migrate';

/** The URL of database `name` on the server of `url`. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates a template database; returns its name. */
export async function prepareTemplateDatabase(url: string): Promise<string> {
  const name = `lb_tpl_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(url, (c) => c.query(`CREATE DATABASE ${name}`));
  const templateUrl = withDatabase(url, name);
  const database = await openDatabase({ kind: 'postgres', url: templateUrl, poolSize: 1 });
  try {
    await runMigrations(database, templateUrl);
  } finally {
    await database.close();
  }
  return name;
}

/** Clones the template into a fresh database; returns its URL. */
export async function cloneTemplateDatabase(
  url: string,
  template: string,
): Promise<{ url: string; name: string }> {
  const name = `lb_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(url, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return { url: withDatabase(url, name), name };
}

/** Drops a database made by this module (its connections are closed first). */
export async function dropTemplateDatabase(url: string, name: string): Promise<void> {
  await admin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
