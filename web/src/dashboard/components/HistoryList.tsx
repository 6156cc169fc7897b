/** An item's history as the work screens show it: when, what, by whom, where to, and why. */
import { dateTime } from '../format';

/** One event of a letter's or a reply's history. */
export interface HistoryEvent {
  at: string;
  name: string;
  actorType: string;
  /** The status it led to; none when the status stayed. */
  to: string | null;
  reason: string | null;
}

/** The events, oldest first, as a numbered list. */
export function HistoryList({ events }: { events: readonly HistoryEvent[] }) {
  return (
    <ol className="dash-history">
      {events.map((event, i) => (
        <li key={i}>
          <time dateTime={event.at}>{dateTime(event.at)}</time> {event.name} ({event.actorType})
          {event.to && ` → ${event.to}`}
          {event.reason && <q>{event.reason}</q>}
        </li>
      ))}
    </ol>
  );
}
