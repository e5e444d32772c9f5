// `application/json`, optionally with a UTF-8 charset and nothing else. Anything a plain HTML form can send
// (text/plain, form encodings) fails here, which with the origin check closes cross-site request forgery.
const JSON_CONTENT_TYPE = /^application\/json[ \t]*(;[ \t]*charset[ \t]*=[ \t]*("utf-8"|utf-8)[ \t]*)?$/i;

/** True when the `Content-Type` header is `application/json` with at most a UTF-8 charset. */
export function isJsonContentType(value: string | null): boolean {
  return value !== null && JSON_CONTENT_TYPE.test(value.trim());
}
