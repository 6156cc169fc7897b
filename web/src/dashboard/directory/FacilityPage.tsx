/**
 * One facility for the coordinator: its names, the address as the source gave it and as envelopes
 * print it; the form for the parsed postal address, nicknames, the channels that reach it (works
 * here, price, name in the service's list) and closing. Only changes are sent; after a closing the
 * page says how many people are still recorded there.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dateTime } from '../format';
import { StatusLine } from '../Notice';
import { CHANNELS, directoryApi, type ChannelId, type Facility } from './api';
import { useBackTo } from './back';
import { DirError } from './DirError';
import { Field, useErrorText } from './Field';
import {
  ADDRESS_FIELDS,
  checkFacility,
  facilityChangeCount,
  facilityEdit,
  facilityValues,
  type AddressField,
  type ChannelValues,
  type FacilityFormValues,
} from './facility-form';
import { DIR } from './strings';
import { serverFieldErrors, today, type FieldErrors } from './validation';

function FacilityForm({
  facility,
  onSaved,
  onReload,
}: {
  facility: Facility;
  onSaved: (f: Facility) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation(DIR);
  const errorText = useErrorText();
  const [values, setValues] = useState<FacilityFormValues>(() => facilityValues(facility));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const setChannel = (id: ChannelId, patch: Partial<ChannelValues>) =>
    setValues((v) => ({ ...v, channels: { ...v.channels, [id]: { ...v.channels[id], ...patch } } }));
  const show = (found: FieldErrors) => {
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first)
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(undefined);
    setError(undefined);
    const found = checkFacility(values);
    show(found);
    if (Object.keys(found).length > 0) return;
    const edit = facilityEdit(facility, values);
    if (facilityChangeCount(edit) === 0) return setStatus(t('facility.unchanged'));
    setBusy(true);
    try {
      const result = await directoryApi.editFacility(facility.id, edit);
      setValues(facilityValues(result.facility));
      onSaved(result.facility);
      const saved = t('facility.saved', { count: Object.keys(result.changes).length });
      setStatus(
        result.facility.closedOn && result.peopleHeld > 0
          ? `${saved} ${t('facility.closedPeople', { count: result.peopleHeld })}`
          : saved,
      );
    } catch (caught) {
      const fromServer = serverFieldErrors(caught);
      if (fromServer) show(fromServer);
      else setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const address = (name: AddressField, props: Record<string, unknown> = {}) => (
    <Field key={name} id={`f-${name}`} label={t(`facility.${name}`)} error={errors[name]}>
      <input
        name={name}
        value={values[name]}
        autoComplete="off"
        lang="ru"
        onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        {...props}
      />
    </Field>
  );
  const channelsError = errorText(errors.channels);

  return (
    <form ref={formRef} className="dir-form" onSubmit={(e) => void save(e)} noValidate>
      <fieldset className="panel">
        <legend>{t('facility.address')}</legend>
        <div className="dir-grid">
          {ADDRESS_FIELDS.map((name) =>
            name === 'postcode'
              ? address(name, {
                  inputMode: 'numeric',
                  maxLength: 6,
                  className: 'dir-code',
                  pattern: '\\d{6}',
                })
              : address(name, { maxLength: name === 'addressNotes' ? 300 : 150 }),
          )}
        </div>
        <Field
          id="f-nicknames"
          label={t('facility.nicknames')}
          hint={t('facility.nicknamesHint')}
          error={errors.nicknames}
        >
          <input
            name="nicknames"
            value={values.nicknames}
            autoComplete="off"
            onChange={(e) => setValues((v) => ({ ...v, nicknames: e.target.value }))}
          />
        </Field>
      </fieldset>

      <fieldset className="panel" aria-describedby="f-channels-hint">
        <legend>{t('facility.channels')}</legend>
        <p className="dir-hint" id="f-channels-hint">
          {t('facility.channelsHint')}
        </p>
        {channelsError && (
          <p className="dir-error" role="alert">
            {channelsError}
          </p>
        )}
        <div className="dir-channels">
          {CHANNELS.map((id) => {
            const row = facility.channels.find((c) => c.channel === id);
            const v = values.channels[id];
            return (
              <fieldset key={id} className="dir-channel" data-channel={id}>
                <legend>
                  {t(`channels.${id}`)}{' '}
                  <span className="dash-meta">
                    {row
                      ? row.checkedAt
                        ? t('facility.checked', { date: dateTime(row.checkedAt) })
                        : ''
                      : t('facility.notConnected')}
                  </span>
                </legend>
                <label className="check">
                  <input
                    type="checkbox"
                    name={`works-${id}`}
                    checked={v.works}
                    onChange={(e) => setChannel(id, { works: e.target.checked })}
                  />
                  {t('facility.works')}
                </label>
                <Field
                  id={`f-price-${id}`}
                  label={t('facility.price')}
                  hint={t('facility.priceHint')}
                  error={errors[`price-${id}`]}
                >
                  <input
                    name={`price-${id}`}
                    inputMode="decimal"
                    className="dir-code"
                    value={v.price}
                    onChange={(e) => setChannel(id, { price: e.target.value })}
                  />
                </Field>
                {id !== 'post' && (
                  <Field id={`f-service-${id}`} label={t('facility.serviceName')}>
                    <input
                      name={`service-${id}`}
                      value={v.serviceName}
                      maxLength={300}
                      lang="ru"
                      onChange={(e) => setChannel(id, { serviceName: e.target.value })}
                    />
                  </Field>
                )}
              </fieldset>
            );
          })}
        </div>
      </fieldset>

      <fieldset className="panel">
        <legend>{t('facility.closing')}</legend>
        <label className="check">
          <input
            type="checkbox"
            name="closed"
            checked={values.closed}
            onChange={(e) => setValues((v) => ({ ...v, closed: e.target.checked }))}
          />
          {t('facility.closed')}
        </label>
        {values.closed && (
          <Field id="f-closedOn" label={t('facility.closedOn')} error={errors.closedOn}>
            <input
              name="closedOn"
              type="date"
              max={today()}
              value={values.closedOn}
              onChange={(e) => setValues((v) => ({ ...v, closedOn: e.target.value }))}
            />
          </Field>
        )}
      </fieldset>

      <div className="dash-actions dir-save">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('facility.saving') : t('facility.save')}
        </button>
      </div>
      <StatusLine>{status}</StatusLine>
      <DirError error={error} />
      {error instanceof ApiError && error.code === 'facility_changed' && (
        <p>
          <button type="button" className="button button-small button-quiet" onClick={onReload}>
            {t('prisoner.reload')}
          </button>
        </p>
      )}
    </form>
  );
}

/** The facility page. */
export default function FacilityPage() {
  const { t } = useTranslation(DIR);
  const { id = '' } = useParams();
  const loaded = useLoad((signal) => directoryApi.facility(id, signal), [id]);
  const back = useBackTo('/volunteer/directory/facilities');
  const [facility, setFacility] = useState<Facility>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    setFacility(loaded.data);
    setRound((n) => n + 1);
  }, [loaded.data]);
  useTitle(facility?.shortName ?? t('prisoner.loading'));

  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>← {t('facility.back')}</Link>
      </p>
      <DirError error={loaded.error} />
      {!facility && !loaded.error && <p className="loading">{t('prisoner.loading')}</p>}
      {facility && (
        <>
          <h1>
            {facility.shortName} <span className="dash-meta">· {facility.region}</span>
          </h1>
          <dl className="dash-facts dir-facts">
            <div>
              <dt>{t('facility.official')}</dt>
              <dd>{facility.officialName}</dd>
            </div>
            <div>
              <dt>{t('facility.people')}</dt>
              <dd>{facility.prisonersCount}</dd>
            </div>
            <div>
              <dt>{t('facility.rawAddress')}</dt>
              <dd>{facility.address.raw}</dd>
            </div>
            <div>
              <dt>{t('facility.postal')}</dt>
              <dd>{facility.address.postal}</dd>
            </div>
          </dl>
          <FacilityForm key={round} facility={facility} onSaved={setFacility} onReload={loaded.reload} />
        </>
      )}
    </>
  );
}
