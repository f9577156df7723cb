/**
 * The route template of a path, for log lines and the `route` metric label: a bounded set of
 * words in which tokens and ids are placeholders, so no token or URL reaches a log or a label.
 */
const FIXED = new Set([
  '/healthz',
  '/readyz',
  '/metrics',
  '/mcp',
  '/sse',
  '/messages',
  '/admin',
  '/register',
  '/authorize',
  '/token',
  '/revoke',
]);

/** Shapes of the admin API: which segments are ids. */
const ADMIN_SHAPES: Record<string, string[]> = {
  'integrated-account': ['', ':id', 'mcp', ':mcp_id', 'logs'],
  'api-token': ['', ':id'],
};

export function routeTemplate(pathname: string): string {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (FIXED.has(trimmed)) {
    return trimmed;
  }
  const parts = trimmed.split('/').filter(Boolean);
  const [root = '', ...rest] = parts;
  if ((root === 'mcp' || root === 'sse') && rest.length === 1) {
    return `/${root}/:token`;
  }
  const shape = ADMIN_SHAPES[root];
  if (shape && rest.length < shape.length) {
    const words = rest.map((part, index) => {
      const word = shape[index + 1] ?? ':id';
      if (root === 'integrated-account' && index === 0 && part === 'connect') {
        return 'connect';
      }
      return word.startsWith(':') ? word : word === part ? part : ':unknown';
    });
    return `/${[root, ...words].join('/')}`;
  }
  if (root === 'admin') {
    return '/admin/*';
  }
  if (root === 'oauth') {
    return '/oauth/*';
  }
  if (root === '.well-known') {
    return `/.well-known/${/^[a-z-]{1,40}$/.test(rest[0] ?? '') ? rest[0] : '*'}`;
  }
  return 'other';
}
