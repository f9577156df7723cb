/** Hash routes (`#/accounts/<id>`): the server serves one shell at /admin, the page picks the view. */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'accounts' }
  | { view: 'account'; accountId: string }
  | { view: 'create'; accountId: string }
  | { view: 'logs'; accountId: string; serverId: string }
  | { view: 'api-tokens' }
  | { view: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, id, sub, serverId, tail] = parts;
  if (parts.length === 0 || (first === 'accounts' && parts.length === 1)) {
    return { view: 'accounts' };
  }
  if (first === 'api-tokens' && parts.length === 1) {
    return { view: 'api-tokens' };
  }
  if (first === 'accounts' && id) {
    if (parts.length === 2) {
      return { view: 'account', accountId: id };
    }
    if (parts.length === 3 && sub === 'create') {
      return { view: 'create', accountId: id };
    }
    if (parts.length === 5 && sub === 'servers' && serverId && tail === 'logs') {
      return { view: 'logs', accountId: id, serverId };
    }
  }
  return { view: 'not-found', path: hash };
}

export const href = {
  accounts: () => '#/accounts',
  account: (id: string) => `#/accounts/${encodeURIComponent(id)}`,
  create: (id: string) => `#/accounts/${encodeURIComponent(id)}/create`,
  logs: (id: string, serverId: string) =>
    `#/accounts/${encodeURIComponent(id)}/servers/${encodeURIComponent(serverId)}/logs`,
  apiTokens: () => '#/api-tokens',
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const changed = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return route;
}
