import { AppError } from '@/lib/errors';
import { isClickId } from '@/lib/tracking/click-id';
import type { TrackingLinkInput } from '../tracking-link-input';
import { destinationHref } from './destination-href';
import { encodeQueryValue } from './encode-query-value';
import { fillPlaceholders, type PlaceholderValues } from './fill-placeholders';

// Turns a stored tracking template into the link a member is redirected to.
// The template is edited, not re-serialised, so parameters we do not own keep
// their exact spelling (networks accept odd forms, e.g. Kwanko's "?P4E9…"
// with no "=", networks.md §1.6).
//
// For a network with a known sub-id slot the slot is written by us whatever
// the template says: every spelling of that parameter (any case, percent-
// encoded name, repeated) is removed and ours is written once, where the first
// one stood. A template therefore cannot carry a second, different click id.
// Same for the destination parameter: our deep link, encoded once. Without a
// deep link, a fixed landing page written in the template (ops' choice) is
// kept, and a "{url}" slot is dropped so the network lands on the programme's
// default page rather than on an empty destination.

export type LinkSlots = {
  /** The query parameter for our click id, or null (generic template: {click_id} only). */
  subIdParam: string | null;
  /** The query parameter for the destination, or null (generic template: {url} only). */
  destinationParam: string | null;
  /** Write the destination as the last parameter, whatever the template's order. */
  destinationLast?: boolean;
  /** Resolve a relative template against this origin (the sandbox network only). */
  base?: URL;
};

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'sub_id' }
  | { kind: 'destination'; fixed: string | null };

export function fillLinkTemplate(input: TrackingLinkInput, slots: LinkSlots): string {
  if (!isClickId(input.clickId)) throw new AppError('internal', 'tracking link needs one of our click ids');
  const values: PlaceholderValues = {
    click_id: input.clickId,
    publisher_id: input.publisherId,
    advertiser_id: input.advertiserId,
    url: input.deepLink === undefined ? null : destinationHref(input.deepLink),
  };
  if (slots.subIdParam === null && !input.trackingTemplate.includes('{click_id}')) {
    throw new AppError('internal', 'tracking template has no {click_id}: the sale could not be attributed');
  }

  const { head, query, fragment } = splitTemplate(input.trackingTemplate);
  const parts: Part[] = [];
  for (const pair of query === null ? [] : query.split('&')) {
    if (pair === '') continue;
    const name = paramName(pair);
    if (slots.subIdParam !== null && name === slots.subIdParam.toLowerCase()) {
      if (!parts.some((p) => p.kind === 'sub_id')) parts.push({ kind: 'sub_id' });
    } else if (slots.destinationParam !== null && name === slots.destinationParam.toLowerCase()) {
      const fixed = pair.includes('{url}') ? null : fillPlaceholders(pair, values);
      if (!parts.some((p) => p.kind === 'destination')) parts.push({ kind: 'destination', fixed });
    } else if (values.url === null && pair.includes('{url}')) {
      // No deep link: drop the parameter rather than send an empty destination.
    } else {
      parts.push({ kind: 'text', text: fillPlaceholders(pair, values) });
    }
  }
  if (slots.subIdParam !== null && !parts.some((p) => p.kind === 'sub_id')) parts.push({ kind: 'sub_id' });
  if (slots.destinationParam !== null && values.url !== null) {
    const at = parts.findIndex((p) => p.kind === 'destination');
    if (at < 0 || slots.destinationLast) {
      if (at >= 0) parts.splice(at, 1);
      parts.push({ kind: 'destination', fixed: null });
    }
  }

  const params = parts.flatMap((part): string[] => {
    if (part.kind === 'text') return [part.text];
    if (part.kind === 'sub_id') return [`${slots.subIdParam}=${input.clickId}`];
    if (values.url !== null) return [`${slots.destinationParam}=${encodeQueryValue(values.url)}`];
    return part.fixed === null ? [] : [part.fixed];
  });
  const link =
    fillPlaceholders(head, values) +
    (params.length > 0 ? `?${params.join('&')}` : '') +
    (fragment === null ? '' : fillPlaceholders(fragment, values));
  return absoluteHttpUrl(link, slots.base);
}

/** Parses the finished link; the result is what the browser will follow, byte for byte. */
export function absoluteHttpUrl(link: string, base?: URL): string {
  let url: URL;
  try {
    url = base === undefined ? new URL(link) : new URL(link, base);
  } catch (cause) {
    throw new AppError('internal', 'tracking template does not give an absolute URL', { cause });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('internal', `tracking link scheme ${url.protocol} is not http(s)`);
  }
  return url.href;
}

function splitTemplate(template: string): { head: string; query: string | null; fragment: string | null } {
  const hashAt = template.indexOf('#');
  const beforeHash = hashAt < 0 ? template : template.slice(0, hashAt);
  const fragment = hashAt < 0 ? null : template.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt < 0) return { head: beforeHash, query: null, fragment };
  return { head: beforeHash.slice(0, queryAt), query: beforeHash.slice(queryAt + 1), fragment };
}

// Compared the way a network's server would read it: percent-decoded, "+" as
// a space, then as PHP does (Awin's cread.php and Kwanko's trk.php are PHP):
// leading spaces dropped, " " and "." read as "_", and "name[…]" as "name".
// Case-folded too, because we would rather drop a "ClickRef" Awin ignores than
// let a differently-cased copy through to a lenient network.
function paramName(pair: string): string {
  const eq = pair.indexOf('=');
  const raw = (eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' ');
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    name = raw;
  }
  const bracket = name.indexOf('[');
  return (bracket < 0 ? name : name.slice(0, bracket)).trim().replace(/[ .]/g, '_').toLowerCase();
}
