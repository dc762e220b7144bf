// The accounts domain functions the auth edge uses, in one place.
export type { AccountUser } from '@/lib/accounts/account-user';
export { authenticate } from '@/lib/accounts/authenticate';
export { consumeMagicLink } from '@/lib/accounts/magic-link';
export { createSession, revokeSession, touchSession } from '@/lib/accounts/sessions';
