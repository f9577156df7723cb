/**
 * Audit v1 asynchronous reports (egnyte-api.md §2.7): POST creates a job (202 {id}); polling the
 * job answers {"status":"running"} `auditJobPolls` times, then 303 with a Location to the report;
 * the report pages with offset/count.
 */
import { empty, type Handler, ok, type RequestContext } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import type { AuditJob, AuditReportType } from '../model.js';
import type { Router } from '../router.js';
import { asObject, intParam, oneOf, parseIsoDate } from '../validate.js';
import { requireAuditor } from './audit-access.js';
import { type ReportFilter, reportRows, toCsv } from './audit-rows.js';

const REPORT_TYPES: readonly AuditReportType[] = ['logins', 'files', 'permissions'];
const LOGIN_EVENTS = ['logins', 'logouts', 'account_lockouts', 'password_resets', 'failed_attempts'];
const ACCESS_POINTS = ['web', 'ftp', 'mobile'];

function stringList(value: unknown, field: string, allowed?: string[]): string[] | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw badRequest(`Field ${field} must be an array of strings`);
  }
  for (const v of value as string[]) {
    if (allowed && !allowed.includes(v)) {
      throw badRequest(`Field ${field} must contain only: ${allowed.join(', ')}`);
    }
  }
  return value as string[];
}

/** A plain day covers the whole day; an ISO date-time is taken as is. */
function dayBound(value: unknown, field: string, endOfDay: boolean): number {
  const ms = parseIsoDate(value, field);
  return endOfDay && typeof value === 'string' && value.length === 10 ? ms + 86_399_999 : ms;
}

function filterOf(type: AuditReportType, input: Record<string, unknown>): ReportFilter {
  const from = dayBound(input.date_start, 'date_start', false);
  const to = dayBound(input.date_end, 'date_end', true);
  if (to < from) {
    throw badRequest('date_end must not be before date_start');
  }
  const filter: ReportFilter = { from, to, users: stringList(input.users, 'users') };
  if (type === 'logins') {
    filter.events = stringList(input.events, 'events', LOGIN_EVENTS);
    if (!filter.events?.length) {
      throw badRequest('Field events is required');
    }
    filter.accessPoints = stringList(input.access_points, 'access_points', ACCESS_POINTS);
  } else if (type === 'files') {
    filter.folders = stringList(input.folders, 'folders');
    if (input.file !== undefined && typeof input.file !== 'string') {
      throw badRequest('Field file must be a path');
    }
    filter.file = input.file as string | undefined;
    if (!filter.folders?.length && !filter.file) {
      throw badRequest('At least one of folders or file is required');
    }
    filter.transactionTypes = stringList(input.transaction_type, 'transaction_type');
  } else {
    filter.folders = stringList(input.folders, 'folders');
    filter.assigners = stringList(input.assigners, 'assigners');
    filter.assigneeGroups = stringList(input.assignee_groups, 'assignee_groups');
  }
  return filter;
}

const createJob: Handler = (ctx) => {
  requireAuditor(ctx);
  const type = ctx.params.type as AuditReportType;
  if (!REPORT_TYPES.includes(type)) {
    throw notFound(`Unknown audit report type: ${ctx.params.type}`);
  }
  const input = asObject(ctx.body);
  const format = oneOf(input.format, ['csv', 'json'] as const, 'format');
  const job: AuditJob = {
    id: ctx.tenant.prng.hex(32),
    type,
    format,
    rows: reportRows(ctx.tenant, type, filterOf(type, input)),
    pollsLeft: ctx.config.auditJobPolls,
  };
  ctx.tenant.auditJobs.set(job.id, job);
  return ok({ id: job.id }, 202);
};

function findJob(ctx: RequestContext, id: string | undefined): AuditJob {
  requireAuditor(ctx);
  const job = ctx.tenant.auditJobs.get(id ?? '');
  if (!job) {
    throw notFound(`Audit job ${id} does not exist`);
  }
  return job;
}

const pollJob: Handler = (ctx) => {
  const job = findJob(ctx, ctx.params.id);
  if (job.pollsLeft > 0) {
    job.pollsLeft -= 1;
    return ok({ status: 'running' });
  }
  return { status: 303, headers: { Location: `${ctx.origin}/pubapi/v1/audit/${job.type}/${job.id}` } };
};

/** A report that is not finished yet is 404 [inf: undocumented]. */
function finishedJob(ctx: RequestContext): AuditJob {
  const job = findJob(ctx, ctx.params.id);
  if (job.type !== ctx.params.type || job.pollsLeft > 0) {
    throw notFound(`Audit report ${ctx.params.id} does not exist`);
  }
  return job;
}

const getReport: Handler = (ctx) => {
  const job = finishedJob(ctx);
  if (job.format === 'csv') {
    return { status: 200, text: toCsv(job.rows), contentType: 'text/csv; charset=utf-8' };
  }
  const offset = intParam(ctx.query, 'offset', { min: 0, fallback: 0 });
  const count = intParam(ctx.query, 'count', { min: 1, fallback: Math.max(job.rows.length, 1) });
  const events = job.rows.slice(offset, offset + count);
  return ok({ total_count: job.rows.length, offset, count: events.length, events });
};

export function addAuditJobRoutes(router: Router): void {
  router
    .add('GET', '/pubapi/v1/audit/jobs/:id', pollJob)
    .add('POST', '/pubapi/v1/audit/:type', createJob)
    .add('GET', '/pubapi/v1/audit/:type/:id', getReport)
    .add('DELETE', '/pubapi/v1/audit/:type/:id', (ctx) => {
      ctx.tenant.auditJobs.delete(finishedJob(ctx).id);
      return empty(200);
    });
}
