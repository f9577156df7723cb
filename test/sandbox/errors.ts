/**
 * Egnyte answers errors in different envelopes per API family (egnyte-api.md §5): SCIM
 * `{"Errors":[{"description","code"}]}` (code is a string) for users and groups, and a flat
 * `{"errorMessage": ...}` for everything else. Handlers throw ApiError; the server picks the
 * envelope from the request path so a handler never has to know which family it belongs to.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const badRequest = (message: string): ApiError => new ApiError(400, message);
export const notFound = (message: string): ApiError => new ApiError(404, message);
export const forbidden = (message: string): ApiError => new ApiError(403, message);

export type ErrorFamily = 'scim' | 'plain';

/** Users and groups (v2) are the SCIM family; everything else uses `errorMessage`. */
export function errorFamilyOf(pathname: string): ErrorFamily {
  return /^\/pubapi\/v2\/(users|groups)(\/|$)/.test(pathname) ? 'scim' : 'plain';
}

export function errorBody(family: ErrorFamily, status: number, message: string): unknown {
  return family === 'scim' ? { Errors: [{ description: message, code: String(status) }] } : { errorMessage: message };
}
