/**
 * Project folders (egnyte-api.md §2.10.4) at the paths of Egnyte's .NET SDK 3.1.0: v2 list (a bare
 * array) and get, v1 mark, v2 update. Who may change them is not documented; here only admins may
 * [inf]. Marking a folder twice, or a folder that does not exist, is refused [inf].
 */
import { PROJECT_STATUSES, type Project } from '../admin-model.js';
import { type Handler, ok, type RequestContext } from '../context.js';
import { ApiError, badRequest, forbidden, notFound } from '../errors.js';
import type { Router } from '../router.js';
import { asObject, oneOf, optionalString, parseIsoDate, requiredString } from '../validate.js';

/** `2022-11-01T00:00:00.000+0000`, the SDK fixture's form. */
const projectTime = (ms: number | null): string | null =>
  ms === null ? null : new Date(ms).toISOString().replace('Z', '+0000');

const NO_LOCATION = {
  streetAddress1: null,
  streetAddress2: null,
  city: null,
  state: null,
  postalCode: null,
  country: null,
};

function projectView(project: Project): Record<string, unknown> {
  return {
    ...project,
    location: NO_LOCATION,
    startDate: projectTime(project.startDate),
    completionDate: projectTime(project.completionDate),
    creationTime: projectTime(project.creationTime),
    lastModifiedTime: projectTime(project.lastModifiedTime),
  };
}

function requireProjectManager(ctx: RequestContext): void {
  if (ctx.actor.userType !== 'admin') {
    throw forbidden('User is not authorized to manage project folders');
  }
}

function findProject(ctx: RequestContext): Project {
  const project = ctx.tenant.projects.get(ctx.params.id ?? '');
  if (!project) {
    throw notFound(`Project ${ctx.params.id} does not exist`);
  }
  return project;
}

/** Optional date fields: absent or blank leaves the value as it is (blank does not clear, §2.10.4). */
function dateField(body: Record<string, unknown>, name: string): number | undefined {
  const value = body[name];
  return value === undefined || value === null || value === '' ? undefined : parseIsoDate(value, name);
}

const markProject: Handler = (ctx) => {
  requireProjectManager(ctx);
  const body = asObject(ctx.body);
  const rootFolderId = requiredString(body, 'rootFolderId');
  const name = requiredString(body, 'name');
  const status = oneOf(body.status, PROJECT_STATUSES, 'status');
  const folder = [...ctx.tenant.nodes.values()].find((n) => n.kind === 'folder' && n.folder_id === rootFolderId);
  if (!folder) {
    throw notFound(`Folder ${rootFolderId} does not exist`);
  }
  if ([...ctx.tenant.projects.values()].some((p) => p.rootFolderId === rootFolderId)) {
    throw new ApiError(409, 'The folder is already a project folder');
  }
  const now = ctx.config.clock.now();
  const project: Project = {
    id: ctx.tenant.prng.uuid(),
    rootFolderId,
    name,
    projectId: optionalString(body, 'projectId') ?? null,
    customerName: optionalString(body, 'customerName') ?? null,
    description: optionalString(body, 'description') ?? null,
    status,
    startDate: dateField(body, 'startDate') ?? null,
    completionDate: dateField(body, 'completionDate') ?? null,
    createdBy: ctx.actor.id,
    lastUpdatedBy: ctx.actor.id,
    creationTime: now,
    lastModifiedTime: now,
  };
  ctx.tenant.projects.set(project.id, project);
  return ok(projectView(project));
};

const UPDATABLE = [
  'name',
  'status',
  'description',
  'projectId',
  'customerName',
  'location',
  'startDate',
  'completionDate',
  'deleteCustomFields',
];

const updateProject: Handler = (ctx) => {
  requireProjectManager(ctx);
  const project = findProject(ctx);
  const body = asObject(ctx.body);
  const unknown = Object.keys(body).filter((key) => !UPDATABLE.includes(key));
  if (unknown.length > 0) {
    throw badRequest(`Unknown field ${unknown[0]}`);
  }
  if (body.status !== undefined) {
    project.status = oneOf(body.status, PROJECT_STATUSES, 'status');
  }
  if (body.name !== undefined) {
    project.name = requiredString(body, 'name');
  }
  for (const key of ['description', 'projectId', 'customerName'] as const) {
    const value = optionalString(body, key);
    if (value !== undefined) {
      project[key] = value;
    }
  }
  project.startDate = dateField(body, 'startDate') ?? project.startDate;
  project.completionDate = dateField(body, 'completionDate') ?? project.completionDate;
  project.lastUpdatedBy = ctx.actor.id;
  project.lastModifiedTime = ctx.config.clock.now();
  return ok(projectView(project));
};

export function addProjectRoutes(router: Router): void {
  router
    .add('GET', '/pubapi/v2/project-folders', (ctx) =>
      ok([...ctx.tenant.projects.values()].sort((a, b) => a.creationTime - b.creationTime).map(projectView)),
    )
    .add('GET', '/pubapi/v2/project-folders/:id', (ctx) => ok(projectView(findProject(ctx))))
    .add('POST', '/pubapi/v1/project-folders', markProject)
    .add('PATCH', '/pubapi/v2/project-folders/:id', updateProject);
}
