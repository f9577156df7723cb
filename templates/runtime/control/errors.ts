/**
 * Control-plane refusals: an HTTP status, a short code and a message that names what was wrong.
 * The admin API answers them as `{error, message}`; the CLI verbs print the message.
 */
export class ControlError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 502,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new ControlError(400, 'invalid_request', message);
export const notFound = (what: string) => new ControlError(404, 'not_found', `${what} not found`);
