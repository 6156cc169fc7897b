/**
 * Self-post on a letter card: on an approved letter, a quiet offer to post it yourself; once
 * chosen, the panel — the PDF to print, the address to copy (Russian, as the envelope takes it),
 * what goes in the envelope, "I have posted it" and "let the volunteers send it after all"; once
 * posted, the day and the tracking number.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WriterLetter } from '../../api/types';
import { cancelSelfPost, fetchSelfPostAddress, selfPostPdfUrl, startSelfPost } from '../../api/writer';
import { ErrorNotice } from '../../components/Status';
import { useLoad } from '../../components/useLoad';
import { formatDate } from '../../i18n/format';
import { SelfPostedForm } from './SelfPostedForm';

/** Countries that print on US Letter rather than A4. */
const LETTER_PAPER = ['US', 'CA', 'MX', 'CL', 'CO', 'PH', 'VE'];

function defaultPaper(): 'A4' | 'LETTER' {
  try {
    const region = new Intl.Locale(navigator.language).maximize().region ?? '';
    return LETTER_PAPER.includes(region) ? 'LETTER' : 'A4';
  } catch {
    return 'A4';
  }
}

/** Props of both parts. */
interface SelfPostProps {
  letter: WriterLetter;
  /** Reloads the list after an action. */
  onChange: () => void;
}

/** The quiet offer on an approved letter: why, what it takes, and the button. */
export function SelfPostOffer({ letter, onChange }: SelfPostProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      await startSelfPost(letter.id);
      onChange();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <details className="self-post-offer">
      <summary>{t('myLetters.selfPost.offerSummary')}</summary>
      <p>{t('myLetters.selfPost.offerWhy')}</p>
      <p>{t('myLetters.selfPost.offerWhat')}</p>
      <p className="muted small">{t('myLetters.selfPost.offerPrivacy')}</p>
      {error !== undefined && <ErrorNotice error={error} />}
      <button type="button" className="button button-small" disabled={busy} onClick={() => void start()}>
        {t('myLetters.selfPost.start')}
      </button>
    </details>
  );
}

function AddressBlock({ letterId, country }: { letterId: string; country: string | undefined }) {
  const { t } = useTranslation();
  const labelId = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const address = useLoad((signal) => fetchSelfPostAddress(letterId, country, signal), [letterId, country]);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  if (address.error) return <ErrorNotice error={address.error} />;
  if (!address.data) return null;
  const { addressText, addressLines } = address.data;
  return (
    <div className="self-post-address">
      <p id={labelId} className="small muted">
        {t('myLetters.selfPost.addressLabel')}
      </p>
      <address lang="ru" aria-labelledby={labelId}>
        {addressLines.map((line, i) => (
          <span key={i}>{line}</span>
        ))}
      </address>
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={() => void copy(addressText)}
      >
        {t('myLetters.selfPost.copy')}
      </button>{' '}
      <span role="status" className="small">
        {copied === 'yes' && t('myLetters.selfPost.copied')}
        {copied === 'failed' && t('myLetters.selfPost.copyFailed')}
      </span>
    </div>
  );
}

/** The writer's self-post once chosen: print, address, envelope, then posted or handed back. */
export function SelfPostPanel({ letter, onChange }: SelfPostProps) {
  const { t } = useTranslation();
  const headingId = `self-post-${letter.id}`;
  const [paper, setPaper] = useState<'A4' | 'LETTER'>(defaultPaper);
  const [inRussia, setInRussia] = useState(false);
  const [error, setError] = useState<unknown>();
  const country = inRussia ? 'RU' : undefined;
  const { selfPost } = letter;

  if (selfPost.state === 'posted') {
    return (
      <section className="self-post panel" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('myLetters.selfPost.postedDone', { date: formatDate(selfPost.postedAt) })}</h3>
        {selfPost.trackingNumber && (
          <p className="small">
            {t('myLetters.selfPost.postedTracking', { number: selfPost.trackingNumber })}
          </p>
        )}
        <p className="small muted">{t('myLetters.selfPost.postedThanks')}</p>
      </section>
    );
  }

  const handBack = async () => {
    try {
      await cancelSelfPost(letter.id);
      onChange();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="self-post panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('myLetters.selfPost.heading')}</h3>
      <p className="small">{t('myLetters.selfPost.explained')}</p>

      <h4>{t('myLetters.selfPost.printHeading')}</h4>
      <div className="self-post-print">
        <label>
          {t('myLetters.selfPost.paper')}{' '}
          <select value={paper} onChange={(e) => setPaper(e.target.value as 'A4' | 'LETTER')}>
            {/* A4 is the same word in every language. */}
            <option value="A4">A4</option>
            <option value="LETTER">{t('myLetters.selfPost.paperLetter')}</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={inRussia} onChange={(e) => setInRussia(e.target.checked)} />{' '}
          {t('myLetters.selfPost.inRussia')}
        </label>
      </div>
      <p>
        <a className="button button-small" href={selfPostPdfUrl(letter.id, { country, paper })} download>
          {t('myLetters.selfPost.download')}
        </a>
      </p>
      <p className="small muted">{t('myLetters.selfPost.downloadHint')}</p>

      <h4>{t('myLetters.selfPost.addressHeading')}</h4>
      <AddressBlock letterId={letter.id} country={country} />

      <h4>{t('myLetters.selfPost.envelopeHeading')}</h4>
      <ul className="small">
        <li>{t('myLetters.selfPost.stepFrom')}</li>
        <li>{t('myLetters.selfPost.stepReply')}</li>
        <li>{t('myLetters.selfPost.stepStamp')}</li>
      </ul>

      <h4>{t('myLetters.selfPost.postedHeading')}</h4>
      <SelfPostedForm letterId={letter.id} onDone={onChange} />

      {error !== undefined && <ErrorNotice error={error} />}
      <p className="self-post-back small">
        {t('myLetters.selfPost.handBackHint')}{' '}
        <button type="button" className="link-button" onClick={() => void handBack()}>
          {t('myLetters.selfPost.handBack')}
        </button>
      </p>
    </section>
  );
}
