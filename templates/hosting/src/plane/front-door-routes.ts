/**
 * The OAuth front door's entries of the HTTP route table: the one place they are mounted. One
 * entry per path it owns (metadata documents, the authorization-server endpoints, `/oauth/*` for
 * the sign-in pages); under `/oauth/*` it declines what is not its own (account connect's
 * callback), which the admin entries then take. With a path in MCP_PUBLIC_URL, `<path>/mcp` (the
 * protected resource itself, from a proxy that passes the path through) is bare `/mcp`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FrontDoorHandle, HostedRoute, HttpRoute } from 'saas-mcp-runtime/host';

/** What the front door (oauth/) offers: its own dispatch, and the bearer check of bare `/mcp`. */
interface FrontDoorParts {
  paths: readonly string[];
  basePath: string;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  authenticate(req: IncomingMessage, res: ServerResponse): Promise<HostedRoute | undefined>;
}

function frontDoorRoutes(door: FrontDoorParts): HttpRoute[] {
  const own = door.paths.map((path): HttpRoute => ({ path, handle: (req, res, url) => door.handle(req, res, url) }));
  if (door.basePath === '') {
    return own;
  }
  // Declined after the rewrite: the MCP entries further down the table take it as `/mcp`.
  const mount: HttpRoute = {
    path: `${door.basePath}/mcp`,
    handle: async (req, _res, url) => {
      url.pathname = '/mcp';
      req.url = `/mcp${url.search}`;
      return false;
    },
  };
  return [...own, mount];
}

/** The front door as the runtime's HTTP server takes it. */
export function frontDoorHandle(door: FrontDoorParts): FrontDoorHandle {
  return { routes: frontDoorRoutes(door), authenticate: (req, res) => door.authenticate(req, res) };
}
