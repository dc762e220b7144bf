import type pg from 'pg';

// This machine's PostgreSQL server runs with autovacuum off. A bench that
// starts from empty tables and fills them therefore keeps the statistics of
// empty tables, and the planner keeps choosing sequential scans that grow
// with every row (applying postbacks fell from ~130/s to ~35/s that way).
// Production runs autovacuum; while a bench fills tables, this does its
// autoanalyze part: ANALYZE of the given tables every `everyMs`, only when the
// server's autovacuum is off. Returns a stop function.

export async function autoanalyzeWhileFilling(
  pool: pg.Pool,
  tables: readonly string[],
  everyMs = 5_000,
): Promise<{ active: boolean; stop: () => Promise<void> }> {
  const { rows } = await pool.query<{ autovacuum: string }>('show autovacuum');
  if (rows[0]?.autovacuum !== 'off') return { active: false, stop: async () => {} };
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => pool.query(`analyze ${tables.join(', ')}`)).catch(() => {});
  }, everyMs);
  return {
    active: true,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/** What intake and the ledger write for each postback. */
export const INTAKE_TABLES = [
  'inbox_events',
  'conversions',
  'conversion_events',
  'conversion_lines',
  'conversion_changes',
  'conversion_status_changes',
  'ledger_entries',
  'ledger_lines',
  'member_cashback',
  'member_cashback_events',
] as const;
