/**
 * OVD-Info's CSV export: `ФИО, Статьи, СИЗО (актуальное), Колония (актуальная), Где находится,
 * Дата рождения (M/D/YYYY), Год рождения, История`. The list has no ids, so people are recognised
 * by name and birth date. "Где находится" wins over the facility columns when it says the person
 * is not in custody ("Освобожден", "Домашний арест", "Умер", "Находится за границей").
 */
import type { RowProblem } from '../../facilities/registry-csv';
import { parseArticles } from '../../prisoners/articles';
import { splitName } from '../../names/split';
import { statusFromText, type PrisonerStatus } from '../../prisoners/status';
import { parseDate, parseYear, type ParsedPrisoners, type PrisonerInput } from '../prisoner-input';
import { column, readCsvRecords } from './csv';

/** The source name stored for OVD-Info rows. */
export const OVDINFO_SOURCE = 'ovdinfo';

function statusOf(where: string, sizo: string, colony: string): PrisonerStatus {
  const said = statusFromText(where);
  if (said) return said;
  if (colony) return 'convicted';
  if (sizo) return 'pre_trial';
  return 'unknown';
}

/** Reads an OVD-Info CSV export. */
export function readOvdInfoCsv(text: string): ParsedPrisoners {
  const inputs: PrisonerInput[] = [];
  const problems: RowProblem[] = [];
  const records = readCsvRecords(text);
  if (records.length > 0 && !Object.keys(records[0]!.record).includes('ФИО')) {
    return {
      inputs,
      problems: [{ line: 1, reason: 'no "ФИО" column: not an OVD-Info export' }],
      defaultConsent: true,
    };
  }
  for (const { line, record } of records) {
    try {
      const fullName = column(record, 'ФИО').replace(/\s+/gu, ' ');
      if (!fullName) throw new Error('empty ФИО');
      if (/[0-9@]/u.test(fullName)) throw new Error(`"${fullName}" does not look like a name`);
      const name = splitName(fullName);
      const dateText = column(record, 'Дата рождения');
      const yearText = column(record, 'Год рождения');
      const birthDate = dateText ? parseDate(dateText, 'M/D/YYYY') : undefined;
      const birthYear = yearText
        ? parseYear(yearText)
        : birthDate
          ? Number(birthDate.slice(0, 4))
          : undefined;
      if (birthDate && birthYear && Number(birthDate.slice(0, 4)) !== birthYear) {
        throw new Error(`birth date ${dateText} and birth year ${yearText} disagree`);
      }
      const sizo = column(record, 'СИЗО');
      const colony = column(record, 'Колония');
      const where = column(record, 'Где находится');
      const status = statusOf(where, sizo, colony);
      const facilityText =
        status === 'convicted' ? colony || sizo : status === 'pre_trial' ? sizo || colony : '';
      const articlesRaw = column(record, 'Статьи');
      const story = column(record, 'История');
      inputs.push({
        line,
        source: OVDINFO_SOURCE,
        country: 'RU',
        fullName,
        name,
        latinNames: [],
        birthDate,
        birthYear,
        status,
        facility: facilityText
          ? { text: facilityText }
          : status === 'in_transit' || status === 'unknown'
            ? undefined
            : null,
        articles: parseArticles(articlesRaw),
        articlesRaw: articlesRaw || undefined,
        summaries: story ? { ru: story } : undefined,
      });
    } catch (error) {
      problems.push({ line, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { inputs, problems, defaultConsent: true };
}
