// GET /admin/payouts/[id]/file: a batch's payout file (SEPA pain.001 streamed, or PayPal bulk CSV), staff only.

import { getDb } from '@/db/client';
import { STAFF_ROLES } from '@/lib/accounts/roles';
import { clientIp } from '@/lib/auth/client-ip';
import { currentUser } from '@/lib/auth/current-user';
import { toErrorBody } from '@/lib/errors';
import { payoutsConfig } from '@/lib/payouts/payouts-config';
import { exportPaypalCsv, exportSepaBatch } from '@/lib/withdrawals/export-payout-batch';
import { payoutBatch } from '@/lib/withdrawals/payout-batch-views';
import { withdrawalsConfig } from '@/lib/withdrawals/withdrawals-config';

export const dynamic = 'force-dynamic';

// Bank details of members: never kept by a browser or a proxy cache.
const NO_STORE = { 'Cache-Control': 'no-store' };

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user || !(STAFF_ROLES as readonly string[]).includes(user.role)) {
    return new Response('Not found', { status: 404, headers: NO_STORE });
  }
  const { id } = await params;
  const batchId = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  const actor = { actorUserId: user.id, ip: clientIp(request.headers) };
  try {
    const db = await getDb();
    const batch = await payoutBatch(db, batchId);
    if (!batch) return new Response('Not found', { status: 404, headers: NO_STORE });
    const { detailsKey } = withdrawalsConfig();
    if (batch.method === 'paypal') {
      const { fileName, csv } = await exportPaypalCsv(db, batchId, detailsKey, actor);
      return new Response(csv, {
        headers: { ...NO_STORE, ...download('text/csv; charset=utf-8', fileName) },
      });
    }
    const { fileName, chunks } = await exportSepaBatch(
      db,
      batchId,
      { debtor: payoutsConfig().sepaDebtor, detailsKey },
      actor,
    );
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    return new Response(body, {
      headers: { ...NO_STORE, ...download('application/xml; charset=utf-8', fileName) },
    });
  } catch (error) {
    const { status, body } = toErrorBody(error);
    return Response.json(body, { status, headers: NO_STORE });
  }
}

function download(contentType: string, fileName: string) {
  return { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${fileName}"` };
}
