/** Small formatting helpers for the dashboard: ages ("3 h", "2 d") and times in the UI language. */
import i18next from 'i18next';

/** How long ago `since` was, as a short relative phrase ("3 hours ago"). */
export function age(since: string | null, now = Date.now()): string {
  if (!since) return '—';
  const minutes = Math.max(0, Math.round((now - Date.parse(since)) / 60_000));
  const rtf = new Intl.RelativeTimeFormat(i18next.language || 'en', { numeric: 'auto', style: 'short' });
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return rtf.format(-hours, 'hour');
  return rtf.format(-Math.round(hours / 24), 'day');
}

/** A date and time in the UI language ("12 Mar, 14:05"). */
export function dateTime(value: string | null): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(i18next.language || 'en', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(value));
}

/** Minutes left until `until` (0 when past). */
export function minutesLeft(until: string, now = Date.now()): number {
  return Math.max(0, Math.round((Date.parse(until) - now) / 60_000));
}
