/**
 * chrF: character n-gram F-score (Popović 2015), computed as sacreBLEU 2.x does by default
 * (`CHRF(char_order=6, word_order=0, beta=2)`, no whitespace, case-sensitive, no eps smoothing):
 * whitespace is removed, n-grams of order 1..6 are counted in hypothesis and reference, the
 * statistics are summed over all sentences of a corpus, precision and recall are averaged over the
 * orders where both sides have n-grams, and F-beta is taken of those averages, scaled to 0..100.
 */

/** Character n-gram orders. */
export const CHRF_ORDER = 6;
/** Recall weighs β² = 4 times as much as precision. */
export const CHRF_BETA = 2;

/** Per order n (index n-1): n-grams in the hypothesis, in the reference, and in common. */
export interface ChrfStatistics {
  hypothesis: number[];
  reference: number[];
  matching: number[];
}

function ngramCounts(chars: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** The n-gram statistics of one sentence pair. */
export function chrfStatistics(hypothesis: string, reference: string): ChrfStatistics {
  // Code points, not UTF-16 units, so characters outside the BMP count once (as in Python).
  const hyp = [...hypothesis.replace(/\s+/gu, '')];
  const ref = [...reference.replace(/\s+/gu, '')];
  const stats: ChrfStatistics = { hypothesis: [], reference: [], matching: [] };
  for (let n = 1; n <= CHRF_ORDER; n++) {
    const h = ngramCounts(hyp, n);
    const r = ngramCounts(ref, n);
    let matching = 0;
    for (const [gram, count] of h) matching += Math.min(count, r.get(gram) ?? 0);
    stats.hypothesis.push(Math.max(0, hyp.length - n + 1));
    stats.reference.push(Math.max(0, ref.length - n + 1));
    stats.matching.push(matching);
  }
  return stats;
}

/** The score (0..100) of summed statistics. */
export function chrfFromStatistics(stats: ChrfStatistics): number {
  let precision = 0;
  let recall = 0;
  let effectiveOrder = 0;
  for (let i = 0; i < CHRF_ORDER; i++) {
    const h = stats.hypothesis[i] ?? 0;
    const r = stats.reference[i] ?? 0;
    if (h > 0 && r > 0) {
      precision += (stats.matching[i] ?? 0) / h;
      recall += (stats.matching[i] ?? 0) / r;
      effectiveOrder++;
    }
  }
  if (effectiveOrder === 0) return 0;
  precision /= effectiveOrder;
  recall /= effectiveOrder;
  if (precision + recall === 0) return 0;
  const beta2 = CHRF_BETA * CHRF_BETA;
  return (100 * (1 + beta2) * precision * recall) / (beta2 * precision + recall);
}

/** chrF of one hypothesis against one reference. */
export function sentenceChrf(hypothesis: string, reference: string): number {
  return chrfFromStatistics(chrfStatistics(hypothesis, reference));
}

/** Corpus chrF: statistics summed over all pairs before scoring (not an average of sentence scores). */
export function corpusChrf(hypotheses: readonly string[], references: readonly string[]): number {
  if (hypotheses.length !== references.length) {
    throw new Error(
      `chrF needs as many references (${references.length}) as hypotheses (${hypotheses.length})`,
    );
  }
  const total: ChrfStatistics = {
    hypothesis: Array<number>(CHRF_ORDER).fill(0),
    reference: Array<number>(CHRF_ORDER).fill(0),
    matching: Array<number>(CHRF_ORDER).fill(0),
  };
  hypotheses.forEach((hypothesis, i) => {
    const s = chrfStatistics(hypothesis, references[i] ?? '');
    for (let n = 0; n < CHRF_ORDER; n++) {
      total.hypothesis[n]! += s.hypothesis[n] ?? 0;
      total.reference[n]! += s.reference[n] ?? 0;
      total.matching[n]! += s.matching[n] ?? 0;
    }
  });
  return chrfFromStatistics(total);
}
