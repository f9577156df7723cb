/**
 * Egnyte paths: absolute, rooted at /Shared or /Private (egnyte-api.md §1.2). Used for path-style
 * URLs (`/pubapi/v1/fs/Shared/Docs`) and for paths inside query strings and bodies.
 */
import { badRequest } from './errors.js';

const ROOTS = ['Shared', 'Private'];

/** Checks decoded segments and joins them; refuses `..`, `.`, empty, control characters and `/` inside a name. */
export function pathFromSegments(segments: string[]): string {
  if (segments.length === 0) {
    return '/';
  }
  const [root] = segments;
  if (!ROOTS.includes(root as string)) {
    throw badRequest('Path must start with /Shared or /Private');
  }
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') {
      throw badRequest(`Invalid path segment "${segment}"`);
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the sandbox refuses
    if (/[\u0000-\u001f\u007f]/.test(segment) || segment.includes('/') || segment.includes('\\')) {
      throw badRequest('Path segment contains an invalid character');
    }
  }
  return `/${segments.join('/')}`;
}

/** A path given as a string (query parameter or body field). A trailing slash is tolerated. */
export function parsePathString(value: unknown, name: string): string {
  if (typeof value !== 'string' || !value.startsWith('/')) {
    throw badRequest(`Field ${name} must be an absolute path starting with /Shared or /Private`);
  }
  const trimmed = value.length > 1 && value.endsWith('/') ? value.slice(0, -1) : value;
  if (trimmed === '/') {
    throw badRequest(`Field ${name} must start with /Shared or /Private`);
  }
  return pathFromSegments(trimmed.split('/').slice(1));
}

export function parentOf(path: string): string {
  const index = path.lastIndexOf('/');
  return index <= 0 ? '/' : path.slice(0, index);
}

export function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True when `path` is `ancestor` itself or lies below it. */
export function isWithin(path: string, ancestor: string): boolean {
  return ancestor === '/' || path === ancestor || path.startsWith(`${ancestor}/`);
}

/** Per-segment encoding, the way Egnyte wants path URLs built. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
