// The Awin Transactions API takes startDate/endDate at most 31 days apart
// (networks.md §1.1 "Pull"), as `yyyy-MM-ddThh:mm:ss` in the requested
// `timezone`; we always request UTC (AWIN_API_TIMEZONE). A longer range is
// walked in consecutive windows. Each window starts where the previous one
// ended: a transaction on the boundary second is fetched twice, which intake
// treats as a duplicate, whereas a one-second gap would lose it.

export type AwinTransactionWindow = { startDate: string; endDate: string };

export const AWIN_WINDOW_DAYS_MAX = 31;
const WINDOW_MS = AWIN_WINDOW_DAYS_MAX * 24 * 60 * 60 * 1000;
/** Ten years of windows: a range past that is a bug in the caller, not a sync. */
const WINDOWS_MAX = 120;

/** Splits [from, to] into windows of at most 31 days, in order; from = to gives none. */
export function awinTransactionWindows(from: Date, to: Date): AwinTransactionWindow[] {
  const start = wholeSecond(from, 'from');
  const end = wholeSecond(to, 'to');
  if (start > end) throw new RangeError(`from ${from.toISOString()} is after to ${to.toISOString()}`);
  if (Math.ceil((end - start) / WINDOW_MS) > WINDOWS_MAX) {
    throw new RangeError(`more than ${WINDOWS_MAX} windows of ${AWIN_WINDOW_DAYS_MAX} days`);
  }
  const windows: AwinTransactionWindow[] = [];
  for (let at = start; at < end; at += WINDOW_MS) {
    windows.push({ startDate: awinApiDate(at), endDate: awinApiDate(Math.min(at + WINDOW_MS, end)) });
  }
  return windows;
}

/** Awin's format, to the second (it takes no milliseconds); sub-second parts are dropped. */
function wholeSecond(date: Date, name: string): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`${name} is not a valid date`);
  return Math.floor(ms / 1000) * 1000;
}

function awinApiDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}
