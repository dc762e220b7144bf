import { AppError } from '@/lib/errors';
import { encodeQueryValue } from './encode-query-value';

// Stored templates carry {click_id}, {url}, {publisher_id} and {advertiser_id}
// (db/seed/networks.ts). Every value is percent-encoded exactly once, so an
// advertiser id with a "/" or "&" cannot add a path segment or a parameter.
// Any other {name} is a typo in the template: better a loud error than a link
// that sends a literal "{ClickId}" to the network.

export type PlaceholderValues = {
  click_id: string;
  publisher_id: string;
  advertiser_id: string;
  /** The destination href, or null when the member did not ask for a deep link. */
  url: string | null;
};

const PLACEHOLDER = /\{([^{}]*)\}/g;

export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    switch (name) {
      case 'click_id':
      case 'publisher_id':
      case 'advertiser_id':
        return encodeQueryValue(values[name]);
      case 'url':
        if (values.url === null) {
          throw new AppError('internal', 'tracking template needs {url} here but there is no deep link');
        }
        return encodeQueryValue(values.url);
      default:
        throw new AppError('internal', `unknown placeholder {${name}} in tracking template`);
    }
  });
}
