import type { ConversionStatus } from '../conversion-event';
import { fail, ok, type Parsed } from '../parse/parsed';
import { canonicalStatus } from './adapter-status';

// A generic S2S account's `fieldMap` (conversion-event.ts AdapterAccount):
// canonical field → the query/body parameter the platform fills with its
// macro, e.g. { conversionId: 'txid', clickRef: 'sub1', sale: 'amount',
// commission: 'payout', currency: 'cur', status: 'status', convertedAt: 'ts' }
// (networks.md §1.9). Two extras fit in the same string → string map:
// - `subIds`: a comma-separated list of further sub-id parameters to keep
//   ("sub2,sub3"); the clickRef parameter is always kept;
// - `status:<word>`: the platform's own status word → a canonical status
//   ({ 'status:hold': 'pending' }), checked before the built-in vocabulary.

export const REQUIRED_FIELDS = ['conversionId', 'clickRef', 'commission', 'convertedAt'] as const;
export const OPTIONAL_FIELDS = [
  'sale',
  'currency',
  'status',
  'effectiveAt',
  'clickedAt',
  'orderRef',
  'advertiserId',
  'reason',
  'type',
] as const;

export type CanonicalField = (typeof REQUIRED_FIELDS)[number] | (typeof OPTIONAL_FIELDS)[number];

export type GenericFieldMap = {
  params: Partial<Record<CanonicalField, string>>;
  subIdParams: string[];
  statusWords: Record<string, ConversionStatus>;
};

const KNOWN = new Set<string>([...REQUIRED_FIELDS, ...OPTIONAL_FIELDS]);
const PARAM_NAME = /^[\w.[\]-]{1,100}$/;
const SUB_IDS_MAX = 10;

/** Checks the map once per postback: a problem here is a configuration error, reported on `fieldMap.<key>`. */
export function readFieldMap(fieldMap: Record<string, string> | undefined): Parsed<GenericFieldMap> {
  if (!fieldMap) return fail('the account has no fieldMap');
  const map: GenericFieldMap = { params: {}, subIdParams: [], statusWords: {} };
  for (const [key, value] of Object.entries(fieldMap)) {
    const param = value.trim();
    if (key === 'subIds') {
      const names = param
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
      if (names.length > SUB_IDS_MAX || names.some((n) => !PARAM_NAME.test(n))) {
        return fail(`fieldMap.subIds: expected up to ${SUB_IDS_MAX} comma-separated parameter names`);
      }
      map.subIdParams = names;
    } else if (key.startsWith('status:')) {
      const status = canonicalStatus(param);
      if (!status) return fail(`fieldMap.${key}: ${JSON.stringify(value)} is not a canonical status`);
      map.statusWords[key.slice('status:'.length).trim().toLowerCase()] = status;
    } else if (KNOWN.has(key)) {
      if (!PARAM_NAME.test(param))
        return fail(`fieldMap.${key}: ${JSON.stringify(value)} is not a parameter name`);
      map.params[key as CanonicalField] = param;
    } else {
      return fail(`fieldMap.${key}: not a canonical field (${[...KNOWN].join(', ')})`);
    }
  }
  const missing = REQUIRED_FIELDS.filter((field) => !map.params[field]);
  if (missing.length > 0) return fail(`fieldMap has no parameter for ${missing.join(', ')}`);
  return ok(map);
}
