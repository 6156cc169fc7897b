/**
 * Write: the editor with a live count against the configured limit and a page estimate, prompts,
 * the "what not to write" guide, inline risk hints, the detected language, email, signature,
 * publishing consent, and the proof-of-work. Drafts stay in this browser. Opened with `?reply=<id>`,
 * the letter answers that reply in the same thread (see InReplyTo.tsx).
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { estimatePages } from '../../../../shared/limits';
import { fetchPrisoner } from '../../api/directory';
import { fetchPublicConfig, submitLetter } from '../../api/writer';
import { AltchaField } from '../../components/AltchaField';
import { displayNames, givenNameOf } from '../../components/names';
import { ErrorNotice, Loading } from '../../components/Status';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { formatNumber } from '../../i18n/format';
import { InReplyTo, useAnsweredReply } from './InReplyTo';
import { LanguagePicker } from './LanguagePicker';
import { RiskHints } from './RiskHints';
import { Sent } from './Sent';
import { useDraft } from './useDraft';
import { useDetectedLanguage, useRiskHints } from './useWriteHelpers';
import { WritingGuide } from './WritingGuide';

const MIN_CHARS = 20;

/** The write page. */
export default function WritePage() {
  const { prisonerId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const prisoner = useLoad((s) => fetchPrisoner(prisonerId, i18n.language, s), [prisonerId]);
  const config = useLoad(() => fetchPublicConfig(), []);
  const { draft, update, clear } = useDraft(prisonerId);
  const answered = useAnsweredReply(prisonerId);
  const [email, setEmail] = useState('');
  const [languageTouched, setLanguageTouched] = useState(Boolean(draft.language));
  const [altcha, setAltcha] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [invalid, setInvalid] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<{ email: string; refCode: string } | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const names = prisoner.data && displayNames(prisoner.data.fullName, prisoner.data.latinName, i18n.language);
  useTitle(names ? t('write.titleTo', { name: names.primary }) : t('write.title'));

  const detected = useDetectedLanguage(draft.body);
  useEffect(() => {
    if (detected && !languageTouched && detected !== draft.language) update({ language: detected });
  }, [detected, languageTouched]);
  const flags = useRiskHints(draft.body, draft.language, prisonerId, i18n.language);
  const onAltcha = useCallback((payload: string | null) => setAltcha(payload), []);

  if (sent) return <Sent {...sent} />;
  if (prisoner.error) return <ErrorNotice error={prisoner.error} />;
  if (!prisoner.data || !config.data || !names) return <Loading />;
  const p = prisoner.data;
  const max = config.data.letterMaxChars;
  const count = [...draft.body].length;
  const over = count > max;
  const given = givenNameOf(p.fullName, p.latinName, i18n.language);

  if (!p.canReceiveLetters) {
    return (
      <>
        <h1>{t('write.titleTo', { name: names.primary })}</h1>
        <p className="notice">{t('prisoner.blocker.status')}</p>
        <Link to="/prisoners">{t('write.sentAnother')}</Link>
      </>
    );
  }

  const insertPrompt = (starter: string) => {
    const body = draft.body ? `${draft.body.trimEnd()}\n\n${starter}` : starter;
    update({ body });
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(body.length, body.length);
    });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const problem =
      count < MIN_CHARS
        ? t('write.tooShort')
        : over
          ? t('write.tooLong', { max: formatNumber(max) })
          : !draft.language
            ? t('write.chooseLanguage')
            : !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())
              ? t('write.emailInvalid')
              : null;
    setInvalid(problem);
    if (problem) return;
    if (config.data!.proofOfWork && !altcha) {
      setInvalid(t('altcha.required'));
      return;
    }
    setSending(true);
    try {
      const { refCode } = await submitLetter(
        {
          prisonerId: p.id,
          email: email.trim(),
          language: draft.language,
          uiLanguage: i18n.language,
          body: draft.body.trim(),
          signature: draft.signature.trim(),
          allowPublish: draft.allowPublish,
          ...(answered.reply ? { inReplyToReplyId: answered.reply.id } : {}),
        },
        altcha,
      );
      clear();
      setSent({ email: email.trim(), refCode });
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={`/prisoners/${p.id}`}>← {names.primary}</Link>
      </nav>
      <h1>{t('write.titleTo', { name: names.primary })}</h1>
      <p className="lead">{t('write.intro', { name: given })}</p>
      <InReplyTo reply={answered.reply} missing={answered.missing} onDrop={answered.drop} />
      <div className="write-layout">
        <form className="write-form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <div className="field">
            <label htmlFor="body">{t('write.letterLabel')}</label>
            <textarea
              id="body"
              ref={textarea}
              value={draft.body}
              onChange={(e) => update({ body: e.target.value })}
              rows={14}
              aria-describedby="counter draft-note"
              aria-invalid={over || undefined}
              lang={draft.language && draft.language !== 'other' ? draft.language : undefined}
              spellCheck
            />
            <div className="editor-meta">
              <p id="counter" className={over ? 'counter over' : 'counter'} aria-live="polite">
                {t('write.counter', { count, max: formatNumber(max), formatted: formatNumber(count) })} ·{' '}
                {t('write.pages', { count: estimatePages(count) })}
              </p>
              <p id="draft-note" className="muted small">
                {t('write.draftNote')}
              </p>
            </div>
            <RiskHints text={draft.body} flags={flags} />
          </div>

          <LanguagePicker
            value={draft.language}
            detected={detected}
            onChange={(language) => {
              setLanguageTouched(true);
              update({ language });
            }}
          />

          <div className="field">
            <label htmlFor="signature">{t('write.signatureLabel')}</label>
            <input
              id="signature"
              value={draft.signature}
              maxLength={config.data.signatureMaxChars}
              onChange={(e) => update({ signature: e.target.value })}
              aria-describedby="signature-hint"
              autoComplete="given-name"
            />
            <p id="signature-hint" className="muted small">
              {t('write.signatureHint')}
            </p>
          </div>

          <div className="field">
            <label htmlFor="email">{t('write.emailLabel')}</label>
            <input
              id="email"
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoComplete="email"
              aria-describedby="email-hint"
            />
            <p id="email-hint" className="muted small">
              {t('write.emailHint')}
            </p>
          </div>

          <label className="check">
            <input
              type="checkbox"
              checked={draft.allowPublish}
              onChange={(e) => update({ allowPublish: e.target.checked })}
            />
            {t('write.allowPublish')}
          </label>

          {config.data.proofOfWork && <AltchaField onPayload={onAltcha} />}

          {invalid && (
            <p className="notice notice-error" role="alert">
              {invalid}
            </p>
          )}
          {error !== undefined && <ErrorNotice error={error} />}
          <p>
            <button type="submit" className="button" disabled={sending}>
              {sending ? t('write.sending') : t('write.send')}
            </button>
          </p>
          <p className="muted small">{t('write.afterSend')}</p>
        </form>
        <WritingGuide onPrompt={insertPrompt} />
      </div>
    </>
  );
}
