import { admitadStatisticsApiAdapter } from './admitad/adapter-statistics-api';
import { awinTransactionsApiAdapter } from './awin/adapter-transactions-api';
import { cjCommissionDetailAdapter } from './cj/adapter';
import type { DocumentAdapter } from './conversion-event';
import { effiliationCsvAdapter } from './effiliation/adapter-csv';
import { effiliationJsonAdapter } from './effiliation/adapter-json';
import { impactActionsApiAdapter } from './impact/adapter-actions-api';
import { kwankoConversionsApiAdapter } from './kwanko/adapter-conversions-api';
import { rakutenEventsAdapter } from './rakuten/adapter';
import { tradedoublerTransactionsApiAdapter } from './tradedoubler/adapter-transactions-api';

// Which adapters read a document a network hands over (an API response saved
// to a file, an exported report), per network code: what the back office's
// report import (issue 5) offers for an account of that network. The label is
// a format's name as ops know it (not translated: it is the network's own
// name for its export); `accept` the file extensions the file input suggests.

export type DocumentFormat = {
  /** Stable id, posted by the import form: `<network>-<format>`. */
  id: string;
  label: string;
  adapter: DocumentAdapter;
  accept: readonly string[];
};

const JSON_FILES = ['.json', '.txt'] as const;

export const DOCUMENT_ADAPTERS: Readonly<Record<string, readonly DocumentFormat[]>> = {
  admitad: [
    {
      id: 'admitad-statistics-json',
      label: 'Admitad — Statistics API (JSON)',
      adapter: admitadStatisticsApiAdapter,
      accept: JSON_FILES,
    },
  ],
  awin: [
    {
      id: 'awin-transactions-json',
      label: 'Awin — Transactions API (JSON)',
      adapter: awinTransactionsApiAdapter,
      accept: JSON_FILES,
    },
  ],
  cj: [
    {
      id: 'cj-commissions-json',
      label: 'CJ — Commission Detail API (JSON)',
      adapter: cjCommissionDetailAdapter,
      accept: JSON_FILES,
    },
  ],
  effiliation: [
    {
      id: 'effiliation-csv',
      label: 'Effiliation — export des transactions (CSV)',
      adapter: effiliationCsvAdapter,
      accept: ['.csv', '.txt'],
    },
    {
      id: 'effiliation-json',
      label: 'Effiliation — API des transactions (JSON)',
      adapter: effiliationJsonAdapter,
      accept: JSON_FILES,
    },
  ],
  impact: [
    {
      id: 'impact-actions-json',
      label: 'Impact — Actions API (JSON)',
      adapter: impactActionsApiAdapter,
      accept: JSON_FILES,
    },
  ],
  kwanko: [
    {
      id: 'kwanko-conversions-json',
      label: 'Kwanko — Conversions API (JSON)',
      adapter: kwankoConversionsApiAdapter,
      accept: JSON_FILES,
    },
  ],
  rakuten: [
    {
      id: 'rakuten-events-json',
      label: 'Rakuten — Events API (JSON)',
      adapter: rakutenEventsAdapter,
      accept: JSON_FILES,
    },
  ],
  tradedoubler: [
    {
      id: 'tradedoubler-transactions-json',
      label: 'Tradedoubler — Transactions API (JSON)',
      adapter: tradedoublerTransactionsApiAdapter,
      accept: JSON_FILES,
    },
  ],
};

/** The formats an account of this network can import (none for sandbox or generic S2S). */
export function documentFormatsFor(networkCode: string): readonly DocumentFormat[] {
  return Object.hasOwn(DOCUMENT_ADAPTERS, networkCode) ? DOCUMENT_ADAPTERS[networkCode]! : [];
}

/** The format with this id for this network, or null when the pair does not exist. */
export function findDocumentFormat(networkCode: string, formatId: string): DocumentFormat | null {
  return documentFormatsFor(networkCode).find((f) => f.id === formatId) ?? null;
}
