import { normaliseIban } from './iban';

// Payout details are shown masked everywhere but the payout file itself:
// enough for a member to recognise their own account, not enough for someone
// looking over a shoulder (or at a screenshot) to reuse it. The mask has a
// fixed shape, so it does not give away the length of what it hides.

const DOTS = '••••';

/** "FR7630006000011234567890189" → "FR76 •••• •••• 0189". */
export function maskIban(iban: string): string {
  const electronic = normaliseIban(iban);
  if (electronic.length < 8) return `${DOTS} ${DOTS}`;
  return `${electronic.slice(0, 4)} ${DOTS} ${DOTS} ${electronic.slice(-4)}`;
}

/** "jeanne.martin@example.com" → "j•••@example.com": the provider stays readable, the mailbox does not. */
export function maskEmail(email: string): string {
  const at = email.trim().lastIndexOf('@');
  if (at <= 0) return '•••';
  const trimmed = email.trim();
  const first = Array.from(trimmed.slice(0, at))[0]!;
  return `${first}•••${trimmed.slice(at)}`;
}

export type PayoutDetail = { method: 'paypal'; email: string } | { method: 'sepa'; iban: string };

/** The masked form of a payout method's destination, as the member and ops see it. */
export function maskPayoutDetail(detail: PayoutDetail): string {
  return detail.method === 'paypal' ? maskEmail(detail.email) : maskIban(detail.iban);
}
