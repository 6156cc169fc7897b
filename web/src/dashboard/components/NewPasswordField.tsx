/** Where a volunteer chooses a password: on accepting an invitation and on a password reset. */

/**
 * The "password" field, at least 12 characters (as the server asks), marked for password managers
 * as a new password; `hint` is shown below it and read with it.
 */
export function NewPasswordField({ label, hint }: { label: string; hint?: string }) {
  return (
    <div className="field">
      <label htmlFor="dash-password">{label}</label>
      <input
        id="dash-password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={12}
        required
        aria-describedby={hint ? 'dash-password-hint' : undefined}
      />
      {hint && (
        <p id="dash-password-hint" className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
