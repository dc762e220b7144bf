import type { ConversionStatus, ConversionType } from '../conversion-event';
import { fail, ok, type Parsed, shown } from '../parse/parsed';

// networks.md §6.2 "Network → canonical mapping", Awin: pending → pending,
// approved → approved, declined → declined, deleted → void, and
// `paidToPublisher=true` → paid. Awin only pays approved transactions
// (§1.1 "Pending review → Approved → Payable"), so "paid" on anything else is
// contradictory and refused rather than guessed.

const STATUSES: Record<string, ConversionStatus> = {
  pending: 'pending',
  approved: 'approved',
  declined: 'declined',
  deleted: 'void',
};

export type AwinStatus = { networkStatus: string; status: ConversionStatus };

export function awinStatus(raw: unknown, paidToPublisher: boolean | null): Parsed<AwinStatus> {
  if (typeof raw !== 'string') return fail(`commissionStatus must be a string, got ${shown(raw)}`);
  const status = STATUSES[raw.trim().toLowerCase()];
  if (!status) return fail(`unknown commissionStatus ${shown(raw)}`);
  if (paidToPublisher && status !== 'approved') {
    return fail(`paidToPublisher is true on a ${raw} transaction`);
  }
  return ok({ networkStatus: raw, status: paidToPublisher ? 'paid' : status });
}

/**
 * Awin's `type` (§1.1: "Commission group transaction", Sale, Lead, Bonus).
 * A commission-group transaction is a sale at a group's rate; a missing type
 * is a sale (the push never says, and a sale is what it reports).
 */
export function awinConversionType(raw: unknown): Parsed<ConversionType> {
  if (raw === undefined || raw === null || raw === '') return ok('sale');
  if (typeof raw !== 'string') return fail(`type must be a string, got ${shown(raw)}`);
  const word = raw.toLowerCase();
  if (word.includes('lead')) return ok('lead');
  if (word.includes('bonus')) return ok('bonus');
  if (word.includes('sale') || word.includes('commission group')) return ok('sale');
  return ok('other');
}
