/**
 * A person's picture, or a respectful placeholder: their initials on a quiet colour (chosen from
 * the id, so it stays the same), never a silhouette or a mugshot frame.
 */
import { initialsOf } from './names';

const TONES = 6;

function tone(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % TONES;
}

/** Photo or initials. `name` is the visible name; the image is decorative beside it. */
export function Avatar({
  id,
  name,
  photoUrl,
  size = 'md',
}: {
  id: string;
  name: string;
  photoUrl: string | null;
  size?: 'md' | 'lg';
}) {
  if (photoUrl) return <img className={`avatar avatar-${size}`} src={photoUrl} alt="" loading="lazy" />;
  return (
    <span className={`avatar avatar-${size} avatar-tone-${tone(id)}`} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
