/**
 * Records a move: to another facility (found with the picker) or into transit when the
 * destination is not known yet, with the day and, on arrival, the status. The server re-routes
 * the person's waiting letters (or holds them for the transit) and audits the move.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusLine } from '../Notice';
import { directoryApi, type Facility, type PrisonerRecord } from './api';
import { DirError } from './DirError';
import { FacilityPicker } from './FacilityPicker';
import { DIR } from './strings';
import { today } from './validation';

/** The panel; `onMoved` receives the record after the move. */
export function TransferPanel({
  record,
  onMoved,
}: {
  record: PrisonerRecord;
  onMoved: (record: PrisonerRecord) => void;
}) {
  const { t } = useTranslation(DIR);
  const [mode, setMode] = useState<'facility' | 'transit'>('facility');
  const [facility, setFacility] = useState<Facility>();
  const [on, setOn] = useState(today());
  const [arrival, setArrival] = useState('');
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const where = record.facility
    ? `${record.facility.shortName} · ${record.facility.region}`
    : record.status === 'in_transit'
      ? t('transfer.inTransitNow')
      : t('transfer.nowhere');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setStatus(undefined);
    if (mode === 'facility' && !facility) return setStatus(t('transfer.chooseFirst'));
    setBusy(true);
    try {
      const result = await directoryApi.transfer(record.id, {
        toFacilityId: mode === 'facility' ? facility!.id : null,
        ...(on ? { on } : {}),
        ...(mode === 'facility' && arrival ? { status: arrival } : {}),
      });
      setStatus(
        mode === 'facility'
          ? t('transfer.done', { where: `${facility!.shortName} · ${facility!.region}` })
          : result.transfer.lettersHeld
            ? t('transfer.doneTransit', { count: result.transfer.lettersHeld })
            : t('transfer.doneTransitNone'),
      );
      setFacility(undefined);
      onMoved(result.record);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel dir-transfer" onSubmit={(e) => void submit(e)} aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transfer.title')}</h2>
      <p>{t('transfer.current', { where })}</p>
      <fieldset className="dir-modes">
        <legend>{t('transfer.where')}</legend>
        <label className="check">
          <input
            type="radio"
            name="mode"
            checked={mode === 'facility'}
            onChange={() => setMode('facility')}
          />
          {t('transfer.toFacility')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="mode"
            checked={mode === 'transit'}
            disabled={record.status === 'in_transit' && !record.facility}
            onChange={() => setMode('transit')}
          />
          {t('transfer.toTransit')}
        </label>
      </fieldset>
      {mode === 'facility' ? (
        <>
          <FacilityPicker value={facility} onChange={setFacility} exclude={record.facility?.id} />
          {facility && (
            <p className="dir-chosen">
              {t('transfer.chosen', { name: `${facility.shortName} · ${facility.region}` })}
            </p>
          )}
          <div className="field">
            <label htmlFor="transfer-arrival">{t('transfer.arrivalStatus')}</label>
            <select id="transfer-arrival" value={arrival} onChange={(e) => setArrival(e.target.value)}>
              <option value="">{t('transfer.keepStatus')}</option>
              <option value="pre_trial">{t('statuses.pre_trial')}</option>
              <option value="convicted">{t('statuses.convicted')}</option>
            </select>
          </div>
        </>
      ) : (
        <p className="dir-hint">{t('transfer.transitHint')}</p>
      )}
      <div className="field">
        <label htmlFor="transfer-on">{t('transfer.on')}</label>
        <input
          id="transfer-on"
          type="date"
          value={on}
          max={today()}
          required
          onChange={(e) => setOn(e.target.value)}
        />
      </div>
      <div className="dash-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('transfer.submitting') : t('transfer.submit')}
        </button>
      </div>
      <StatusLine>{status}</StatusLine>
      <DirError error={error} />
    </form>
  );
}
