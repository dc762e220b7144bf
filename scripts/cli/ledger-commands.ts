import { checkLedgerInvariants } from '@/lib/ledger/check-invariants';
import type { Command } from './commands';
import { withDb } from './with-db';

// `ledger:check`: every invariant of the member ledger over the whole
// database (lib/ledger/check-invariants.ts). Exits non-zero when any is
// broken, listing the first offending rows of each, so cron can alert on it.

export class LedgerBroken extends Error {}

export const ledgerCommands: Record<string, Command> = {
  'ledger:check': {
    summary: 'check every ledger invariant (balanced entries, balances, splits, no negative member balance)',
    usage: 'ledger:check',
    run: async ({ url, log }) => {
      const started = Date.now();
      const results = await withDb(url, (db) => checkLedgerInvariants(db));
      let broken = 0;
      for (const result of results) {
        const mark = result.violations === 0 ? 'ok  ' : 'FAIL';
        log(
          `${mark} ${result.name}: ${result.description}${result.violations ? ` (${result.violations})` : ''}`,
        );
        for (const example of result.examples) log(`       ${example}`);
        if (result.violations > 0) broken += 1;
      }
      log(`${results.length - broken}/${results.length} invariants hold (${Date.now() - started} ms)`);
      if (broken > 0) throw new LedgerBroken(`${broken} ledger invariant(s) broken`);
    },
  },
};
