import { hashId } from '../batch-key';

// Identifiers in a pain.001 file (MsgId, PmtInfId, EndToEndId) are Max35Text
// and, per the EPC guidelines, must not start or end with "/" nor contain
// "//". We use only letters, digits and "-", which satisfies every bank.
//
// They are derived, never random: exporting a batch again yields the same
// message id, which the bank's duplicate check then refuses instead of paying
// twice, and the end-to-end id is the withdrawal's own id, so the reference a
// bank quotes on a return (pain.002, camt.054) leads straight back to it.

export const SEPA_ID_MAX_LENGTH = 35;

const READABLE_ID = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `prefix + raw` when that is a short, plain identifier; otherwise `prefix + "H" + hash(raw)`. */
function compactId(prefix: string, raw: string, maxLength: number): string {
  if (READABLE_ID.test(raw) && prefix.length + raw.length <= maxLength && !raw.startsWith('H')) {
    return prefix + raw;
  }
  // The "H" marks a hashed id, and readable ids starting with "H" are hashed
  // too, so a readable id can never equal another id's hash.
  return `${prefix}H${hashId([raw], maxLength - prefix.length - 1)}`;
}

/** GrpHdr/MsgId of a batch's file. */
export function sepaMessageId(batchId: string): string {
  return compactId('', batchId, SEPA_ID_MAX_LENGTH);
}

/** PmtInf/PmtInfId: a file holds one payment information block, numbered 1. */
export function sepaPaymentInfoId(batchId: string): string {
  return `${compactId('', batchId, SEPA_ID_MAX_LENGTH - 3)}-P1`;
}

/** CdtTrfTxInf/PmtId/EndToEndId: "W" and the withdrawal id (a UUID loses its dashes to fit). */
export function sepaEndToEndId(withdrawalId: string | number): string {
  const raw = String(withdrawalId);
  return compactId('W', UUID.test(raw) ? raw.replace(/-/g, '').toLowerCase() : raw, SEPA_ID_MAX_LENGTH);
}
