/**
 * A GitHub REST API stand-in, shaped like https://docs.github.com/rest: bare arrays paged by Link
 * header (the next URL names /organizations/<id>/repos, another path of the same API), search with
 * total_count, `Authorization: token`, 403 with x-ratelimit-remaining 0 and an epoch reset, and
 * "Validation Failed" with an errors list.
 */
import { type Answer, records, type SeenRequest, type StandIn, startStandIn } from './standin.js';

export const GITHUB_TOKEN = 'ghp_standin_secret_token';
export const REPOS = records(5, (n) => ({
  id: 1000 + n,
  name: `r${n}`,
  full_name: `octo-org/r${n}`,
  private: false,
  default_branch: 'main',
  html_url: `https://github.com/octo-org/r${n}`,
}));
export const GH_ISSUES = records(4, (n) => ({
  id: 5000 + n,
  number: n,
  title: `Issue ${n}`,
  state: 'open',
  labels: [{ name: 'bug' }],
}));
/** Unix time the stand-in's primary rate limit resets at. */
export const GH_RESET_AT = Date.parse('2031-01-01T00:10:00Z') / 1000;

/** GitHub pages with page/per_page and a Link header; `nextPath` is where the next page lives. */
function linked<T>(items: T[], request: SeenRequest, base: string, nextPath: string): Answer {
  const size = Number(request.query.get('per_page') ?? 30);
  const page = Number(request.query.get('page') ?? 1);
  const more = page * size < items.length;
  const next = `${base}${nextPath}?per_page=${size}&page=${page + 1}`;
  return {
    status: 200,
    headers: more ? { link: `<${next}>; rel="next", <${base}${nextPath}?per_page=${size}&page=9>; rel="last"` } : {},
    json: items.slice((page - 1) * size, page * size),
  };
}

function route(request: SeenRequest, base: string): Answer {
  if (request.headers.authorization !== `token ${GITHUB_TOKEN}`) {
    return { status: 401, json: { message: 'Bad credentials' } };
  }
  const path = request.rawPath;
  if (path === '/orgs/octo-org/repos' || path === '/organizations/99/repos') {
    return linked(REPOS, request, base, '/organizations/99/repos');
  }
  if (path === '/repos/octo-org/r1') {
    return { status: 200, json: REPOS[0] };
  }
  if (path === '/repos/octo-org/r1/issues' && request.method === 'GET') {
    return linked(GH_ISSUES, request, base, '/repositories/1001/issues');
  }
  if (path === '/repositories/1001/issues') {
    return linked(GH_ISSUES, request, base, '/repositories/1001/issues');
  }
  if (path === '/repos/octo-org/r1/issues' && request.method === 'POST') {
    const body = JSON.parse(request.text) as { title: string; labels?: string[] };
    if (body.title === 'Duplicate') {
      return {
        status: 422,
        json: {
          message: 'Validation Failed',
          errors: [
            { resource: 'Issue', field: 'title', code: 'already_exists' },
            { resource: 'Label', field: 'labels', code: 'invalid', message: 'Label does not exist' },
          ],
        },
      };
    }
    return {
      status: 201,
      json: {
        id: 6000,
        number: 5,
        title: body.title,
        state: 'open',
        labels: (body.labels ?? []).map((name) => ({ name })),
      },
    };
  }
  if (path === '/repos/octo-org/r1/issues/2/labels') {
    const { labels } = JSON.parse(request.text) as { labels: string[] };
    return { status: 200, json: ['bug', ...labels].map((name, index) => ({ id: index + 1, name, color: 'f29513' })) };
  }
  if (path === '/search/issues') {
    if (request.query.get('q')?.includes('exhausted')) {
      return {
        status: 403,
        headers: {
          'x-ratelimit-limit': '30',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '30',
          'x-ratelimit-reset': String(GH_RESET_AT),
        },
        json: { message: 'API rate limit exceeded for user ID 1.' },
      };
    }
    const size = Number(request.query.get('per_page') ?? 30);
    const page = Number(request.query.get('page') ?? 1);
    return {
      status: 200,
      json: {
        total_count: GH_ISSUES.length,
        incomplete_results: false,
        items: GH_ISSUES.slice((page - 1) * size, page * size),
      },
    };
  }
  return { status: 404, json: { message: 'Not Found' } };
}

export function startGitHub(): Promise<StandIn> {
  return startStandIn(route);
}
