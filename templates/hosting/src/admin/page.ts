/**
 * The admin web page at `/admin` (design.md §4a): the shell and its assets, and the page's JSON
 * API at `/admin/api/`. One hook for the HTTP routing; everything else lives in this folder.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pathSegments, sendJson } from 'saas-mcp-runtime/host';
import type { ControlContext } from '../control/context.js';
import { PageAssets } from './assets.js';
import { createPageApi } from './page-api.js';
import { SessionKeeper } from './session.js';

export interface AdminPageOptions {
  adminTokens: readonly string[];
  /** MCP_SERVER_SECRET (split): the key that fingerprints a session's admin token is derived from it. */
  secrets: readonly string[];
  /** Where the built bundle is (tests); by default beside this module. */
  assetDir?: URL;
}

/** Handles `/admin` and everything under it (the route table mounts it at /admin/*). */
export function createAdminPage(ctx: ControlContext, options: AdminPageOptions) {
  const sessions = new SessionKeeper(ctx.records.driver, options.secrets, options.adminTokens, ctx.now);
  const api = createPageApi(ctx, sessions, options.adminTokens.length > 0);
  const assets = new PageAssets(options.assetDir);
  const title = `${ctx.data.integration.displayName} MCP servers: admin`;
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    // Mounted at /admin/*: the first segment is always "admin".
    const [, section, ...rest] = pathSegments(url);
    const reading = req.method === 'GET' || req.method === 'HEAD';
    if (section === 'api') {
      await api.handle(req, res, rest, url.searchParams);
    } else if (section === undefined && reading) {
      await assets.sendShell(res, title);
    } else if (
      section === 'assets' &&
      rest.length === 1 &&
      reading &&
      (await assets.sendAsset(req, res, rest[0] ?? ''))
    ) {
      return true;
    } else {
      sendJson(res, 404, { error: 'not_found', message: `no admin page at ${url.pathname}` });
    }
    return true;
  };
}
