/** A letter's history in plain words, oldest first, with dates in the reader's locale. */
import { useTranslation } from 'react-i18next';
import type { WriterLetter } from '../../api/types';
import { formatDate } from '../../i18n/format';

/** What the writer did themselves, said their way: self-post chosen, posted, handed back. */
const BY_YOU: Partial<Record<string, string>> = {
  dispatching: 'timeline.selfPostStarted',
  dispatched: 'timeline.selfPosted',
  approved: 'timeline.selfPostHandedBack',
};

/** The timeline of one letter. */
export function Timeline({ letter }: { letter: WriterLetter }) {
  const { t } = useTranslation();
  const facility = letter.facility ? `${letter.facility.shortName}, ${letter.facility.region}` : '';
  const channel = letter.channel ? t(`channel.${letter.channel}`, { defaultValue: letter.channel }) : '';
  return (
    <ol className="timeline">
      {letter.timeline.map((step, i) => (
        <li key={`${step.status}-${i}`} className={i === letter.timeline.length - 1 ? 'current' : undefined}>
          <time dateTime={step.at}>{formatDate(step.at)}</time>
          <span>
            {step.byYou && BY_YOU[step.status]
              ? t(BY_YOU[step.status]!, { facility })
              : step.status === 'dispatched' && channel
                ? t('timeline.dispatchedVia', { channel, facility })
                : t(`timeline.${step.status}`, { facility })}
          </span>
          {step.reason && <q className="reason">{step.reason}</q>}
        </li>
      ))}
    </ol>
  );
}
