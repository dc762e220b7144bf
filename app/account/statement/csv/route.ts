// GET /account/statement/csv: the signed-in member's statement (newest 10,000 lines) as a CSV download.

import { getDb } from '@/db/client';
import { currentUser } from '@/lib/auth/current-user';
import { memberStatementExport } from '@/lib/cashback/member-statement';
import { csvTime, statementCsv } from '@/lib/cashback/statement-csv';
import { getTranslator } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

// Personal data: never kept by a browser or a proxy cache.
const NO_STORE = { 'Cache-Control': 'no-store' };

export async function GET() {
  // The proxy only looks for a cookie; this checks the session behind it.
  const user = await currentUser();
  if (!user) {
    return Response.json(
      { error: { code: 'unauthorized', message: 'Sign in to download your statement.' } },
      { status: 401, headers: NO_STORE },
    );
  }
  const [{ t, locale }, db] = await Promise.all([getTranslator(), getDb()]);
  const { lines } = await memberStatementExport(db, user.id);
  const day = csvTime(new Date()).slice(0, 10); // the Paris calendar day
  const name = locale === 'fr' ? `ristourne-releve-${day}.csv` : `ristourne-statement-${day}.csv`;
  return new Response(statementCsv(lines, { locale, t }), {
    headers: {
      ...NO_STORE,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
    },
  });
}
