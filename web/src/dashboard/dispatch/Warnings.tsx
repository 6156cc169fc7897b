/** The checks a dispatcher must make by hand, worded in the UI language (the server's sentence as fallback). */
import { useTranslation } from 'react-i18next';
import type { DispatchWarning } from './api';
import { DSP } from './strings';

/** A list of warnings; nothing when there are none. */
export function Warnings({
  warnings,
  compact = false,
}: {
  warnings: readonly DispatchWarning[];
  compact?: boolean;
}) {
  const { t } = useTranslation(DSP);
  if (warnings.length === 0) return null;
  // Codes inside the parameters (a prisoner's status, the name checks) are worded too.
  const words = (params: DispatchWarning['params'] = {}) => ({
    ...params,
    ...(params.status
      ? { status: t(`prisonerStatus.${params.status}`, { defaultValue: String(params.status) }) }
      : {}),
    ...(params.flags
      ? {
          flags: String(params.flags)
            .split(', ')
            .map((f) => t(`dativeFlag.${f}`, { defaultValue: f }))
            .join('; '),
        }
      : {}),
  });
  return (
    <ul className={compact ? 'dsp-warnings dsp-warnings-compact' : 'dsp-warnings notice'}>
      {warnings.map((w, i) => (
        <li key={`${w.code}-${i}`}>{t(`warning.${w.code}`, { ...words(w.params), defaultValue: w.text })}</li>
      ))}
    </ul>
  );
}
