/**
 * Missing or extra paragraphs: a sign that a paragraph was skipped or merged, or that the
 * translation gained one the writer did not write.
 */
import { paragraphBlocks } from '../segment';
import type { QualityIssue, Span } from './types';

/**
 * One issue when the two lists of paragraphs differ in number, pointing at the first extra
 * paragraph of the translation or the first missing one of the source.
 */
export function paragraphCountIssues(source: readonly Span[], target: readonly Span[]): QualityIssue[] {
  if (source.length === target.length) return [];
  const params = { expected: source.length, actual: target.length };
  const message = `the source has ${source.length} paragraphs, the translation ${target.length}`;
  const issue: QualityIssue = { code: 'paragraph_count', severity: 'warning', params, message };
  const first = target.length > source.length ? target[source.length] : source[target.length];
  if (first) issue[target.length > source.length ? 'target' : 'source'] = { ...first };
  return [issue];
}

/** {@link paragraphCountIssues} over two texts. */
export function checkParagraphs(source: string, target: string): QualityIssue[] {
  return paragraphCountIssues(paragraphBlocks(source), paragraphBlocks(target));
}
