import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, toErrorBody, validationError } from './errors';

describe('AppError', () => {
  it.each([
    ['not_found', 404],
    ['unprocessable', 422],
    ['unauthorized', 401],
    ['payload_too_large', 413],
    ['conflict', 409],
  ] as const)('%s maps to %i', (code, status) => {
    expect(new AppError(code, 'x').status).toBe(status);
    expect(toErrorBody(new AppError(code, 'x')).status).toBe(status);
  });

  it('carries a retry delay for rate limiting', () => {
    const error = new AppError('rate_limited', 'Too many attempts', { retryAfterS: 90 });
    expect(error.status).toBe(429);
    expect(error.retryAfterS).toBe(90);
    expect(new AppError('rate_limited', 'x').retryAfterS).toBeUndefined();
  });

  it('hides the details of unexpected errors', () => {
    expect(toErrorBody(new Error('password=secret'))).toEqual({
      status: 500,
      body: { error: { code: 'internal', message: 'Internal error' } },
    });
  });

  it('turns zod issues into field messages', () => {
    const result = z
      .object({ email: z.email('Invalid e-mail'), age: z.number().min(18, 'Too young') })
      .safeParse({
        email: 'x',
        age: 3,
      });
    const error = validationError(result.error!.issues);
    expect(error.status).toBe(422);
    expect(error.fields).toEqual({ email: ['Invalid e-mail'], age: ['Too young'] });
  });
});
