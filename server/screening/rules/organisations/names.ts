/** Designated organisations, in every language at once (their names are the same everywhere). */
import type { RuleFile, WordRule } from '../../types';
import { DESIGNATIONS, type Designation } from './designations';
import { ORGANISATION_MESSAGES as m } from './messages';

function toRule(d: Designation): WordRule {
  const light = d.status === 'platform' || d.status === 'liquidated_foreign_agent';
  return {
    id: `organisations.${d.id}`,
    severity: light ? 'warn' : 'block',
    patterns: d.patterns,
    message: d.status === 'platform' ? m.platform : light ? m.labelled : m.banned,
    note: `${d.names.join(' / ')}: ${d.status.replace(/_/g, ' ')} since ${d.designatedOn} (${d.authority}). Source: ${d.source}.`,
  };
}

/** One rule per designated organisation. */
export const organisationNames = {
  category: 'organisations',
  language: '*',
  rules: DESIGNATIONS.map(toRule),
} satisfies RuleFile;
