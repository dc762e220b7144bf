// Where to send the browser after a form post. Only same-site relative paths
// are allowed, so a crafted `returnTo` can never turn our redirect into an
// open redirect to another site.

const MAX_LENGTH = 2048;
const FALLBACK = '/';
// Any C0 control, DEL or C1 control: browsers strip tabs and newlines from
// URLs, which turns `/\t/evil.example` into `//evil.example`.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;
const PLACEHOLDER_ORIGIN = 'http://return-path.invalid';

function isProtocolRelative(path: string): boolean {
  // `//host` and `/\host` both mean "another host" to a browser.
  return path.startsWith('//') || path.startsWith('/\\');
}

function decodeOnce(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * Returns `value` if it is a safe same-site path (`/stores?q=fnac`), normalised;
 * `/` for anything else (absolute URLs, `//host`, `/\host`, schemes, control
 * characters, encoded slashes that decode to `//`, non-strings, overlong input).
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string') return FALLBACK;
  if (value.length === 0 || value.length > MAX_LENGTH) return FALLBACK;
  if (!value.startsWith('/') || isProtocolRelative(value)) return FALLBACK;
  if (CONTROL_CHARS.test(value) || value.includes('\\')) return FALLBACK;

  // A proxy that decodes once (then a browser that strips tabs) must not see
  // `//host` either: `/%2F%2Fevil.example`, `/%5Cevil.example`, `/%09/evil.example`.
  const decoded = decodeOnce(value);
  if (decoded === null || isProtocolRelative(decoded.replace(/[\t\n\r]/g, ''))) return FALLBACK;

  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return FALLBACK;

  const normalised = `${url.pathname}${url.search}${url.hash}`;
  return isProtocolRelative(normalised) ? FALLBACK : normalised;
}
