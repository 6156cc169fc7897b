/** The translator's editor: the Russian text, saved as a draft or submitted for review. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dashboardApi, type LetterView } from '../api';
import { NS } from '../i18n';

/** Editor for `letter`'s Russian translation. */
export function TranslationEditor({
  letter,
  onSaved,
  onError,
}: {
  letter: LetterView;
  onSaved: (submitted: boolean) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation(NS);
  const [text, setText] = useState(letter.translation?.text ?? '');
  const [busy, setBusy] = useState(false);
  const save = async (submit: boolean) => {
    setBusy(true);
    try {
      await dashboardApi.saveTranslation(letter.id, text, submit);
      onSaved(submit);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <label htmlFor="dash-translation-text" className="visually-hidden">
        {t('letter.translation')}
      </label>
      <textarea
        id="dash-translation-text"
        lang="ru"
        rows={14}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby="dash-translation-hint"
      />
      <p id="dash-translation-hint" className="hint">
        {t('letter.translationHint')}
      </p>
      <div className="dash-actions">
        <button
          type="button"
          className="button"
          disabled={busy || !text.trim()}
          onClick={() => void save(true)}
        >
          {t('letter.submit')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={busy || !text.trim()}
          onClick={() => void save(false)}
        >
          {t('letter.saveDraft')}
        </button>
      </div>
    </div>
  );
}
