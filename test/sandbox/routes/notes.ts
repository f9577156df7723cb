/**
 * Comments, called notes (egnyte-api.md §2.10.3). Creating answers 201; a missing file answers 403,
 * not 404 [doc]. Listing takes a file or a folder; only admins may list the whole domain's.
 */
import type { Note } from '../admin-model.js';
import { empty, type Handler, ok, type RequestContext } from '../context.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import { isWithin, parsePathString } from '../paths.js';
import type { Router } from '../router.js';
import { asObject, parseDay, requiredString } from '../validate.js';

const NO_ACCESS = 'User does not have sufficient privileges on the file or the file does not exist';

/** `2016-05-18T17:56:39.975+0000`, the doc sample's form. */
const noteTime = (ms: number): string => new Date(ms).toISOString().replace('Z', '+0000');

function noteView(ctx: RequestContext, note: Note): Record<string, unknown> {
  const author = ctx.tenant.userByName(note.username);
  return {
    id: note.id,
    message: note.message,
    username: note.username,
    formatted_name: author ? `${author.givenName} ${author.familyName}` : note.username,
    can_delete: ctx.actor.userType === 'admin' || ctx.actor.userName === note.username,
    creation_time: noteTime(note.created),
    file_path: note.file_path,
    group_id: note.group_id,
  };
}

function dayParam(ctx: RequestContext, name: string): number | undefined {
  const raw = ctx.query.get(name);
  return raw === null ? undefined : parseDay(raw, name);
}

const listNotes: Handler = (ctx) => {
  const file = ctx.query.get('file');
  const folder = ctx.query.get('folder');
  if (file === null && folder === null && ctx.actor.userType !== 'admin') {
    throw forbidden('Only administrators can list every comment; pass file or folder');
  }
  const filePath = file === null ? undefined : parsePathString(file, 'file');
  const folderPath = folder === null ? undefined : parsePathString(folder, 'folder');
  if (filePath !== undefined && ctx.tenant.nodes.get(filePath)?.kind !== 'file') {
    throw forbidden(NO_ACCESS);
  }
  if (folderPath !== undefined && ctx.tenant.nodes.get(folderPath)?.kind !== 'folder') {
    throw forbidden(NO_ACCESS);
  }
  const start = dayParam(ctx, 'start_time');
  const end = dayParam(ctx, 'end_time');
  const notes = [...ctx.tenant.notes.values()]
    .filter((n) => filePath === undefined || n.file_path === filePath)
    .filter((n) => folderPath === undefined || isWithin(n.file_path, folderPath))
    .filter((n) => start === undefined || n.created >= start)
    .filter((n) => end === undefined || n.created < end + 86_400_000)
    .sort((a, b) => b.created - a.created || a.id.localeCompare(b.id));
  return ok({ notes: notes.map((n) => noteView(ctx, n)), total_results: notes.length, offset: 0 });
};

function findNote(ctx: RequestContext): Note {
  const note = ctx.tenant.notes.get(ctx.params.id ?? '');
  if (!note) {
    throw notFound(`Note ${ctx.params.id} does not exist`);
  }
  return note;
}

const createNote: Handler = (ctx) => {
  const body = asObject(ctx.body);
  for (const key of Object.keys(body)) {
    if (key !== 'path' && key !== 'body') {
      throw badRequest(`JSON property [${key}] not supported by the endpoint`);
    }
  }
  const path = parsePathString(requiredString(body, 'path'), 'path');
  const message = requiredString(body, 'body');
  const node = ctx.tenant.nodes.get(path);
  if (node?.kind !== 'file') {
    throw forbidden(NO_ACCESS);
  }
  const note: Note = {
    id: ctx.tenant.prng.uuid(),
    message,
    username: ctx.actor.userName,
    file_path: path,
    group_id: node.group_id,
    created: ctx.config.clock.now(),
  };
  ctx.tenant.notes.set(note.id, note);
  return ok(noteView(ctx, note), 201);
};

const deleteNote: Handler = (ctx) => {
  const note = findNote(ctx);
  if (!noteView(ctx, note).can_delete) {
    throw forbidden('Only the author or an administrator can delete this comment');
  }
  ctx.tenant.notes.delete(note.id);
  return empty(200);
};

export function addNoteRoutes(router: Router): void {
  router
    .add('GET', '/pubapi/v1/notes', listNotes)
    .add('POST', '/pubapi/v1/notes', createNote)
    .add('GET', '/pubapi/v1/notes/:id', (ctx) => ok(noteView(ctx, findNote(ctx))))
    .add('DELETE', '/pubapi/v1/notes/:id', deleteNote);
}
