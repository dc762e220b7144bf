import { AppError } from '@/lib/errors';

// The one spelling of a deep link that goes into a tracking link: the WHATWG
// serialisation (punycoded host, percent-encoded path and query). Using the
// parsed form, never the raw text, means what we encode is exactly what
// checkDeepLink looked at, and what the network decodes is what a browser
// would request.

export function destinationHref(deepLink: URL | string): string {
  let url: URL;
  try {
    url = deepLink instanceof URL ? deepLink : new URL(deepLink);
  } catch (cause) {
    throw new AppError('internal', 'deep link is not an absolute URL', { cause });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('internal', `deep link scheme ${url.protocol} is not http(s)`);
  }
  return url.href;
}
