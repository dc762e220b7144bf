// One application error type. Domain code throws AppError with a code; edges
// (route handlers, server actions, the CLI) map the code to an HTTP status or
// an exit message. Anything that is not an AppError is an internal error.

export const errorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  /** For `rate_limited`: when to try again, for a Retry-After header. */
  readonly retryAfterS?: number;
  override readonly cause?: unknown;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: FieldErrors; retryAfterS?: number; cause?: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields;
    this.retryAfterS = options.retryAfterS;
    this.cause = options.cause;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors } };

/** The JSON body and status for any thrown value; internal details are never leaked. */
export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (isAppError(error)) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, fields: error.fields } },
    };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Internal error' } } };
}

/** Turns zod issues into a 422 AppError with a message per field path. */
export function validationError(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  message = 'Invalid input',
): AppError {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return new AppError('unprocessable', message, { fields });
}
