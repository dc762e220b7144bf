import type { UserRole } from '@/db/schema';
import { STAFF_ROLES } from '@/lib/accounts/roles';

// What the proxy does with a request for a gated area, given the role behind
// its session cookie (null: no cookie, or one that no longer opens a session).
// Pages and actions check again on the server; this keeps the obvious cases
// from ever reaching them.

export type GatedArea = 'account' | 'admin';
export type GateDecision = 'allow' | 'sign-in' | 'not-found';

const AREA = /^\/(account|admin)(?:\/|$)/;

export function gatedArea(pathname: string): GatedArea | null {
  const match = AREA.exec(pathname);
  return match ? (match[1] as GatedArea) : null;
}

/** Anonymous → sign in; the back office answers 404 to non-staff (it does not announce itself). */
export function gateDecision(area: GatedArea, role: UserRole | null): GateDecision {
  if (role === null) return 'sign-in';
  if (area === 'admin' && !(STAFF_ROLES as readonly UserRole[]).includes(role)) return 'not-found';
  return 'allow';
}
