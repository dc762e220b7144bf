// Latency measurement helpers for the bench scripts: run a task N times with
// C in flight, report percentiles in milliseconds.

export type Stats = { n: number; p50: number; p95: number; p99: number; max: number; perSecond: number };

export async function measure(
  total: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<Stats> {
  const durations: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const t0 = performance.now();
      await task(i);
      durations.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedS = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  const pick = (q: number) =>
    durations[Math.min(durations.length - 1, Math.ceil(q * durations.length) - 1)] ?? 0;
  return {
    n: durations.length,
    p50: pick(0.5),
    p95: pick(0.95),
    p99: pick(0.99),
    max: durations[durations.length - 1] ?? 0,
    perSecond: durations.length / elapsedS,
  };
}

// Durations, not money: printed with one decimal.
export const oneDecimal = new Intl.NumberFormat('en', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  useGrouping: false,
});
export const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0, useGrouping: false });

/** `part` as a share of `total`, e.g. "2.6 %" (digits: 0 or 1). */
export function percent(part: number, total: number, digits: 0 | 1 = 1): string {
  return `${(digits === 0 ? whole : oneDecimal).format(total === 0 ? 0 : (100 * part) / total)} %`;
}

export function row(label: string, stats: Stats, target?: number): string {
  const f = (ms: number) => oneDecimal.format(ms).padStart(7);
  const verdict =
    target === undefined ? '' : stats.p95 <= target ? `  ≤ ${target} ms ✓` : `  > ${target} ms ✗`;
  return `${label.padEnd(44)} n=${String(stats.n).padStart(4)}  p50${f(stats.p50)}  p95${f(stats.p95)}  p99${f(stats.p99)}  max${f(stats.max)}  ${whole.format(stats.perSecond).padStart(5)}/s${verdict}`;
}
