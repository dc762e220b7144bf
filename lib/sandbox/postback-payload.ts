import type { AwinTransactionNotification, SandboxSale } from '@/db/schema';
import { awinDateTime, awinDecimal } from './awin-format';

// The Awin transaction notification for a sale as it stands after an event
// (networks.md §1.1, fixture F1). Built when the event happens and stored
// with the postback, so a retry sends exactly what the event said.

/** Awin's text for an amendment; the sandbox console gives no reason of its own. */
export const SANDBOX_AMEND_REASON = 'Sandbox console amendment';

/**
 * Every field a notification may carry, in the order they are sent. jsonb
 * does not keep key order, so the sender walks this list rather than the
 * stored object.
 */
export const AWIN_NOTIFICATION_FIELDS = [
  'transactionId',
  'transactionDate',
  'transactionCurrency',
  'transactionAmount',
  'commission',
  'affiliateId',
  'merchantId',
  'publisherId',
  'advertiserId',
  'groupId',
  'bannerId',
  'clickRef',
  'orderRef',
  'commissionStatus',
  'customerAcquisition',
  'validationDate',
  'amended',
  'amendReason',
  'amendmentDate',
  'oldSaleAmount',
  'oldCommissionAmount',
] as const satisfies ReadonlyArray<keyof AwinTransactionNotification>;

type SaleState = Pick<
  SandboxSale,
  | 'id'
  | 'orderRef'
  | 'advertiserId'
  | 'publisherId'
  | 'clickRef'
  | 'saleAmountMinor'
  | 'saleCurrency'
  | 'commissionAmountMinor'
  | 'commissionCurrency'
  | 'customerType'
  | 'status'
  | 'amendedFromSaleMinor'
  | 'amendedFromCommissionMinor'
  | 'amendedAt'
  | 'validatedAt'
  | 'createdAt'
>;

export function buildAwinNotification(sale: SaleState): AwinTransactionNotification {
  const payload: AwinTransactionNotification = {
    transactionId: String(sale.id),
    transactionDate: awinDateTime(sale.createdAt),
    transactionCurrency: sale.saleCurrency,
    transactionAmount: awinDecimal(sale.saleAmountMinor, sale.saleCurrency),
    commission: awinDecimal(sale.commissionAmountMinor, sale.commissionCurrency),
    affiliateId: sale.publisherId,
    merchantId: sale.advertiserId,
    publisherId: sale.publisherId,
    advertiserId: sale.advertiserId,
    // Awin sends "0" when no commission group or banner applies (fixture F1).
    groupId: '0',
    bannerId: '0',
    clickRef: sale.clickRef ?? '',
    orderRef: sale.orderRef,
    commissionStatus: sale.status,
    customerAcquisition: sale.customerType === 'new' ? 'NEW' : 'EXISTING',
    amended: sale.amendedAt ? 'true' : 'false',
  };
  if (sale.validatedAt) payload.validationDate = awinDateTime(sale.validatedAt);
  // Like Awin's API, the amendment stays on the record through later events.
  if (sale.amendedAt && sale.amendedFromSaleMinor !== null && sale.amendedFromCommissionMinor !== null) {
    payload.amendReason = SANDBOX_AMEND_REASON;
    payload.amendmentDate = awinDateTime(sale.amendedAt);
    payload.oldSaleAmount = awinDecimal(sale.amendedFromSaleMinor, sale.saleCurrency);
    payload.oldCommissionAmount = awinDecimal(sale.amendedFromCommissionMinor, sale.commissionCurrency);
  }
  return payload;
}

/**
 * The GET Awin would make: the target URL (its token path and any query it
 * already has) plus each field under its own name. Values are encoded with
 * encodeURIComponent, so a space is "%20" as in fixture F5, never "+".
 */
export function awinNotificationUrl(target: URL, payload: AwinTransactionNotification): URL {
  const url = new URL(target);
  const ours = new Set<string>(AWIN_NOTIFICATION_FIELDS);
  const kept = [...url.searchParams].filter(([name]) => !ours.has(name));
  const pairs: string[] = kept.map(([name, value]) => `${enc(name)}=${enc(value)}`);
  for (const field of AWIN_NOTIFICATION_FIELDS) {
    const value = payload[field];
    if (value !== undefined) pairs.push(`${field}=${enc(value)}`);
  }
  url.search = pairs.join('&');
  return url;
}

const enc = encodeURIComponent;
