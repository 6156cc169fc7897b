/** One-time tokens that arrive in the URL fragment (invitation and password reset links). */

/**
 * The token in the address's fragment, which the browser never sends to the server; it is
 * removed from the address bar at once, so it stays out of the history and of shared screens.
 */
export function takeFragmentToken(): string {
  const token = window.location.hash.replace(/^#/, '');
  if (token) window.history.replaceState(null, '', window.location.pathname);
  return token;
}
