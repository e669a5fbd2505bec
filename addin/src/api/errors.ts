import type { ProblemDetails } from './types';

/** Why a call failed, which decides what the pane offers (retry, sign in again). */
export type ApiErrorKind = 'network' | 'unauthorized' | 'server' | 'client';

/** A failed API call, carrying the problem's title, detail and status when the API sent one. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly problem: ProblemDetails | undefined;

  constructor(
    kind: ApiErrorKind,
    options: { status?: number; problem?: ProblemDetails; message?: string; cause?: unknown } = {},
  ) {
    const { status, problem } = options;
    const message =
      options.message ??
      ([problem?.title, problem?.detail].filter(Boolean).join(': ') ||
        (status !== undefined ? `HTTP ${status}` : kind));
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status ?? problem?.status;
    this.title = problem?.title;
    this.detail = problem?.detail;
    this.problem = problem;
  }

  /** Network down, 5xx and 401 are worth retrying from the UI. */
  get retryable(): boolean {
    return this.kind !== 'client';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Any failure as an `ApiError` (a thrown non-API error becomes a `client` one with its message). */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError('client', { message: error instanceof Error ? error.message : String(error), cause: error });
}
