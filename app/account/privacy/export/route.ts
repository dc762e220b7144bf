// GET /account/privacy/export: the signed-in member's data as a JSON download (GDPR art. 15 and 20).

import { getDb } from '@/db/client';
import { exportData } from '@/lib/accounts/export-data';
import { currentUser } from '@/lib/auth/current-user';

export const dynamic = 'force-dynamic';

// Personal data: never kept by a browser or a proxy cache.
const NO_STORE = { 'Cache-Control': 'no-store' };

export async function GET() {
  // The proxy only looks for a cookie; this checks the session behind it.
  const user = await currentUser();
  if (!user) {
    return Response.json(
      { error: { code: 'unauthorized', message: 'Sign in to export your data.' } },
      { status: 401, headers: NO_STORE },
    );
  }
  const data = await exportData(await getDb(), user.id);
  const day = data.exportedAt.slice(0, 10); // UTC calendar day of the ISO timestamp
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...NO_STORE,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="ristourne-export-${day}.json"`,
    },
  });
}
