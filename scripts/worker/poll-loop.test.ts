import { describe, expect, it } from 'vitest';
import { runPollLoop, sleep } from './poll-loop';

describe('runPollLoop', () => {
  it('runs again at once while there is more work, then waits', async () => {
    const controller = new AbortController();
    const answers = [true, true, false];
    const started: number[] = [];
    const loop = runPollLoop({
      tick: async () => {
        started.push(Date.now());
        const more = answers.shift();
        if (more === undefined) controller.abort();
        return more ?? false;
      },
      intervalMs: 100,
      signal: controller.signal,
      log: () => {},
    });
    await loop;
    expect(started).toHaveLength(4);
    expect(started[2]! - started[0]!).toBeLessThan(50); // the two "more" ticks did not wait
    expect(started[3]! - started[2]!).toBeGreaterThanOrEqual(90); // the idle tick did
  });

  it('logs a failing tick and keeps going', async () => {
    const controller = new AbortController();
    const logs: string[] = [];
    let calls = 0;
    await runPollLoop({
      tick: async () => {
        calls++;
        if (calls === 1) throw new Error('connection refused');
        controller.abort();
        return false;
      },
      intervalMs: 1,
      signal: controller.signal,
      log: (m) => logs.push(m),
    });
    expect(calls).toBe(2);
    expect(logs).toEqual(['[worker] tick failed (1 in a row): connection refused']);
  });

  it('stops promptly when aborted during the wait', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const loop = runPollLoop({
      tick: async () => false,
      intervalMs: 60_000,
      signal: controller.signal,
      log: () => {},
    });
    setTimeout(() => controller.abort(), 20);
    await loop;
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('sleep', () => {
  it('resolves at once for an aborted signal', async () => {
    const started = Date.now();
    await sleep(60_000, AbortSignal.abort());
    expect(Date.now() - started).toBeLessThan(100);
  });
});
