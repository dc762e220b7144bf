// The links of a plain-text e-mail, so the dev mailbox can offer them as real
// links (the HTML is shown in a sandbox where links do not navigate).

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
// Sentence punctuation that follows a URL in prose is not part of it.
const TRAILING = /[.,;:!?)\]}'’»]+$/;

/** Distinct http(s) URLs in order of appearance. */
export function extractLinks(text: string): string[] {
  const links = new Set<string>();
  for (const match of text.matchAll(URL_PATTERN)) {
    const link = match[0].replace(TRAILING, '');
    if (URL.canParse(link)) links.add(link);
  }
  return [...links];
}
