/**
 * Workflow 3: a leaver deleted files before going. Find the user, read the trash page by page, keep
 * what they deleted since a given day (the trash shows the deleter's display name, not a username),
 * restore it in batches of at most 10, and look at a restored folder again.
 */
import type { ToolInputs, ToolOutputs } from 'egnyte-mcp-server';
import { type Exposure, fullName, type Log, need, say, type ToolClient, toolCaller, type User } from './workflows.js';

export type TrashItem = ToolOutputs['list_all_egnyte_trash_items']['data'][number];

export interface RestoreResult {
  user: User;
  /** What the user deleted since the given day, as the trash listed it; all of it was restored. */
  restored: TrashItem[];
  /** Restored folders and how many files each holds again. */
  folders: Array<{ path: string; files: number }>;
}

/** The restore tool takes 1 to 10 ids per call. */
const BATCH = 10;

export async function restoreDeleted(
  client: ToolClient,
  email: string,
  since: Date,
  log: Log,
  exposure: Exposure = 'all',
): Promise<RestoreResult> {
  log(`Workflow 3: restore what ${email} deleted since ${since.toISOString().slice(0, 10)}`);
  log('  Find the user, list the trash page by page, keep their deletions, restore them, check a restored folder.');
  const call = toolCaller(client, log, exposure);

  const found = await call('list_all_egnyte_users', { filter: `email eq "${email}"` }, 'find a user by email');
  const user = found.data[0];
  if (found.data.length !== 1 || !user) {
    throw new Error(`expected exactly one user with email ${email}, found ${found.data.length}`);
  }
  const name = fullName(user);
  say(log, `${user.userName} is ${name}; the trash names deleters by display name`);

  const theirs: TrashItem[] = [];
  let cursor: string | null = null;
  do {
    const page: ToolOutputs['list_all_egnyte_trash_items'] = await call(
      'list_all_egnyte_trash_items',
      { limit: 20, ...(cursor === null ? {} : { next_cursor: cursor }) },
      'list deleted files in the trash',
    );
    const matches = page.data.filter(
      (item) => item.deleted_by === name && Date.parse(item.delete_date ?? '') >= since.getTime(),
    );
    theirs.push(...matches);
    say(
      log,
      `${page.data.length} trash items, ${matches.length} deleted by ${name} since then${page.next_cursor ? '; more pages' : ''}`,
    );
    cursor = page.next_cursor;
  } while (cursor !== null);
  for (const item of theirs) {
    say(log, `${item.type} ${item.path} (deleted ${item.delete_date?.slice(0, 10)})`);
  }
  if (theirs.length === 0) {
    throw new Error(`nothing in the trash was deleted by ${name} since ${since.toISOString()}`);
  }

  for (let start = 0; start < theirs.length; start += BATCH) {
    // The generated type spells 1 to 10 ids as tuples; a slice of at most BATCH non-empty ids is one.
    const ids = theirs
      .slice(start, start + BATCH)
      .map((item) => need(item.id, 'trash item id')) as ToolInputs['restore_egnyte_trash_items']['ids'];
    // A partial failure is a tool error naming the failed items: it stops the workflow with them.
    await call('restore_egnyte_trash_items', { ids }, 'restore deleted items from the trash');
    say(log, `restored ${ids.length} item${ids.length === 1 ? '' : 's'} to their original paths`);
  }

  const folders: RestoreResult['folders'] = [];
  for (const item of theirs.filter((candidate) => candidate.type === 'folder')) {
    const path = need(item.path, 'original path of a trash item');
    const folder = await call('get_egnyte_folder_or_file', { path }, 'get a folder with its contents');
    const files = folder.files?.length ?? 0;
    folders.push({ path, files });
    say(log, `${path} is back with ${files} file${files === 1 ? '' : 's'}`);
  }
  log('');
  return { user, restored: theirs, folders };
}
