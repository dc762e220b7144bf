// The production web server (npm start runs it): Next's request handler, with
// /out/<slug> answered first by scripts/server/fast-click-out.ts, network
// postbacks by scripts/server/fast-postback.ts, and
// anonymous catalog pages replayed from a short-lived cache. Also the one
// place the client's address is fixed: unless TRUST_PROXY=true (a reverse
// proxy in front that overwrites X-Forwarded-For), a client-sent
// X-Forwarded-For is replaced by the socket's address, so nobody can pick the
// IP that sign-in throttling and click records see.
import http from 'node:http';
import next from 'next';
import { getDb } from '@/db/client';
import { createCatalogPageCache } from '@/lib/catalog/page-cache';
import { env } from '@/lib/env';
import { POSTBACK_ADAPTERS } from '@/lib/networks/postback-adapters';
import { clickOutConfig, processClickTargets, processClickWriter } from '@/lib/tracking/click-out-http';
import { clickOutSlug, fastClickOut } from './fast-click-out';
import { fastPostback, postbackRoute } from './fast-postback';
import { startPostbackIntake } from './postback-intake';

async function main(): Promise<void> {
  const config = env();
  const app = next({ dev: false, dir: process.cwd(), port: config.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  const db = await getDb();
  const deps = {
    target: processClickTargets(),
    config: clickOutConfig(config),
    write: processClickWriter(db),
  };
  // Postbacks: group-committed to the inbox, applied after their 200, swept after a crash.
  const postbacks = startPostbackIntake(db, { adapters: POSTBACK_ADAPTERS, log: console.log });
  // Anonymous catalog pages replayed for a few seconds, each with a fresh CSP nonce (lib/catalog/page-cache.ts).
  const pageCache = createCatalogPageCache();

  const server = http.createServer((request, response) => {
    if (!config.TRUST_PROXY) {
      const address = request.socket.remoteAddress?.replace(/^::ffff:/, '');
      if (address) request.headers['x-forwarded-for'] = address;
      else delete request.headers['x-forwarded-for'];
      delete request.headers['x-real-ip'];
    }
    const clickOut = clickOutSlug(request.method, request.url);
    if (clickOut) {
      fastClickOut(db, request, response, clickOut, deps).catch((error: unknown) => {
        console.error('[server] click-out failed:', error instanceof Error ? error.message : error);
        if (!response.headersSent)
          response.writeHead(503, { 'retry-after': '5', 'cache-control': 'no-store' });
        response.end();
      });
      return;
    }
    const postback = postbackRoute(request.method, request.url);
    if (postback) {
      fastPostback(db, request, response, postback, {
        adapters: POSTBACK_ADAPTERS,
        intake: postbacks.intake,
      }).catch((error: unknown) => {
        // Nothing was answered 200, so the network sends it again: nothing is lost.
        console.error('[server] postback failed:', error instanceof Error ? error.message : error);
        if (!response.headersSent)
          response.writeHead(503, { 'retry-after': '5', 'cache-control': 'no-store' });
        response.end();
      });
      return;
    }
    pageCache.handle(request, response, handle);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(config.PORT, () => console.log(`[server] ready on http://localhost:${config.PORT}`));

  const stop = () =>
    server.close(() => {
      postbacks.stop(10_000).finally(() => process.exit(0));
    });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`[server] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
