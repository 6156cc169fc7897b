/**
 * Runs once before the test files. When TEST_DATABASE_URL is set it prepares a migrated template
 * database on that server, so each test file can clone its own database from it in milliseconds.
 */
import { prepareTemplateDatabase, dropTemplateDatabase } from './postgres-template';

export async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) process.env.LB_TEST_TEMPLATE_DB = await prepareTemplateDatabase(url);
}

export async function teardown(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  const template = process.env.LB_TEST_TEMPLATE_DB;
  if (url && template) await dropTemplateDatabase(url, template);
}
