/**
 * The facts above a reply screen: the letter it answers (reference code, prisoner, the writer's
 * pseudonym — never an address), what the writer reads, how it arrived, and who holds it now,
 * with "take it" when nobody does.
 */
import { useTranslation } from 'react-i18next';
import { dateTime, minutesLeft } from '../format';
import { useSession } from '../session';
import type { ReplyView } from './api';
import { RP } from './strings';

/** True when someone other than `userId` holds the reply's lease right now. */
export function heldByOther(view: ReplyView, userId: string, now = Date.now()): boolean {
  return Boolean(
    view.claimedBy &&
    view.claimedBy !== userId &&
    view.claimExpiresAt &&
    Date.parse(view.claimExpiresAt) > now,
  );
}

/** The name of language `code` in the UI language `ui` ("en" → "English"). */
export function languageName(code: string, ui: string): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The facts block. */
export function ReplyFacts({ view, onTake }: { view: ReplyView; onTake?: () => void }) {
  const { t, i18n } = useTranslation(RP);
  const { me } = useSession();
  const mine =
    view.claimedBy === me.id && view.claimExpiresAt && Date.parse(view.claimExpiresAt) > Date.now();
  return (
    <dl className="dash-facts">
      {view.letter && (
        <>
          <div>
            <dt>{t('facts.letter')}</dt>
            <dd>{view.letter.refCode}</dd>
          </div>
          <div>
            <dt>{t('facts.from')}</dt>
            <dd lang="ru">
              {view.letter.prisonerName}
              {view.letter.facility && <span className="dash-meta"> · {view.letter.facility}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('facts.to')}</dt>
            <dd>
              {view.letter.writerPseudonym}
              {view.targetLanguage && (
                <span className="dash-meta">
                  {' · '}
                  {t('facts.reads', { language: languageName(view.targetLanguage, i18n.language) })}
                </span>
              )}
            </dd>
          </div>
        </>
      )}
      <div>
        <dt>{t('facts.received')}</dt>
        <dd>
          {dateTime(view.receivedAt)} · {t(`via.${view.receivedVia}`, { defaultValue: view.receivedVia })}
        </dd>
      </div>
      <div>
        <dt>{t('facts.lease')}</dt>
        <dd className={mine ? 'dash-claim-mine' : undefined}>
          {mine ? (
            t('facts.yours', { minutes: minutesLeft(view.claimExpiresAt!) })
          ) : heldByOther(view, me.id) ? (
            t('facts.heldByOther', { time: dateTime(view.claimExpiresAt) })
          ) : (
            <>
              {t('facts.notHeld')}{' '}
              {onTake && (
                <button type="button" className="button button-small button-quiet" onClick={onTake}>
                  {t('facts.takeIt')}
                </button>
              )}
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
