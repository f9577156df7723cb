/**
 * The OAuth front door's entries of the HTTP route table: the one place they are mounted. One
 * entry per path it owns (metadata documents, the authorization-server endpoints, `/oauth/*` for
 * the sign-in pages); under `/oauth/*` it declines what is not its own (account connect's
 * callback), which the admin entries then take.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FrontDoorHandle, HostedRoute, HttpRoute } from 'saas-mcp-runtime/host';

/** What the front door (oauth/) offers: its own dispatch, and the bearer check of bare `/mcp`. */
interface FrontDoorParts {
  paths: readonly string[];
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  authenticate(req: IncomingMessage, res: ServerResponse): Promise<HostedRoute | undefined>;
}

export function frontDoorRoutes(door: FrontDoorParts): HttpRoute[] {
  return door.paths.map((path) => ({ path, handle: (req, res, url) => door.handle(req, res, url) }));
}

/** The front door as the runtime's HTTP server takes it. */
export function frontDoorHandle(door: FrontDoorParts): FrontDoorHandle {
  return { routes: frontDoorRoutes(door), authenticate: (req, res) => door.authenticate(req, res) };
}
