// The worker's heartbeat: run a tick, then wait, until asked to stop. A tick
// that reports more work is run again at once (drain a backlog quickly); a
// tick that throws is logged and retried after a growing pause, so a database
// restart does not flood the log or kill the worker.

export type PollLoopOptions = {
  /** Resolves true when more work is waiting. */
  tick: () => Promise<boolean>;
  intervalMs: number;
  /** The longest pause after repeated errors. */
  maxErrorPauseMs?: number;
  signal: AbortSignal;
  log: (message: string) => void;
};

export async function runPollLoop(options: PollLoopOptions): Promise<void> {
  const { tick, intervalMs, signal, log } = options;
  const maxErrorPauseMs = options.maxErrorPauseMs ?? 60_000;
  let errorsInARow = 0;
  while (!signal.aborted) {
    let more = false;
    try {
      more = await tick();
      errorsInARow = 0;
    } catch (error) {
      errorsInARow++;
      log(
        `[worker] tick failed (${errorsInARow} in a row): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (more && errorsInARow === 0) continue;
    const pauseMs =
      errorsInARow === 0
        ? intervalMs
        : Math.min(intervalMs * 2 ** Math.min(errorsInARow, 16), maxErrorPauseMs);
    await sleep(pauseMs, signal);
  }
}

/** Resolves after `ms`, or as soon as the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
