// Browsers drop tabs and line breaks from a Location and read a backslash as
// a slash, so "/\t/evil.example" or "/\evil.example" leave the site; a path
// encoded once more ("/%2F%2Fevil") must not turn into one when decoded.
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/;

function looksLikeOurPath(text: string): boolean {
  return text.startsWith('/') && !text.startsWith('//') && !text.includes('\\') && !controlCharacters.test(text);
}

function decodedOnce(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The path to send someone to after sign-in, or null unless it surely stays on `origin`. */
export function sameSitePath(candidate: string | undefined, origin: string): string | null {
  if (!candidate || !looksLikeOurPath(candidate)) return null;
  const decoded = decodedOnce(candidate);
  if (decoded === null || !looksLikeOurPath(decoded)) return null;
  let url: URL;
  try {
    url = new URL(candidate, origin);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
