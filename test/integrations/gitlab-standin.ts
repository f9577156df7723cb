/**
 * A GitLab REST v4 stand-in, shaped like https://docs.gitlab.com/api/rest/: bare JSON arrays,
 * keyset paging by Link header, offset paging with X-Next-Page, form-encoded writes, the three
 * token placements, RateLimit-ResetTime as an HTTP date and `{"message": {field: [text]}}` validation errors.
 */
import { type Answer, records, type SeenRequest, type StandIn, startStandIn } from './standin.js';

export const GITLAB_TOKENS = {
  header: 'glpat-header-secret',
  bearer: 'oauth-bearer-secret',
  query: 'glpat-query-secret',
};
export const PROJECTS = records(7, (n) => ({
  id: n,
  name: `p${n}`,
  path_with_namespace: `acme/p${n}`,
  visibility: 'private',
  web_url: `https://gitlab.example/acme/p${n}`,
}));
export const ISSUES = records(5, (n) => ({
  id: 900 + n,
  iid: n,
  title: `Issue ${n}`,
  state: 'opened',
  labels: ['bug'],
}));
export const MERGE_REQUESTS = records(5, (n) => ({
  iid: n,
  title: `MR ${n}`,
  state: 'opened',
  source_branch: `b${n}`,
  target_branch: 'main',
}));
/** The instant the stand-in's rate-limit window resets, as Unix seconds. */
export const RESET_AT = Date.parse('2031-01-01T00:00:42Z') / 1000;

function authorised(request: SeenRequest): boolean {
  return (
    request.headers['private-token'] === GITLAB_TOKENS.header ||
    request.headers.authorization === `Bearer ${GITLAB_TOKENS.bearer}` ||
    request.query.get('private_token') === GITLAB_TOKENS.query
  );
}

function projects(request: SeenRequest, base: string): Answer {
  const search = request.query.get('search');
  if (search === 'throttle') {
    // No Retry-After: the runtime derives it from the HTTP-date reset.
    const resetTime = new Date(RESET_AT * 1000).toUTCString();
    return {
      status: 429,
      headers: {
        'RateLimit-Limit': '2000',
        'RateLimit-Observed': '2000',
        'RateLimit-Reset': String(RESET_AT),
        'RateLimit-ResetTime': resetTime,
      },
      json: { message: 'Retry later' },
    };
  }
  if (search === 'elsewhere') {
    return {
      status: 200,
      headers: { link: '<https://evil.example/api/v4/projects?id_after=1>; rel="next"' },
      json: PROJECTS.slice(0, 1),
    };
  }
  const size = Number(request.query.get('per_page') ?? 20);
  const after = Number(request.query.get('id_after') ?? 0);
  const page = PROJECTS.filter((p) => p.id > after).slice(0, size);
  const last = page.at(-1);
  const more = last !== undefined && PROJECTS.some((p) => p.id > last.id);
  // Like GitLab, the next link repeats the request's parameters, a private_token included.
  const token = request.query.get('private_token');
  const next = `${base}/api/v4/projects?id_after=${last?.id}&order_by=id&pagination=keyset&per_page=${size}${token ? `&private_token=${token}` : ''}&sort=asc`;
  return { status: 200, headers: more ? { link: `<${next}>; rel="next"` } : {}, json: page };
}

function numberedPage<T>(items: T[], request: SeenRequest): Answer {
  const size = Number(request.query.get('per_page') ?? 20);
  const page = Number(request.query.get('page') ?? 1);
  const slice = items.slice((page - 1) * size, page * size);
  const next = page * size < items.length ? String(page + 1) : '';
  return { status: 200, headers: { 'X-Page': String(page), 'X-Next-Page': next }, json: slice };
}

function writeIssue(request: SeenRequest, iid: number): Answer {
  const form = new URLSearchParams(request.text);
  if (form.get('title') === 'Taken') {
    return { status: 400, json: { message: { title: ['has already been taken'], labels: ['is invalid'] } } };
  }
  const labels = (form.get('labels') ?? form.get('add_labels') ?? '').split(',').filter(Boolean);
  return {
    status: request.method === 'POST' ? 201 : 200,
    json: {
      id: 999,
      iid,
      title: form.get('title') ?? `Issue ${iid}`,
      state: form.get('state_event') === 'close' ? 'closed' : 'opened',
      labels,
    },
  };
}

function route(request: SeenRequest, base: string): Answer {
  if (!authorised(request)) {
    return { status: 401, json: { message: '401 Unauthorized' } };
  }
  const path = request.rawPath.replace(/^\/api\/v4/, '');
  if (path === '/projects') {
    return projects(request, base);
  }
  const project = /^\/projects\/([^/]+)(\/.*)?$/.exec(path);
  if (!project) {
    return { status: 404, json: { error: '404 Not Found' } };
  }
  const id = decodeURIComponent(project[1]!);
  const rest = project[2] ?? '';
  const found = PROJECTS.find((p) => String(p.id) === id || p.path_with_namespace === id);
  if (!found) {
    return { status: 404, json: { message: '404 Project Not Found' } };
  }
  if (rest === '') {
    return { status: 200, json: found };
  }
  if (rest === '/issues' && request.method === 'GET') {
    return numberedPage(ISSUES, request);
  }
  if (rest === '/issues' && request.method === 'POST') {
    return writeIssue(request, 6);
  }
  if (rest === '/merge_requests') {
    return numberedPage(MERGE_REQUESTS, request);
  }
  const issue = /^\/issues\/(\d+)(\/\w+)?$/.exec(rest);
  if (issue && issue[2] === '/participants') {
    return {
      status: 200,
      json: [
        { id: 1, username: 'root', name: 'Administrator' },
        { id: 2, username: 'jdoe', name: 'J. Doe' },
      ],
    };
  }
  if (issue && issue[2] === '/notes') {
    return { status: 201, json: { id: 77, body: new URLSearchParams(request.text).get('body') } };
  }
  if (issue && request.method === 'PUT') {
    return writeIssue(request, Number(issue[1]));
  }
  return { status: 404, json: { message: '404 Not found' } };
}

export function startGitLab(): Promise<StandIn> {
  return startStandIn(route);
}
