/**
 * Calls to the page's JSON API (`/admin/api/...`): the session cookie goes along by itself, the
 * CSRF token in a header on every state-changing request. Failures become an ApiError that keeps
 * the server's `field`, so forms can show the message beside the input it concerns.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface ListAnswer<T> {
  result: T[];
  next_cursor: string | null;
}

let csrfToken = '';
let onSignedOut: (message: string) => void = () => undefined;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (expired, or signed out elsewhere). */
export function whenSignedOut(handler: (message: string) => void): void {
  onSignedOut = handler;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (method !== 'GET') {
    headers['x-csrf-token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(`/admin/api/${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network_error', 'the server could not be reached; check the connection and try again');
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw new ApiError(response.status, 'bad_answer', `the server answered ${response.status} without JSON`);
  }
  if (response.ok) {
    return parsed as T;
  }
  const error = (parsed ?? {}) as { error?: string; message?: string; field?: string };
  const failure = new ApiError(
    response.status,
    error.error ?? 'error',
    error.message ?? `the server answered ${response.status}`,
    error.field,
  );
  if (
    response.status === 401 &&
    (failure.code === 'session_expired' || failure.code === 'signed_out') &&
    path !== 'session'
  ) {
    onSignedOut(failure.message);
  }
  throw failure;
}

/** Whatever a call threw, as an ApiError (an error that is not one keeps its message, without a status). */
export function asApiError(caught: unknown): ApiError {
  if (caught instanceof ApiError) {
    return caught;
  }
  return new ApiError(0, 'error', caught instanceof Error ? caught.message : String(caught));
}

/** The message for one field (or for none: the form's general error). */
export function fieldError(error: ApiError | undefined, field: string | undefined): string | undefined {
  if (!error) {
    return undefined;
  }
  return error.field === field ? error.message : undefined;
}
