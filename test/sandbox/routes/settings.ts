/**
 * Domain settings (egnyte-api.md §2.10.9): the keys Egnyte's python SDK live tests assert, values
 * made up. Which of them are admin-only is not known; here licences and audit settings are, like
 * the user and audit APIs they sit beside [inf]. Storage `used` is the sum of current file versions.
 */
import { type Handler, ok, type RequestContext } from '../context.js';
import { forbidden } from '../errors.js';
import { SEED_FACTS } from '../facts.js';
import type { Router } from '../router.js';
import { currentVersion } from './fs-view.js';

/** 5 TiB, in bytes [inf: the unit is not shown]. */
const STORAGE_TOTAL = 5 * 1024 ** 4;

function requireAdmin(ctx: RequestContext): void {
  if (ctx.actor.userType !== 'admin') {
    throw forbidden('User is not authorized to read domain settings');
  }
}

const storage: Handler = (ctx) => {
  let used = 0;
  for (const node of ctx.tenant.nodes.values()) {
    if (node.kind === 'file') {
      used += currentVersion(node).size;
    }
  }
  return ok({ locale: 'en_US', total: STORAGE_TOTAL, used });
};

const licences: Handler = (ctx) => {
  requireAdmin(ctx);
  return ok({
    licenses: SEED_FACTS.licenses,
    sso_enabled: true,
    power_user_rights: { manage_users: true, manage_links: false, run_reports: true },
  });
};

// The shape of Egnyte's own link-settings example (for-integrators); no file_links would mean sharing is off.
const LINK_POLICY = {
  expiration: { default: { value: 30, unit: 'days' }, max_allowed: { value: 90, unit: 'days' }, upload_links: true },
  file_links: { anyone: true, password: true, domain: true, recipients: true, default_type: 'domain' },
  folder_links: { anyone: false, password: true, domain: true, recipients: true, default_type: 'domain' },
};

const audit: Handler = (ctx) => {
  requireAdmin(ctx);
  return ok({ archive_audit_reports: false });
};

export function addSettingsRoutes(router: Router): void {
  router
    .add('GET', '/pubapi/v1/fs/settings', storage)
    .add('GET', '/pubapi/v2/users/settings', licences)
    .add('GET', '/pubapi/v1/links/settings', () => ok(structuredClone(LINK_POLICY)))
    .add('GET', '/pubapi/v1/audit/settings', audit);
}
