// The benches start a production server and wait for /api/health before loading it. Polled
// every 100 ms: reliability:postbacks reports the time a restarted server takes to answer.

export async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not become healthy at ${url}`);
}
