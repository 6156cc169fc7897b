/**
 * Viasna's export of Belarusian political prisoners (prisoners.spring96.org): `id, name, status,
 * gender, birthday, arrested, articles/0..12, prison/title, prison/address, decision, penalty,
 * release_date, description, ...`. Names are Latin, given name first. Facilities are created from
 * the record's prison title and address (country BY). Photos are not imported.
 */
import { z } from 'zod';
import type { RowProblem } from '../../facilities/registry-csv';
import { belarusFacilityRecord } from '../../facilities/belarus';
import { splitName } from '../../names/split';
import { parseArticles } from '../../prisoners/articles';
import type { PrisonerStatus } from '../../prisoners/status';
import { parseDate, type ParsedPrisoners, type PrisonerInput } from '../prisoner-input';

/** The source name stored for Viasna rows. */
export const VIASNA_SOURCE = 'viasna';

const text = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v).trim());
const ViasnaRecord = z.looseObject({
  id: z.union([z.number(), z.string().min(1)]),
  name: z.string().trim().min(2),
  status: text.optional(),
  gender: text.optional(),
  description: text.optional(),
  birthday: text.optional(),
  arrested: text.optional(),
  'prison/title': text.optional(),
  'prison/address': text.optional(),
  decision: text.optional(),
  penalty: text.optional(),
  release_date: text.optional(),
});

/** "active": held now (convicted once there is a sentence); "former": released. */
function statusOf(status: string, sentenced: boolean): PrisonerStatus {
  if (status === 'active') return sentenced ? 'convicted' : 'pre_trial';
  if (status === 'former') return 'released';
  return 'unknown';
}

const optionalDate = (value: string | undefined) => (value ? parseDate(value, 'YYYY-MM-DD') : undefined);

/** Reads a Viasna JSON export (an array of records). */
export function readViasnaJson(json: unknown): ParsedPrisoners {
  const inputs: PrisonerInput[] = [];
  const problems: RowProblem[] = [];
  if (!Array.isArray(json)) {
    return { inputs, problems: [{ line: 0, reason: 'not a JSON array of records' }], defaultConsent: true };
  }
  json.forEach((raw: unknown, index) => {
    const line = index + 1;
    const parsed = ViasnaRecord.safeParse(raw);
    if (!parsed.success) {
      problems.push({
        line,
        reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; '),
      });
      return;
    }
    const r = parsed.data;
    try {
      const gender = r.gender === 'male' || r.gender === 'female' ? r.gender : undefined;
      const name = splitName(r.name, { order: 'given-first', gender });
      const birthDate = optionalDate(r.birthday);
      const charges = Object.entries(r as Record<string, unknown>)
        .filter(([key, value]) => /^articles\/\d+$/u.test(key) && typeof value === 'string' && value.trim())
        .map(([, value]) => (value as string).trim());
      const sentence = [r.decision, r.penalty].filter(Boolean).join(', ');
      const status = statusOf(r.status ?? '', Boolean(r.decision));
      const record = belarusFacilityRecord({
        title: r['prison/title'] ?? '',
        address: r['prison/address'] ?? '',
      });
      inputs.push({
        line,
        source: VIASNA_SOURCE,
        sourceId: String(r.id),
        country: 'BY',
        fullName: r.name.replace(/\s+/gu, ' '),
        name,
        latinNames: [r.name.replace(/\s*\([^()]*\)/gu, '').trim(), ...name.aka],
        birthDate,
        birthYear: birthDate ? Number(birthDate.slice(0, 4)) : undefined,
        status,
        facility: record ? { record } : status === 'released' ? null : undefined,
        articles: charges.flatMap((c) => parseArticles(c, 'BY')),
        articlesRaw: charges.join('; ') || undefined,
        sentence: sentence || undefined,
        arrestedOn: optionalDate(r.arrested),
        releasedOn: optionalDate(r.release_date),
        summaries: r.description ? { en: r.description } : undefined,
      });
    } catch (error) {
      problems.push({ line, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  return { inputs, problems, defaultConsent: true };
}
