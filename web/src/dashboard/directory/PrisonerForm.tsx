/**
 * The prisoner edit form: names with Latin spellings and the dative recipient line, gender, birth,
 * status and case, interests and languages, summaries per language, consent to be listed. Checked
 * as the coordinator saves (errors beside each field, focus on the first); only changed fields are
 * sent. Whether letters can reach the person is shown, never edited: it follows from the rest.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { StatusLine } from '../Notice';
import { directoryApi, STATUSES, type PrisonerRecord } from './api';
import { DirError } from './DirError';
import { Field } from './Field';
import { changeCount, editFrom, formValues } from './prisoner-form';
import { DIR } from './strings';
import { checkPrisoner, serverFieldErrors, type FieldErrors, type PrisonerFormValues } from './validation';

type Text = Exclude<keyof PrisonerFormValues, 'summaries' | 'consentToList'>;

/** The form; `onSaved` receives the record as stored after the save. */
export function PrisonerForm({
  record,
  onSaved,
  onReload,
}: {
  record: PrisonerRecord;
  onSaved: (record: PrisonerRecord) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation(DIR);
  const [values, setValues] = useState(() => formValues(record));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [newLanguage, setNewLanguage] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  const set = (name: Text) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));
  const input = (name: Text, label: string, props: Record<string, unknown> = {}, hint?: string) => (
    <Field id={`p-${name}`} label={label} hint={hint} error={errors[name]}>
      <input name={name} value={values[name]} onChange={set(name)} {...props} />
    </Field>
  );

  const focusFirstError = (found: FieldErrors) => {
    const first = Object.keys(found)[0];
    if (!first) return;
    // After React renders the error texts.
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"], [data-field="${first}"]`)?.focus(),
    );
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(undefined);
    setError(undefined);
    const found = checkPrisoner(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus(t('prisoner.fixErrors', { count: Object.keys(found).length }));
      return focusFirstError(found);
    }
    const edit = editFrom(record, values);
    if (changeCount(edit) === 0) return setStatus(t('prisoner.unchanged'));
    setBusy(true);
    try {
      const result = await directoryApi.editPrisoner(record.id, edit);
      const fields = Object.keys(result.changes).map((f) => t(`fields.${f}`, { defaultValue: f }));
      setValues(formValues(result.record));
      onSaved(result.record);
      setStatus(
        fields.length
          ? t('prisoner.saved', { count: fields.length, fields: fields.join(', ') })
          : t('prisoner.unchanged'),
      );
    } catch (caught) {
      const fromServer = serverFieldErrors(caught);
      if (fromServer) {
        setErrors(fromServer);
        setStatus(t('prisoner.fixErrors', { count: Object.keys(fromServer).length }));
        focusFirstError(fromServer);
      } else setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const addSummary = () => {
    const language = newLanguage.trim().toLowerCase();
    if (!/^[a-z]{2}$/u.test(language)) return setErrors((e) => ({ ...e, newLanguage: { key: 'languages' } }));
    setErrors(({ newLanguage: _drop, ...rest }) => rest);
    setValues((v) => ({ ...v, summaries: { [language]: v.summaries[language] ?? '', ...v.summaries } }));
    setNewLanguage('');
    requestAnimationFrame(() => document.getElementById(`p-summary-${language}`)?.focus());
  };
  const stale = error instanceof ApiError && error.code === 'prisoner_changed';

  return (
    <form
      ref={formRef}
      className="dir-form"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-labelledby="p-edit-title"
    >
      <h2 id="p-edit-title">{t('prisoner.edit')}</h2>
      <fieldset className="panel">
        <legend>{t('prisoner.names')}</legend>
        <div className="dir-grid">
          {input('surname', t('prisoner.surname'), { required: true, autoComplete: 'off', maxLength: 100 })}
          {input('givenName', t('prisoner.givenName'), { autoComplete: 'off', maxLength: 100 })}
          {input('patronymic', t('prisoner.patronymic'), { autoComplete: 'off', maxLength: 100 })}
        </div>
        <Field
          id="p-latinNames"
          label={t('prisoner.latinNames')}
          hint={t('prisoner.latinHint')}
          error={errors.latinNames}
        >
          <textarea
            name="latinNames"
            className="dir-textarea"
            rows={4}
            value={values.latinNames}
            onChange={set('latinNames')}
            lang="en"
          />
        </Field>
        {input(
          'recipientDative',
          t('prisoner.recipient'),
          { autoComplete: 'off', maxLength: 200, lang: 'ru' },
          t('prisoner.recipientHint', { computed: record.computedRecipient.text }),
        )}
        {record.computedRecipient.flags.length > 0 && !values.recipientDative && (
          <p className="notice dir-warn">
            {t('prisoner.recipientFlags', { flags: record.computedRecipient.flags.join(', ') })}
          </p>
        )}
        <div className="dir-grid">
          <Field id="p-gender" label={t('prisoner.gender')} error={errors.gender}>
            <select name="gender" value={values.gender} onChange={set('gender')}>
              {['male', 'female', 'unknown'].map((g) => (
                <option key={g} value={g}>
                  {t(`genders.${g}`)}
                </option>
              ))}
            </select>
          </Field>
          {input('birthDate', t('prisoner.birthDate'), {
            type: 'date',
            max: new Date().toISOString().slice(0, 10),
          })}
          {input('birthYear', t('prisoner.birthYear'), {
            type: 'number',
            inputMode: 'numeric',
            min: 1900,
            max: new Date().getFullYear(),
            disabled: Boolean(values.birthDate),
            className: 'dir-number',
          })}
        </div>
      </fieldset>

      <fieldset className="panel">
        <legend>{t('prisoner.situation')}</legend>
        <div className="dir-grid">
          <Field
            id="p-status"
            label={t('prisoner.status')}
            hint={t('prisoner.statusHint')}
            error={errors.status}
          >
            <select name="status" value={values.status} onChange={set('status')}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          {input('arrestedOn', t('prisoner.arrestedOn'), { type: 'date' })}
          {input('releasedOn', t('prisoner.releasedOn'), { type: 'date' })}
        </div>
        {input(
          'articlesRaw',
          t('prisoner.articles'),
          { maxLength: 500, lang: 'ru' },
          record.articles.length
            ? `${t('prisoner.articlesHint')} ${t('prisoner.articlesRead', { list: record.articles.join('; ') })}`
            : t('prisoner.articlesHint'),
        )}
        {input('sentence', t('prisoner.sentence'), { maxLength: 300 })}
      </fieldset>

      <fieldset className="panel">
        <legend>{t('prisoner.about')}</legend>
        <div className="dir-grid">
          {input('interests', t('prisoner.interests'), { maxLength: 2000 }, t('prisoner.interestsHint'))}
          {input('languages', t('prisoner.languages'), { maxLength: 100 }, t('prisoner.languagesHint'))}
        </div>
        <h3 className="dir-subhead">{t('prisoner.summaries')}</h3>
        {Object.entries(values.summaries).map(([language, text]) => (
          <Field
            key={language}
            id={`p-summary-${language}`}
            label={t('prisoner.summary', { language: language.toUpperCase() })}
            hint={t('prisoner.summaryHint')}
            error={errors.summaries}
          >
            <textarea
              name={`summary-${language}`}
              data-field="summaries"
              className="dir-textarea"
              rows={4}
              maxLength={4000}
              lang={language}
              value={text}
              onChange={(e) =>
                setValues((v) => ({ ...v, summaries: { ...v.summaries, [language]: e.target.value } }))
              }
            />
          </Field>
        ))}
        <div className="dir-add">
          <Field
            id="p-newLanguage"
            label={t('prisoner.addSummary')}
            hint={t('prisoner.addLanguage')}
            error={errors.newLanguage}
          >
            <input
              name="newLanguage"
              value={newLanguage}
              maxLength={2}
              className="dir-code"
              onChange={(e) => setNewLanguage(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addSummary();
                }
              }}
            />
          </Field>
          <button type="button" className="button button-small button-quiet" onClick={addSummary}>
            {t('prisoner.add')}
          </button>
        </div>
        <label className="check">
          <input
            type="checkbox"
            name="consentToList"
            checked={values.consentToList}
            onChange={(e) => setValues((v) => ({ ...v, consentToList: e.target.checked }))}
          />
          {t('prisoner.consent')}
        </label>
      </fieldset>

      <div className="dash-actions dir-save">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('prisoner.saving') : t('prisoner.save')}
        </button>
      </div>
      <StatusLine>{status}</StatusLine>
      {stale ? (
        <p className="notice notice-error" role="alert">
          {t('prisoner.changedElsewhere')}{' '}
          <button type="button" className="link-button" onClick={onReload}>
            {t('prisoner.reload')}
          </button>
        </p>
      ) : (
        <DirError error={error} />
      )}
    </form>
  );
}
