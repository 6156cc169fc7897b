/**
 * `import prisoners`: writes a parsed list in batches, one transaction each, so a crash leaves
 * whole batches and nothing half-written. A batch that fails is retried row by row, so the row at
 * fault is reported with its line and the database's reason while the rest go in. `allOrNothing`
 * runs everything in one transaction and writes nothing if any row is bad; `dryRun` runs the real
 * import inside a transaction and rolls it back, so its diff is exactly what would happen.
 */
import type { Queryable } from '../../db/database';
import { pgErrorCode } from '../../errors';
import { facilities } from '../../db/schema';
import { FacilityMatcher } from '../facilities/match';
import type { RowProblem } from '../facilities/registry-csv';
import {
  processBatch,
  type BatchContext,
  type BatchResult,
  type PrisonerChange,
  type Transfer,
} from './prisoner-batch';
import type { ParsedPrisoners, PrisonerInput } from './prisoner-input';

export type { PrisonerChange, Transfer } from './prisoner-batch';

/** Options of a prisoner import. */
export interface PrisonerImportOptions {
  dryRun?: boolean;
  allOrNothing?: boolean;
  /** Rows per transaction (default 500). */
  batchSize?: number;
  now?: Date;
}

/** What the import did (with `dryRun`: what it would do). */
export interface PrisonerImportReport {
  dryRun: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Bad rows: not imported. */
  skipped: RowProblem[];
  /** Imported rows with a remark (a facility that could not be matched). */
  warnings: RowProblem[];
  /** Rows recognised as a person already known under another id or spelling. */
  merged: { line: number; prisonerId: string; how: string }[];
  changes: PrisonerChange[];
  /** Moves out of a known facility; each also raised a 'prisoner-transferred' job. */
  transfers: Transfer[];
  /** Set when nothing was written because of `allOrNothing`. */
  aborted?: string;
}

class DryRunRollback extends Error {}

function absorb(report: PrisonerImportReport, r: BatchResult): void {
  report.inserted += r.inserted;
  report.updated += r.updated;
  report.unchanged += r.unchanged;
  report.changes.push(...r.changes);
  report.merged.push(...r.merged);
  report.warnings.push(...r.warnings);
  report.transfers.push(...r.transfers);
}

/** Remembers who a committed batch named, so later batches report repeats of the same person. */
function remember(ctx: BatchContext, r: BatchResult): BatchResult {
  for (const { prisonerId, line } of r.touched) if (!ctx.seen.has(prisonerId)) ctx.seen.set(prisonerId, line);
  return r;
}

const message = (error: unknown) => {
  const cause = (error as { cause?: unknown })?.cause;
  const inner = cause instanceof Error ? cause.message : undefined;
  return inner ?? (error instanceof Error ? error.message : String(error));
};

/** Imports a parsed list. */
export async function importPrisoners(
  db: Queryable,
  parsed: ParsedPrisoners,
  options: PrisonerImportOptions = {},
): Promise<PrisonerImportReport> {
  const report: PrisonerImportReport = {
    dryRun: options.dryRun ?? false,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    skipped: [...parsed.problems],
    warnings: [],
    merged: [],
    changes: [],
    transfers: [],
  };
  if (options.allOrNothing && parsed.problems.length > 0) {
    report.aborted = `${parsed.problems.length} bad row(s); nothing written (--all-or-nothing)`;
    return report;
  }
  const ctx: BatchContext = {
    matcher: new FacilityMatcher(await db.select().from(facilities)),
    defaultConsent: parsed.defaultConsent,
    now: options.now ?? new Date(),
    seen: new Map(),
  };
  const size = options.batchSize ?? 500;
  const batches: PrisonerInput[][] = [];
  for (let i = 0; i < parsed.inputs.length; i += size) batches.push(parsed.inputs.slice(i, i + size));

  if (options.dryRun || options.allOrNothing) {
    const collected: BatchResult[] = [];
    try {
      await db.transaction(async (tx) => {
        for (const batch of batches) collected.push(remember(ctx, await processBatch(tx, batch, ctx)));
        if (options.dryRun) throw new DryRunRollback();
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) {
        report.aborted = `database error, nothing written: ${message(error)}`;
        return report;
      }
    }
    for (const r of collected) absorb(report, r);
    return report;
  }

  for (const batch of batches) {
    try {
      absorb(report, remember(ctx, await db.transaction((tx) => processBatch(tx, batch, ctx))));
    } catch {
      // Find the row at fault: every row on its own, so the good ones still go in.
      for (const input of batch) {
        try {
          absorb(report, remember(ctx, await db.transaction((tx) => processBatch(tx, [input], ctx))));
        } catch (rowError) {
          // Only the database's refusals are a row's fault; anything else is a bug and stops the import.
          if (!pgErrorCode(rowError)) throw rowError;
          report.skipped.push({ line: input.line, reason: `database: ${message(rowError)}` });
        }
      }
    }
  }
  report.skipped.sort((a, b) => a.line - b.line);
  return report;
}
