/**
 * One run-time setting on the settings screen: its fields (drawn from the schema the API sends),
 * or — for values with parts — the whole value as JSON for those who prefer it, checked before it
 * is sent. Save sends the value as it stands; the server validates it and names a wrong part by
 * its path. "Back to the default" fills in the default; nothing changes until Save.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dashboardApi, type Setting } from '../api';
import { dateTime } from '../format';
import { NS } from '../i18n';
import { ErrorLine } from '../Notice';
import { fieldKind, parseJson, type JsonSchema } from './schema';
import { SchemaField } from './SchemaField';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const pretty = (value: unknown) => JSON.stringify(value ?? null, null, 2);

/** The form of one setting. */
export function SettingForm({ setting, onSaved }: { setting: Setting; onSaved: () => void }) {
  const { t } = useTranslation(NS);
  const schema = setting.schema as JsonSchema;
  const structured = !['number', 'boolean', 'choice', 'text'].includes(fieldKind(schema).kind);
  const [draft, setDraft] = useState<unknown>(setting.value);
  const [mode, setMode] = useState<'fields' | 'json'>('fields');
  const [json, setJson] = useState(pretty(setting.value));
  const [jsonError, setJsonError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const stored = JSON.stringify(setting.value ?? null);
  useEffect(() => {
    // A reload after saving brings the stored value: start again from it.
    setDraft(JSON.parse(stored));
    setJson(pretty(JSON.parse(stored)));
  }, [stored]);

  const current = (): { value: unknown } | undefined => {
    if (mode === 'fields') return { value: draft };
    const parsed = parseJson(json);
    if ('error' in parsed) {
      setJsonError(parsed.error);
      return undefined;
    }
    return parsed;
  };
  const switchMode = () => {
    if (mode === 'fields') {
      setJson(pretty(draft));
      setJsonError(undefined);
      setMode('json');
      return;
    }
    const parsed = current();
    if (!parsed) return;
    setDraft(parsed.value);
    setMode('fields');
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(undefined);
    const value = current();
    if (!value) return;
    setBusy(true);
    try {
      await dashboardApi.changeSetting(setting.key, value.value);
      setSaved(true);
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const resetToDefault = () => {
    setDraft(setting.defaultValue);
    setJson(pretty(setting.defaultValue));
    setJsonError(undefined);
    setSaved(false);
  };
  const changed = mode === 'json' ? json.trim() !== pretty(setting.value) : !same(draft, setting.value);
  const id = `setting-${setting.key}`;
  const title = t(`settings.keys.${setting.key}`, { defaultValue: setting.key });

  return (
    <form
      className="panel set-form"
      aria-labelledby={`${id}-title`}
      data-setting={setting.key}
      onSubmit={(e) => void save(e)}
    >
      <h2 id={`${id}-title`} className="set-title">
        {structured ? title : <label htmlFor={id}>{title}</label>} <code>{setting.key}</code>
      </h2>
      <p className="set-about">
        {t(`settings.about.${setting.key}`, { defaultValue: setting.description })}{' '}
        <span className="dash-meta">
          {setting.updatedAt
            ? t('settings.changedAt', { date: dateTime(setting.updatedAt) })
            : t('settings.isDefault')}
        </span>
      </p>
      {mode === 'fields' ? (
        <SchemaField
          schema={schema}
          id={id}
          required
          context={setting.key}
          value={draft}
          onChange={(v) => {
            setDraft(v);
            setSaved(false);
          }}
        />
      ) : (
        <>
          <label htmlFor={`${id}-json`} className="set-label">
            {t('settings.jsonLabel')}
          </label>
          <textarea
            id={`${id}-json`}
            className="set-json"
            rows={Math.min(18, json.split('\n').length + 1)}
            spellCheck={false}
            aria-invalid={jsonError ? true : undefined}
            aria-describedby={jsonError ? `${id}-json-error` : undefined}
            value={json}
            onChange={(e) => {
              setJson(e.target.value);
              setJsonError(undefined);
              setSaved(false);
            }}
          />
          {jsonError && (
            <p id={`${id}-json-error`} className="set-problem" role="alert">
              {t('settings.jsonError', { message: jsonError })}
            </p>
          )}
        </>
      )}
      <ErrorLine error={error} />
      <div className="set-actions">
        <button type="submit" className="button button-small" disabled={busy || !changed}>
          {t('settings.save')}
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={busy || same(draft, setting.defaultValue)}
          onClick={resetToDefault}
        >
          {t('settings.resetDefault')}
        </button>
        {structured && (
          <button type="button" className="button button-small button-quiet" onClick={switchMode}>
            {mode === 'fields' ? t('settings.editJson') : t('settings.editFields')}
          </button>
        )}
        <span role="status" className="set-status">
          {saved ? t('settings.saved') : changed ? t('settings.unsaved') : null}
        </span>
      </div>
    </form>
  );
}
