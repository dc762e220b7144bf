// Percent-encodes a value for a query string or a path segment, once.
// encodeURIComponent leaves !'()* alone; the WHATWG URL serializer would then
// rewrite ' as %27 in a query, so the link we return would not be the link the
// browser follows. Encoding them too makes our output a fixed point of `new URL`.

export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
