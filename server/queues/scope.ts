/**
 * The SQL behind a queue: which rows belong to it for a given volunteer. Letters are joined to
 * their writer (pseudonym, language), replies to their letter and writer. Aliases are fixed:
 * `i` is the item (letters or replies row), `w` the writer, and `letterAlias()` names the letter
 * (`i` itself in letter queues, `l` in reply queues).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { SessionUser } from '../http/app-env';
import { sourceLanguagesIntoRussian, targetLanguagesFromRussian } from '../policies';
import type { QueueDefinition } from './definitions';

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** `FROM … JOIN …` for the queue's kind. */
export function queueFrom(queue: Pick<QueueDefinition, 'kind'>): SQL {
  return queue.kind === 'letter'
    ? sql`FROM letters i JOIN writers w ON w.id = i.writer_id`
    : sql`FROM replies i LEFT JOIN letters l ON l.id = i.letter_id LEFT JOIN writers w ON w.id = l.writer_id`;
}

/** The WHERE condition: status in the queue, and the translator's languages where they apply. */
export function queueWhere(queue: QueueDefinition, user: Pick<SessionUser, 'languagePairs'>): SQL {
  const conditions = [sql`i.status IN (${list(queue.statuses)})`];
  if (queue.languageFilter) {
    const languages =
      queue.languageFilter === 'into-russian'
        ? sourceLanguagesIntoRussian(user.languagePairs)
        : targetLanguagesFromRussian(user.languagePairs);
    const column =
      queue.languageFilter === 'into-russian' ? sql`${letterAlias(queue)}.language` : sql`w.language`;
    conditions.push(languages.length ? sql`${column} IN (${list(languages)})` : sql`FALSE`);
  }
  return sql.join(conditions, sql` AND `);
}

/** The table holding items of this kind (for UPDATEs). */
export function queueTable(kind: QueueDefinition['kind']): SQL {
  return sql`${sql.identifier(kind === 'letter' ? 'letters' : 'replies')}`;
}

/** The alias of the letter row in `queueFrom(queue)`. */
export function letterAlias(queue: Pick<QueueDefinition, 'kind'>): SQL {
  return sql.raw(queue.kind === 'letter' ? 'i' : 'l');
}
