import { describe, expect, it } from 'vitest';
import { failureKind } from './process-inbox';

// What becomes of a row whose processing failed: run again at once, left for
// the sweep (the database was away), or kept with its error for ops.

const pgError = (code: string, message = 'db said no') => Object.assign(new Error(message), { code });
const wrapped = (cause: Error) => Object.assign(new Error('Failed query: insert …'), { cause });

describe('failureKind', () => {
  it.each([
    ['a deadlock', pgError('40P01'), 'retry'],
    ['a serialisation failure, wrapped by drizzle', wrapped(pgError('40001')), 'retry'],
    ['the server shutting down', wrapped(pgError('57P01')), 'later'],
    ['a lost connection', pgError('08006'), 'later'],
    ['too many connections', pgError('53300'), 'later'],
    ['a refused socket', pgError('ECONNREFUSED'), 'later'],
    ['pg: connection terminated', new Error('Connection terminated unexpectedly'), 'later'],
    ['pg pool: no connection in time', new Error('timeout exceeded when trying to connect'), 'later'],
    ['a check constraint', wrapped(pgError('23514')), 'permanent'],
    ['a value too long', pgError('22001'), 'permanent'],
    ['a bug', new TypeError('x is undefined'), 'permanent'],
    ['not even an Error', 'boom', 'permanent'],
  ])('%s → %s', (_label, error, kind) => {
    expect(failureKind(error)).toBe(kind);
  });
});
