// What each network documents about the sub-id slot our click id goes into
// (networks.md §2). The click id is chosen to fit all of them; a test keeps it
// so, and the link builders write the click id into exactly these parameters.
//
// `maxLength: null` means no limit was found in the sources (not "unlimited").
// `charset` is the narrowest set the documentation allows; where nothing is
// documented we assume URL-unreserved characters.

export type SubIdConstraint = {
  network: string;
  /** The parameter (or path segment, for CJ deep links) that carries our click id. */
  param: string;
  maxLength: number | null;
  charset: RegExp;
  /** Values the network refuses outright. */
  refused: readonly string[];
  source: string;
};

const ALNUM = /^[0-9A-Za-z]+$/;
const UNRESERVED = /^[0-9A-Za-z._~-]+$/;

export const SUB_ID_CONSTRAINTS: readonly SubIdConstraint[] = [
  {
    network: 'awin',
    param: 'clickref',
    maxLength: 50,
    charset: UNRESERVED,
    refused: [],
    source: 'networks.md §1.1: no limit today, 50 in older docs and in aggregated reports',
  },
  {
    network: 'cj',
    param: 'sid',
    maxLength: 30,
    charset: ALNUM,
    refused: ['0'],
    source: 'networks.md §1.2: ≤30 alphanumeric, no spaces/hyphens/periods, never "0"',
  },
  {
    network: 'rakuten',
    param: 'u1',
    maxLength: 72,
    charset: ALNUM,
    refused: [],
    source: 'networks.md §1.3: up to 72 alphanumeric characters, case-sensitive',
  },
  {
    network: 'impact',
    param: 'subId1',
    maxLength: 255,
    charset: UNRESERVED,
    refused: [],
    source: 'networks.md §1.4: Shared ID 255; the Sub ID limit is unconfirmed, assume the same',
  },
  {
    network: 'tradedoubler',
    param: 'epi',
    maxLength: 64,
    charset: ALNUM,
    refused: [],
    source: 'networks.md §1.5: letters and numbers, at most 64 characters',
  },
  {
    network: 'kwanko',
    param: 'argsite',
    maxLength: 8000,
    charset: UNRESERVED,
    refused: [],
    source: 'networks.md §1.6: argsite up to 8,000 characters',
  },
  {
    network: 'effiliation',
    param: 'effi_id',
    maxLength: null,
    charset: ALNUM,
    refused: [],
    source: 'networks.md §1.7: "an alphanumerical value"',
  },
  {
    network: 'admitad',
    param: 'subid',
    maxLength: null,
    charset: UNRESERVED,
    refused: [],
    source: 'networks.md §1.8, §2: not found',
  },
  {
    network: 'sandbox',
    param: 'clickref',
    maxLength: 50,
    charset: UNRESERVED,
    refused: [],
    source: 'our own network, shaped like Awin (DESIGN.md §3.9)',
  },
];
