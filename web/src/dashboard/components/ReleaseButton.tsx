/** Giving a held item back to its queue (key r), from the screen it is worked on. */

/** The button; `small` for the quiet line under a page's work rather than among its actions. */
export function ReleaseButton({
  label,
  onRelease,
  small = false,
}: {
  label: string;
  onRelease: () => Promise<void>;
  small?: boolean;
}) {
  return (
    <button
      type="button"
      className={small ? 'button button-small button-quiet' : 'button button-quiet'}
      onClick={() => void onRelease()}
    >
      {label} <kbd>r</kbd>
    </button>
  );
}
