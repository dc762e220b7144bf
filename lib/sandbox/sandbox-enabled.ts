import type { Env } from '@/lib/env';

/**
 * Whether the sandbox network (/sandbox/...) exists: everywhere but a real
 * production site. `npm start` runs Next in production mode for the demo,
 * hence DEMO_MODE, as for the dev mailbox (lib/notifications/mailbox-enabled.ts).
 * Its pages, route and actions answer 404 otherwise.
 */
export function sandboxEnabled(env: Pick<Env, 'NODE_ENV' | 'DEMO_MODE'>): boolean {
  return env.NODE_ENV !== 'production' || env.DEMO_MODE;
}
