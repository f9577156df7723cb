/**
 * The administrator tools of issue 26 and the other per-tool facts (hero tools, destructive hints,
 * paging, identifier kinds); egnyte-tools-table.ts holds the row type and the first 41 tools.
 */
import { FIRST_41, type Row } from './egnyte-tools-table.js';

/** The 18 administrator tools (issue 26). */
const ADMIN_18: Row[] = [
  // an administrator's day (issue 26): trash, comments, project folders, domain settings, metadata
  ['list_all_egnyte_trash_items', 'GET /pubapi/v1/fs/trash', 'list', ['trash'], [], {}],
  ['restore_egnyte_trash_items', 'POST /pubapi/v1/fs/trash', 'custom', ['trash'], ['ids'], { ids: 'body' }],
  ['list_egnyte_comments', 'GET /pubapi/v1/notes', 'custom', ['comments'], [], { file: 'query', folder: 'query' }],
  ['get_single_egnyte_comment_by_id', 'GET /pubapi/v1/notes/{id}', 'get', ['comments'], ['id'], { id: 'path' }],
  ['delete_an_egnyte_comment_by_id', 'DELETE /pubapi/v1/notes/{id}', 'delete', ['comments'], ['id'], { id: 'path' }],
  ['list_egnyte_project_folders', 'GET /pubapi/v2/project-folders', 'custom', ['projects'], [], {}],
  [
    'get_single_egnyte_project_folder_by_id',
    'GET /pubapi/v2/project-folders/{id}',
    'get',
    ['projects'],
    ['id'],
    { id: 'path' },
  ],
  [
    'mark_egnyte_folder_as_project',
    'POST /pubapi/v1/project-folders',
    'custom',
    ['projects'],
    ['rootFolderId', 'name', 'status'],
    { rootFolderId: 'body', name: 'body', status: 'body' },
  ],
  [
    'update_an_egnyte_project_folder_by_id',
    'PATCH /pubapi/v2/project-folders/{id}',
    'update',
    ['projects'],
    ['id'],
    { id: 'path', status: 'body', name: 'body', completionDate: 'body' },
  ],
  ['get_egnyte_storage_usage', 'GET /pubapi/v1/fs/settings', 'custom', ['settings'], [], {}],
  ['get_egnyte_license_settings', 'GET /pubapi/v2/users/settings', 'custom', ['settings'], [], {}],
  ['get_egnyte_link_policy', 'GET /pubapi/v1/links/settings', 'custom', ['settings'], [], {}],
  ['get_egnyte_audit_settings', 'GET /pubapi/v1/audit/settings', 'custom', ['settings'], [], {}],
  ['list_egnyte_metadata_namespaces', 'GET /pubapi/v1/properties/namespace', 'custom', ['metadata'], [], {}],
  [
    'get_egnyte_folder_metadata',
    'GET /pubapi/v1/fs/ids/folder/{id}/properties/{namespace}',
    'custom',
    ['metadata'],
    ['id', 'namespace'],
    { id: 'path', namespace: 'path' },
  ],
  [
    'get_egnyte_file_metadata',
    'GET /pubapi/v1/fs/ids/file/{id}/properties/{namespace}',
    'custom',
    ['metadata'],
    ['id', 'namespace'],
    { id: 'path', namespace: 'path' },
  ],
  [
    'set_egnyte_folder_metadata',
    'PUT /pubapi/v1/fs/ids/folder/{id}/properties/{namespace}',
    'custom',
    ['metadata'],
    ['id', 'namespace', 'values'],
    { id: 'path', namespace: 'path', values: 'body+entries' },
  ],
  [
    'set_egnyte_file_metadata',
    'PUT /pubapi/v1/fs/ids/file/{id}/properties/{namespace}',
    'custom',
    ['metadata'],
    ['id', 'namespace', 'values'],
    { id: 'path', namespace: 'path', values: 'body+entries' },
  ],
];

export const TOOLS: Row[] = [...FIRST_41, ...ADMIN_18];

/** The 41 tools that existed before issue 26: the lean-surface target (issue 14) was set on them. */
export const FIRST_TOOLS = TOOLS.slice(0, 41).map(([name]) => name);

export const HERO_TOOLS = [
  'list_all_egnyte_users',
  'get_single_egnyte_user_by_id',
  'update_an_egnyte_user_by_id',
  'list_all_egnyte_groups',
  'get_single_egnyte_group_by_id',
  'update_an_egnyte_group_by_id',
];

/** Writes that delete or take away access must say so (destructiveHint). */
export const DESTRUCTIVE = [
  'delete_an_egnyte_user_by_id',
  'update_an_egnyte_user_by_id', // active: false deactivates
  'replace_egnyte_group',
  'remove_egnyte_group_members',
  'delete_an_egnyte_group_by_id',
  'set_egnyte_folder_permissions', // level None removes a grant
  'update_egnyte_folder_options', // can disable links
  'delete_egnyte_folder_or_file',
  'delete_an_egnyte_link_by_id',
  'restore_egnyte_trash_items', // takes old paths back
  'delete_an_egnyte_comment_by_id',
].sort();

/** Paging per endpoint (egnyte-api.md §3): [tool, style, vendor offset/cursor param, first offset, limit param, max]. */
// prettier-ignore
export const PAGING: [string, 'offset' | 'cursor', string, number | null, string | null, number | null][] = [
  ['list_all_egnyte_users', 'offset', 'startIndex', 1, 'count', 100],
  ['list_all_egnyte_groups', 'offset', 'startIndex', 1, 'count', 100],
  ['list_all_egnyte_links', 'offset', 'offset', 0, 'count', 100],
  ['list_egnyte_link_details', 'offset', 'offset', 0, 'count', 100],
  ['search_egnyte_files', 'offset', 'offset', 0, 'count', 20],
  ['list_egnyte_login_audit_entries', 'offset', 'offset', 0, 'count', 100],
  ['list_egnyte_file_audit_entries', 'offset', 'offset', 0, 'count', 100],
  ['list_egnyte_permission_audit_entries', 'offset', 'offset', 0, 'count', 100],
  ['list_all_egnyte_events', 'cursor', 'id', null, 'count', 100],
  ['list_all_egnyte_audit_events', 'cursor', 'nextCursor', null, null, null],
  ['list_all_egnyte_trash_items', 'offset', 'offset', 0, 'count', 100],
];

/** Arguments that take an identifier kind: [tool, dotted place in the input schema, kind]. */
// prettier-ignore
export const IDENTIFIERS: [string, string, string][] = [
  ['get_single_egnyte_user_by_id', 'id', 'user_id'],
  ['update_an_egnyte_user_by_id', 'id', 'user_id'],
  ['delete_an_egnyte_user_by_id', 'id', 'user_id'],
  ['create_an_egnyte_user', 'userName', 'username'],
  ['get_single_egnyte_group_by_id', 'id', 'group_id'],
  ['update_an_egnyte_group_by_id', 'id', 'group_id'],
  ['replace_egnyte_group', 'members.items.value', 'user_id'],
  ['add_egnyte_group_members', 'members.items.value', 'user_id'],
  ['remove_egnyte_group_members', 'id', 'group_id'],
  ['remove_egnyte_group_members', 'members.items.value', 'user_id'],
  ['create_an_egnyte_group', 'members.items.value', 'user_id'],
  ['get_egnyte_folder_permissions', 'path', 'shared_folder_path'],
  ['set_egnyte_folder_permissions', 'path', 'shared_folder_path'],
  ['get_egnyte_user_effective_permission', 'username', 'username'],
  ['get_egnyte_user_effective_permission', 'folder', 'folder_path'],
  ['get_egnyte_folder_or_file', 'path', 'item_path'],
  ['get_egnyte_folder_by_id', 'folder_id', 'folder_id'],
  ['get_egnyte_file_by_group_id', 'group_id', 'file_group_id'],
  ['create_egnyte_folder', 'path', 'folder_path'],
  ['move_egnyte_folder_or_file', 'destination', 'item_path'],
  ['copy_egnyte_folder_or_file', 'destination', 'item_path'],
  ['delete_egnyte_folder_or_file', 'entry_id', 'file_entry_id'],
  ['search_egnyte_files', 'folder', 'folder_path'],
  ['list_all_egnyte_links', 'path', 'item_path'],
  ['list_all_egnyte_links', 'username', 'username'],
  ['get_single_egnyte_link_by_id', 'id', 'link_id'],
  ['delete_an_egnyte_link_by_id', 'id', 'link_id'],
  ['create_an_egnyte_link', 'path', 'item_path'],
  ['list_all_egnyte_events', 'id', 'event_id'],
  ['list_all_egnyte_events', 'folder', 'folder_path'],
  ['list_all_egnyte_audit_events', 'stream_cursor', 'audit_cursor'],
  ['get_egnyte_audit_report_status', 'id', 'audit_job_id'],
  ['list_egnyte_file_audit_entries', 'id', 'audit_job_id'],
  ['create_egnyte_login_audit_report', 'users.items', 'username'],
  ['create_egnyte_file_audit_report', 'folders.items', 'folder_path'],
  ['create_egnyte_permission_audit_report', 'assignee_groups.items', 'group_name'],
  ['restore_egnyte_trash_items', 'ids.items', 'trash_item_id'],
  ['list_egnyte_comments', 'file', 'item_path'],
  ['list_egnyte_comments', 'folder', 'folder_path'],
  ['get_single_egnyte_comment_by_id', 'id', 'comment_id'],
  ['delete_an_egnyte_comment_by_id', 'id', 'comment_id'],
  ['get_single_egnyte_project_folder_by_id', 'id', 'project_folder_id'],
  ['update_an_egnyte_project_folder_by_id', 'id', 'project_folder_id'],
  ['mark_egnyte_folder_as_project', 'rootFolderId', 'folder_id'],
  ['get_egnyte_folder_metadata', 'id', 'folder_id'],
  ['get_egnyte_folder_metadata', 'namespace', 'metadata_namespace'],
  ['get_egnyte_file_metadata', 'id', 'file_group_id'],
  ['set_egnyte_folder_metadata', 'namespace', 'metadata_namespace'],
  ['set_egnyte_file_metadata', 'id', 'file_group_id'],
];

/** Identifiers the call creates rather than looks up ('tool place'). */
export const NEW_VALUES = [
  'create_an_egnyte_user userName',
  'create_egnyte_folder path',
  'move_egnyte_folder_or_file destination',
  'copy_egnyte_folder_or_file destination',
];
