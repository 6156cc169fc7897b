/**
 * The post: pick letters (all are picked to begin with), choose the envelope, "Make print batch".
 * The batch opens on its own screen, where the PDF is downloaded and the letters marked posted.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { dispatchApi, type QueueLetter } from './api';
import { LetterList } from './LetterList';
import { DispatchError } from './DispatchError';
import { DSP } from './strings';

/** Envelope formats, as the PDF prints them. */
export const ENVELOPES = ['DL', 'C5', 'sheet'] as const;

/** The post group's selection and batch button. */
export function PostGroup({
  letters,
  label,
  senderSet,
}: {
  letters: readonly QueueLetter[];
  label: string;
  senderSet: boolean;
}) {
  const { t } = useTranslation(DSP);
  const navigate = useNavigate();
  // Letters left out, rather than letters picked: letters that arrive on a reload start picked.
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const [envelope, setEnvelope] = useState<string>('DL');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const selected = letters.filter((l) => !left.has(l.id));
  const toggle = (id: string) =>
    setLeft((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const all = selected.length === letters.length;

  const make = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const batch = await dispatchApi.makeBatch(
        selected.map((l) => l.id),
        envelope,
      );
      void navigate(`/volunteer/dispatch/batches/${batch.batchId}`, { state: { skipped: batch.skipped } });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <>
      {!senderSet && <p className="notice">{t('post.noSender')}</p>}
      <div className="dsp-toolbar">
        <label className="check dsp-all">
          <input
            type="checkbox"
            checked={all}
            onChange={() => setLeft(all ? new Set(letters.map((l) => l.id)) : new Set())}
          />
          {t('post.all', { count: letters.length })}
        </label>
        <label className="dsp-envelope">
          <span>{t('post.envelope')}</span>
          <select value={envelope} onChange={(e) => setEnvelope(e.target.value)}>
            {ENVELOPES.map((e) => (
              <option key={e} value={e}>
                {t(`envelope.${e}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-small"
          disabled={busy || selected.length === 0}
          onClick={() => void make()}
        >
          {t('post.make', { count: selected.length })}
        </button>
      </div>
      <DispatchError error={error} />
      <LetterList
        letters={letters}
        label={label}
        parts={{
          leading: (letter) => (
            <input
              type="checkbox"
              checked={!left.has(letter.id)}
              onChange={() => toggle(letter.id)}
              aria-label={t('post.pick', { ref: letter.refCode })}
            />
          ),
          note: (letter) => <span className="dsp-dative">{letter.dative.text}</span>,
        }}
      />
    </>
  );
}
