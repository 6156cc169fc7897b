/** The select of why a letter did not arrive, shared by the delivery panel and the lost-letter tasks. */
import { useTranslation } from 'react-i18next';
import { STOP_CAUSES, type StopCause } from '../../../../shared/api/delivery';
import { DLV } from './strings';

/** Props: `id` prefixes the control's id; `value` and `onChange` hold the chosen cause. */
export function StopCauseField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: StopCause;
  onChange: (cause: StopCause) => void;
}) {
  const { t } = useTranslation(DLV);
  return (
    <div className="field">
      <label htmlFor={`${id}-cause`}>{t('cause.label')}</label>
      <select id={`${id}-cause`} value={value} onChange={(e) => onChange(e.target.value as StopCause)}>
        {STOP_CAUSES.map((c) => (
          <option key={c} value={c}>
            {t(`cause.${c}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
