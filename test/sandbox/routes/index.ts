/** Every Egnyte endpoint the sandbox serves, in one router. Order matters only for `*` routes. */
import { Router } from '../router.js';
import { addAuditJobRoutes } from './audit-jobs.js';
import { addAuditStreamRoutes } from './audit-stream.js';
import { addEventRoutes } from './events.js';
import { addFsRoutes } from './fs.js';
import { addGroupRoutes } from './groups.js';
import { addLinkRoutes } from './links.js';
import { addMetadataRoutes } from './metadata.js';
import { addMiscRoutes } from './misc.js';
import { addNoteRoutes } from './notes.js';
import { addPermsRoutes } from './perms.js';
import { addProjectRoutes } from './projects.js';
import { addSettingsRoutes } from './settings.js';
import { addTrashRoutes } from './trash.js';
import { addUserRoutes } from './users.js';

export function buildRouter(): Router {
  const router = new Router();
  // The admin areas first: their literal paths (links/settings, fs/trash) would else match `:id` and `*` routes.
  const adminAreas = [addTrashRoutes, addSettingsRoutes, addNoteRoutes, addProjectRoutes, addMetadataRoutes];
  for (const add of [
    ...adminAreas,
    addUserRoutes,
    addGroupRoutes,
    addPermsRoutes,
    addFsRoutes,
    addLinkRoutes,
    addEventRoutes,
    addAuditStreamRoutes,
    addAuditJobRoutes,
    addMiscRoutes,
  ]) {
    add(router);
  }
  return router;
}
