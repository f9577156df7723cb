/** PATCH /pubapi/v1/fs/{folder}: folder options (egnyte-api.md §2.4, D-folderopts). */
import { badRequest } from '../errors.js';
import type { FolderNode } from '../model.js';
import { asBoolean, asObject, oneOf } from '../validate.js';

const PUBLIC_LINKS = ['files_folders', 'files', 'disabled'] as const;
const KNOWN = ['folder_description', 'allow_links', 'public_links', 'restrict_move_delete', 'email_preferences'];

/** Validates everything first, then applies, so a bad field changes nothing. */
export function applyFolderOptions(folder: FolderNode, body: unknown): void {
  const input = asObject(body);
  if (!KNOWN.some((key) => input[key] !== undefined)) {
    throw badRequest(`Send at least one of: ${KNOWN.join(', ')}`);
  }
  const next = { ...folder, emailPreferences: { ...folder.emailPreferences } };
  if (input.folder_description !== undefined) {
    if (typeof input.folder_description !== 'string') {
      throw badRequest('Field folder_description must be a string');
    }
    // The documented error code for this case (D-folderopts).
    if (input.folder_description.length > 200) {
      throw badRequest('FOLDER_DESCRIPTION_TOO_LONG');
    }
    next.description = input.folder_description;
  }
  if (input.allow_links !== undefined) {
    next.allowLinks = asBoolean(input.allow_links, 'allow_links');
  }
  if (input.public_links !== undefined) {
    next.publicLinks = oneOf(input.public_links, PUBLIC_LINKS, 'public_links');
  }
  if (input.restrict_move_delete !== undefined) {
    next.restrictMoveDelete = asBoolean(input.restrict_move_delete, 'restrict_move_delete');
  }
  if (input.email_preferences !== undefined) {
    const prefs = asObject(input.email_preferences, 'Field email_preferences');
    for (const key of ['content_updates', 'content_accessed'] as const) {
      if (prefs[key] !== undefined) {
        next.emailPreferences[key] = asBoolean(prefs[key], `email_preferences.${key}`);
      }
    }
  }
  Object.assign(folder, next);
}
