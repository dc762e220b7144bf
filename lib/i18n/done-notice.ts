import type { MessageKey } from './types';

// After a form redirects with `?done=<outcome>` (the row it acted on has left
// the page), the page shows that outcome's message. Anything else in `done`
// (absent, repeated, made up) shows nothing.

export function doneNotice<const T extends Record<string, MessageKey>>(
  done: unknown,
  notices: T,
): T[keyof T] | null {
  return typeof done === 'string' && Object.hasOwn(notices, done) ? notices[done as keyof T]! : null;
}
