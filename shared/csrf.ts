/**
 * CSRF protection, shared by the server's check and the web app's fetch wrapper: every request
 * that changes state (anything but GET, HEAD, OPTIONS) must carry this header with this value.
 * A cross-site form cannot set a header, and a cross-site `fetch` with one needs a CORS preflight
 * that the API never approves; sessions also use SameSite=Strict cookies.
 */

/** The header name (lower case, as HTTP/2 sends it). */
export const CSRF_HEADER = 'x-letterbridge-csrf';

/** Its value. */
export const CSRF_HEADER_VALUE = '1';

/** Methods that never change state and need no header. */
export const SAFE_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];
