/**
 * A coordinator's prisoner list import from the dashboard: the file is parsed in one of the known
 * formats and run through the directory importer, first as a dry run (a diff, nothing written),
 * then for real. Real imports are audited with their counts.
 */
import { recordAudit } from '../audit/record';
import type { Db } from '../db/database';
import { readOvdInfoCsv } from '../directory/importers/formats/ovdinfo-csv';
import { readViasnaJson } from '../directory/importers/formats/viasna-json';
import type { ParsedPrisoners } from '../directory/importers/prisoner-input';
import { importPrisoners, type PrisonerImportReport } from '../directory/importers/prisoners';
import { badRequest } from '../errors';

/** Formats the dashboard accepts (mapped CSV/JSON need a mapping file: use the CLI). */
export const DASHBOARD_IMPORT_FORMATS = ['ovdinfo-csv', 'viasna-json'] as const;

/** A dashboard import format. */
export type DashboardImportFormat = (typeof DASHBOARD_IMPORT_FORMATS)[number];

/** Most diff rows returned to the browser; the counts stay exact. */
export const MAX_DIFF_ROWS = 300;

function parse(format: DashboardImportFormat, text: string): ParsedPrisoners {
  if (format === 'ovdinfo-csv') return readOvdInfoCsv(text);
  try {
    return readViasnaJson(JSON.parse(text));
  } catch (error) {
    if (error instanceof SyntaxError) throw badRequest('invalid_file', 'The file is not valid JSON.');
    throw error;
  }
}

/** Runs an import (or its dry run); the report's lists are cut to MAX_DIFF_ROWS. */
export async function importPrisonerList(
  db: Db,
  userId: string,
  input: { format: DashboardImportFormat; text: string; dryRun: boolean },
): Promise<PrisonerImportReport & { truncated: boolean }> {
  const report = await importPrisoners(db, parse(input.format, input.text), { dryRun: input.dryRun });
  if (!input.dryRun) {
    await recordAudit(db, {
      actor: { type: 'volunteer', id: userId },
      action: 'directory.import',
      subject: { type: 'import', id: input.format },
      data: {
        inserted: report.inserted,
        updated: report.updated,
        unchanged: report.unchanged,
        skipped: report.skipped.length,
        transfers: report.transfers.length,
      },
    });
  }
  const truncated = report.changes.length > MAX_DIFF_ROWS || report.skipped.length > MAX_DIFF_ROWS;
  return {
    ...report,
    changes: report.changes.slice(0, MAX_DIFF_ROWS),
    skipped: report.skipped.slice(0, MAX_DIFF_ROWS),
    warnings: report.warnings.slice(0, MAX_DIFF_ROWS),
    truncated,
  };
}
