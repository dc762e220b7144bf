import { decimalString } from './amounts';
import type { MockHandler } from './mock-server';

// Effiliation's transactions API in JSON as a mock (networks.md §1.7 "Pull";
// shape of lib/networks/effiliation/fixtures): GET /apiv2/transaction.json
// with the API key in the query, start/end as dd/MM/yyyy (whole days) and
// `type` naming the date filtered on (date or datevalidation).

export function effiliationHandler(options: {
  apiKey: string;
  transactions: Record<string, unknown>[];
}): MockHandler {
  return (request) => {
    if (request.path !== '/apiv2/transaction.json') return { status: 404, body: 'not found' };
    if (request.query.key !== options.apiKey) return { status: 403, body: { error: 'bad key' } };
    const iso = (dmy: string | undefined) => {
      const [d, m, y] = (dmy ?? '').slice(0, 10).split('/');
      return `${y}-${m}-${d}`;
    };
    const start = iso(request.query.start);
    const end = iso(request.query.end);
    const field = request.query.type === 'datevalidation' ? 'datevalidation' : 'date';
    const transactions = options.transactions.filter((t) => {
      const value = String(t[field] ?? '');
      if (value === '') return false;
      const day = iso(value);
      return day >= start && day <= end;
    });
    return { status: 200, body: { transactions } };
  };
}

/** Effiliation's `dd/MM/yyyy HH:mm:ss` (Paris time; the mock writes UTC+1, winter). */
export function effiliationDate(ms: number): string {
  const paris = new Date(ms + 3_600_000).toISOString();
  return `${paris.slice(8, 10)}/${paris.slice(5, 7)}/${paris.slice(0, 4)} ${paris.slice(11, 19)}`;
}

export function effiliationTransaction(
  id: number,
  atMs: number,
  money: { commissionMinor: number; amountMinor: number },
  validatedAtMs?: number,
): Record<string, unknown> {
  return {
    id_transaction: String(id),
    id_affilieur: '1234',
    id_programme: '5678',
    id_session: `s${id}`,
    effi_id: '01j9z3k7q8m2x4v6b8n0c2d4f6',
    effi_id2: '',
    type: 'Vente',
    montant: decimalString(money.amountMinor).replace('.', ','),
    commission: decimalString(money.commissionMinor).replace('.', ','),
    etat: validatedAtMs === undefined ? 'Attente' : 'Valide',
    date: effiliationDate(atMs + 2_000),
    dateclic: effiliationDate(atMs - 1_200_000),
    datetran: effiliationDate(atMs),
    datevalidation: validatedAtMs === undefined ? '' : effiliationDate(validatedAtMs),
    en_session: '1',
  };
}
