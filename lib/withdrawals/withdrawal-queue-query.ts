import {
  type PayoutMethodKind,
  payoutMethodKind,
  type WithdrawalStatus,
  withdrawalStatus,
} from '@/db/schema';
import { first, type RawParams } from '@/lib/admin/url-state';
import { parseScaled } from '@/lib/money';
import type { QueueFilter } from './withdrawal-queue';

// The queue's filters from its URL (`?status=&method=&min=&max=&age=`):
// amounts in euros as staff type them ("12,50"), age in whole days. A value
// that does not parse is dropped, as if unset, rather than failing the page.

export type QueueQuery = {
  status: WithdrawalStatus | null;
  method: PayoutMethodKind | null;
  min: string | null;
  max: string | null;
  age: string | null;
  filter: QueueFilter;
};

function amountMinor(value: string | undefined): number | null {
  if (!value) return null;
  try {
    const minor = parseScaled(value, 2);
    return minor >= 0 ? minor : null;
  } catch {
    return null;
  }
}

export function parseQueueQuery(params: RawParams): QueueQuery {
  const statusRaw = first(params, 'status');
  const status = (withdrawalStatus.enumValues as readonly string[]).includes(statusRaw ?? '')
    ? (statusRaw as WithdrawalStatus)
    : null;
  const methodRaw = first(params, 'method');
  const method = (payoutMethodKind.enumValues as readonly string[]).includes(methodRaw ?? '')
    ? (methodRaw as PayoutMethodKind)
    : null;
  const minMinor = amountMinor(first(params, 'min'));
  const maxMinor = amountMinor(first(params, 'max'));
  const ageRaw = first(params, 'age');
  const age = ageRaw && /^\d{1,4}$/.test(ageRaw) ? Number(ageRaw) : null;
  return {
    status,
    method,
    min: minMinor === null ? null : first(params, 'min')!,
    max: maxMinor === null ? null : first(params, 'max')!,
    age: age === null ? null : String(age),
    filter: {
      statuses: status ? [status] : undefined,
      method,
      minAmountMinor: minMinor,
      maxAmountMinor: maxMinor,
      minAgeDays: age,
    },
  };
}
