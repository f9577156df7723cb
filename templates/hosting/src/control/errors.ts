/**
 * Control-plane refusals: an HTTP status, a short code and a message that names what was wrong.
 * The admin API answers them as `{error, message}`; the CLI verbs print the message.
 */
export class ControlError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 413 | 502,
    readonly code: string,
    message: string,
    /** The input field the error concerns (`name`, `config.tags`), so a form can show it there. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string) => new ControlError(400, 'invalid_request', message, field);

/** Re-anchors an error about a nested object's field under that object (`tags` -> `config.tags`). */
export function inField(parent: string, error: unknown): unknown {
  if (!(error instanceof ControlError)) {
    return error;
  }
  return new ControlError(error.status, error.code, error.message, error.field ? `${parent}.${error.field}` : parent);
}
export const notFound = (what: string) => new ControlError(404, 'not_found', `${what} not found`);
