/** Every Egnyte endpoint the sandbox serves, in one router. Order matters only for `*` routes. */
import { Router } from '../router.js';
import { addAuditJobRoutes } from './audit-jobs.js';
import { addAuditStreamRoutes } from './audit-stream.js';
import { addEventRoutes } from './events.js';
import { addFsRoutes } from './fs.js';
import { addGroupRoutes } from './groups.js';
import { addLinkRoutes } from './links.js';
import { addMiscRoutes } from './misc.js';
import { addPermsRoutes } from './perms.js';
import { addUserRoutes } from './users.js';

export function buildRouter(): Router {
  const router = new Router();
  for (const add of [addUserRoutes, addGroupRoutes, addPermsRoutes, addFsRoutes, addLinkRoutes, addEventRoutes, addAuditStreamRoutes, addAuditJobRoutes, addMiscRoutes]) {
    add(router);
  }
  return router;
}
