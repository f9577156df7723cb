// Generated from specs/egnyte by `npm run generate`. Do not edit: change the specs and regenerate.

/**
 * Arguments of add_egnyte_group_members.
 */
export interface AddEgnyteGroupMembersInput {
  /**
   * Group UUID. Find one with list_all_egnyte_groups.
   */
  id: string;
  /**
   * Users to add.
   */
  members: {
    /**
     * Numeric user id. Find one with list_all_egnyte_users.
     */
    value: number;
  }[];
}

/**
 * Structured result of add_egnyte_group_members.
 */
export interface AddEgnyteGroupMembersOutput {
  id?: string;
  displayName?: string;
  members?: {
    /**
     * Numeric user id.
     */
    value?: number;
    username?: string;
    display?: string;
  }[];
}

/**
 * Arguments of copy_egnyte_folder_or_file.
 */
export interface CopyEgnyteFolderOrFileInput {
  /**
   * Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files.
   */
  path: string;
  /**
   * Full path of the copy, e.g. /Shared/Sales/NDA.pdf.
   */
  destination: string;
}

/**
 * Structured result of copy_egnyte_folder_or_file.
 */
export interface CopyEgnyteFolderOrFileOutput {
  ok?: boolean;
  status?: number;
}

/**
 * Arguments of create_an_egnyte_group.
 */
export interface CreateAnEgnyteGroupInput {
  /**
   * Display name of the new group.
   */
  displayName: string;
  /**
   * Initial members.
   */
  members?: {
    /**
     * Numeric user id. Find one with list_all_egnyte_users.
     */
    value: number;
  }[];
}

/**
 * Structured result of create_an_egnyte_group.
 */
export interface CreateAnEgnyteGroupOutput {
  id?: string;
  displayName?: string;
  members?: {
    /**
     * Numeric user id.
     */
    value?: number;
    username?: string;
    display?: string;
  }[];
}

/**
 * Arguments of create_an_egnyte_link.
 */
export interface CreateAnEgnyteLinkInput {
  /**
   * What to share. Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files.
   */
  path: string;
  /**
   * upload lets others upload to a folder.
   */
  type: 'file' | 'folder' | 'upload';
  /**
   * Who can open it (domain: signed-in users).
   */
  accessibility: 'anyone' | 'password' | 'domain' | 'recipients';
  /**
   * Email it to the recipients.
   */
  send_email?: boolean;
  /**
   * Email addresses to send it to.
   */
  recipients?: string[];
  /**
   * Message in the email.
   */
  message?: string;
  /**
   * Email the caller a copy.
   */
  copy_me?: boolean;
  /**
   * Tell the creator when it is opened.
   */
  notify?: boolean;
  /**
   * Files: link this version, not the latest.
   */
  link_to_current?: boolean;
  /**
   * Day it expires; not with expiry_clicks.
   */
  expiry_date?: string;
  /**
   * Clicks until it expires.
   */
  expiry_clicks?: number;
  /**
   * Append the file name to the URL.
   */
  add_file_name?: boolean;
  /**
   * Password (accessibility password).
   */
  password?: string;
  /**
   * PREVIEW: view only, no download.
   */
  protection?: 'NONE' | 'PREVIEW';
}

/**
 * Structured result of create_an_egnyte_link.
 */
export interface CreateAnEgnyteLinkOutput {
  links?: {
    id?: string;
    url?: string;
    recipients?: string[];
  }[];
  path?: string;
  type?: string;
  accessibility?: string;
  expiry_date?: string | null;
  created_by?: string;
  creation_date?: string;
}

/**
 * Arguments of create_an_egnyte_user.
 */
export interface CreateAnEgnyteUserInput {
  /**
   * Login name, unique in the domain.
   */
  userName: string;
  /**
   * Your permanent id for the user.
   */
  externalId: string;
  /**
   * Email address of the user.
   */
  email: string;
  /**
   * givenName and familyName.
   */
  name: {
    givenName: string;
    familyName: string;
  };
  /**
   * false creates it deactivated.
   */
  active: boolean;
  /**
   * How the user signs in.
   */
  authType: 'ad' | 'sso' | 'egnyte';
  /**
   * Role level of the user.
   */
  userType: 'admin' | 'power' | 'standard';
  /**
   * Email an invitation (active users).
   */
  sendInvite: boolean;
  /**
   * Power-user role name, e.g. Default.
   */
  role?: string;
  /**
   * SSO subject (authType sso).
   */
  idpUserId?: string;
  /**
   * Active Directory UPN (authType ad).
   */
  userPrincipalName?: string;
}

/**
 * Structured result of create_an_egnyte_user.
 */
export interface CreateAnEgnyteUserOutput {
  id?: number;
  userName?: string;
  externalId?: string | null;
  email?: string;
  name?: {
    givenName?: string;
    familyName?: string;
    formatted?: string;
  };
  active?: boolean;
  locked?: boolean;
  authType?: 'ad' | 'sso' | 'egnyte';
  userType?: 'admin' | 'power' | 'standard';
  role?: string | null;
  expiryDate?: string | null;
  /**
   * value is the group UUID.
   */
  groups?: {
    displayName?: string;
    value?: string;
  }[];
}

/**
 * Arguments of create_egnyte_file_audit_report.
 */
export interface CreateEgnyteFileAuditReportInput {
  /**
   * Start day (YYYY-MM-DD).
   */
  date_start: string;
  /**
   * End day (YYYY-MM-DD).
   */
  date_end: string;
  /**
   * Folders to report on, with subfolders.
   *
   * Items: Folder path, e.g. /Shared/Legal. Find one with get_egnyte_folder_or_file.
   */
  folders?: string[];
  /**
   * A file; a trailing * matches any ending. Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files.
   */
  file?: string;
  /**
   * Only activity of these users.
   *
   * Items: Username, e.g. jmiller. Find one with list_all_egnyte_users.
   */
  users?: string[];
  /**
   * Only these transaction types.
   */
  transaction_type?: string[];
}

/**
 * Structured result of create_egnyte_file_audit_report.
 */
export interface CreateEgnyteFileAuditReportOutput {
  id?: string;
}

/**
 * Arguments of create_egnyte_folder.
 */
export interface CreateEgnyteFolderInput {
  /**
   * Folder path, e.g. /Shared/Legal.
   */
  path: string;
}

/**
 * Structured result of create_egnyte_folder.
 */
export interface CreateEgnyteFolderOutput {
  folder_id?: string;
}

/**
 * Arguments of create_egnyte_login_audit_report.
 */
export interface CreateEgnyteLoginAuditReportInput {
  /**
   * Start day (YYYY-MM-DD).
   */
  date_start: string;
  /**
   * End day (YYYY-MM-DD).
   */
  date_end: string;
  /**
   * Which login events to include.
   */
  events: ('logins' | 'logouts' | 'account_lockouts' | 'password_resets' | 'failed_attempts')[];
  /**
   * Only these access points (web, ftp, mobile).
   */
  access_points?: ('web' | 'ftp' | 'mobile')[];
  /**
   * Only activity of these users.
   *
   * Items: Username, e.g. jmiller. Find one with list_all_egnyte_users.
   */
  users?: string[];
}

/**
 * Structured result of create_egnyte_login_audit_report.
 */
export interface CreateEgnyteLoginAuditReportOutput {
  id?: string;
}

/**
 * Arguments of create_egnyte_permission_audit_report.
 */
export interface CreateEgnytePermissionAuditReportInput {
  /**
   * Start day (YYYY-MM-DD).
   */
  date_start: string;
  /**
   * End day (YYYY-MM-DD).
   */
  date_end: string;
  /**
   * Only changes on these folders.
   *
   * Items: Folder path under /Shared. Find one with get_egnyte_folder_or_file.
   */
  folders?: string[];
  /**
   * Only changes made by these users.
   *
   * Items: Username, e.g. jmiller. Find one with list_all_egnyte_users.
   */
  assigners?: string[];
  /**
   * Only changes to these users' access.
   */
  assignee_users?: string[];
  /**
   * Only changes to these groups' access.
   *
   * Items: Group display name. Find one with list_all_egnyte_groups.
   */
  assignee_groups?: string[];
}

/**
 * Structured result of create_egnyte_permission_audit_report.
 */
export interface CreateEgnytePermissionAuditReportOutput {
  id?: string;
}

/**
 * Arguments of delete_an_egnyte_comment_by_id.
 */
export interface DeleteAnEgnyteCommentByIdInput {
  /**
   * Comment UUID. Find one with list_egnyte_comments.
   */
  id: string;
}

/**
 * Structured result of delete_an_egnyte_comment_by_id.
 */
export interface DeleteAnEgnyteCommentByIdOutput {
  ok?: boolean;
}

/**
 * Arguments of delete_an_egnyte_group_by_id.
 */
export interface DeleteAnEgnyteGroupByIdInput {
  /**
   * Group UUID. Find one with list_all_egnyte_groups.
   */
  id: string;
}

/**
 * Structured result of delete_an_egnyte_group_by_id.
 */
export interface DeleteAnEgnyteGroupByIdOutput {
  ok?: boolean;
  status?: number;
}

/**
 * Arguments of delete_an_egnyte_link_by_id.
 */
export interface DeleteAnEgnyteLinkByIdInput {
  /**
   * Link id (not the URL). Find one with list_all_egnyte_links.
   */
  id: string;
}

/**
 * Structured result of delete_an_egnyte_link_by_id.
 */
export interface DeleteAnEgnyteLinkByIdOutput {
  ok?: boolean;
  status?: number;
}

/**
 * Arguments of delete_an_egnyte_user_by_id.
 */
export interface DeleteAnEgnyteUserByIdInput {
  /**
   * Numeric user id. Find one with list_all_egnyte_users.
   */
  id: number;
}

/**
 * Structured result of delete_an_egnyte_user_by_id.
 */
export interface DeleteAnEgnyteUserByIdOutput {
  ok?: boolean;
  status?: number;
}

/**
 * Arguments of delete_egnyte_folder_or_file.
 */
export interface DeleteEgnyteFolderOrFileInput {
  /**
   * Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files.
   */
  path: string;
  /**
   * Files only: delete just this version. File version entry_id UUID. Find one with get_egnyte_folder_or_file.
   */
  entry_id?: string;
}

/**
 * Structured result of delete_egnyte_folder_or_file.
 */
export interface DeleteEgnyteFolderOrFileOutput {
  ok?: boolean;
  status?: number;
}

/**
 * Arguments of get_egnyte_audit_report_status.
 */
export interface GetEgnyteAuditReportStatusInput {
  /**
   * Audit report job id. Find one with create_egnyte_file_audit_report.
   */
  id: string;
}

/**
 * Structured result of get_egnyte_audit_report_status.
 */
export interface GetEgnyteAuditReportStatusOutput {
  status?: string;
}

/**
 * Arguments of get_egnyte_audit_settings.
 */
export interface GetEgnyteAuditSettingsInput {}

/**
 * Structured result of get_egnyte_audit_settings.
 */
export interface GetEgnyteAuditSettingsOutput {
  archive_audit_reports?: boolean;
}

/**
 * Arguments of get_egnyte_current_user.
 */
export interface GetEgnyteCurrentUserInput {}

/**
 * Structured result of get_egnyte_current_user.
 */
export interface GetEgnyteCurrentUserOutput {
  id?: number;
  username?: string;
  first_name?: string;
  last_name?: string;
  email?: string;
  /**
   * admin, power or standard
   */
  user_type?: string;
}

/**
 * Arguments of get_egnyte_events_cursor.
 */
export interface GetEgnyteEventsCursorInput {}

/**
 * Structured result of get_egnyte_events_cursor.
 */
export interface GetEgnyteEventsCursorOutput {
  timestamp?: string;
  latest_event_id?: number;
  oldest_event_id?: number;
}

/**
 * Arguments of get_egnyte_file_by_group_id.
 */
export interface GetEgnyteFileByGroupIdInput {
  /**
   * File group_id UUID. Find one with get_egnyte_folder_or_file.
   */
  group_id: string;
}

/**
 * Structured result of get_egnyte_file_by_group_id.
 */
export interface GetEgnyteFileByGroupIdOutput {
  name?: string;
  path?: string;
  is_folder?: boolean;
  folder_id?: string;
  parent_id?: string | null;
  folder_description?: string;
  total_count?: number;
  offset?: number;
  folders?: {
    name?: string;
    path?: string;
    folder_id?: string;
  }[];
  files?: {
    name?: string;
    path?: string;
    size?: number;
    entry_id?: string;
    group_id?: string;
    last_modified?: string;
    /**
     * Username.
     */
    uploaded_by?: string;
    locked?: boolean;
    num_versions?: number;
  }[];
  size?: number;
  checksum?: string;
  entry_id?: string;
  group_id?: string;
  last_modified?: string;
  uploaded_by?: string;
  locked?: boolean;
  versions?: {
    entry_id?: string;
    size?: number;
    last_modified?: string;
    uploaded_by?: string;
  }[];
}

/**
 * Arguments of get_egnyte_file_metadata.
 */
export interface GetEgnyteFileMetadataInput {
  /**
   * File group_id UUID. Find one with get_egnyte_folder_or_file.
   */
  id: string;
  /**
   * Namespace name.
   */
  namespace: string;
}

/**
 * Structured result of get_egnyte_file_metadata.
 */
export interface GetEgnyteFileMetadataOutput {
  results?: {}[];
}

/**
 * Arguments of get_egnyte_folder_by_id.
 */
export interface GetEgnyteFolderByIdInput {
  /**
   * folder_id UUID. Find one with get_egnyte_folder_or_file.
   */
  folder_id: string;
  /**
   * Include subfolders and files (default true).
   */
  list_content?: boolean;
  /**
   * 0-based index of the first entry to return.
   */
  offset?: number;
  /**
   * Number of entries, e.g. 100.
   */
  count?: number;
}

/**
 * Structured result of get_egnyte_folder_by_id.
 */
export interface GetEgnyteFolderByIdOutput {
  name?: string;
  path?: string;
  is_folder?: boolean;
  folder_id?: string;
  parent_id?: string | null;
  folder_description?: string;
  total_count?: number;
  offset?: number;
  folders?: {
    name?: string;
    path?: string;
    folder_id?: string;
  }[];
  files?: {
    name?: string;
    path?: string;
    size?: number;
    entry_id?: string;
    group_id?: string;
    last_modified?: string;
    /**
     * Username.
     */
    uploaded_by?: string;
    locked?: boolean;
    num_versions?: number;
  }[];
  size?: number;
  checksum?: string;
  entry_id?: string;
  group_id?: string;
  last_modified?: string;
  uploaded_by?: string;
  locked?: boolean;
  versions?: {
    entry_id?: string;
    size?: number;
    last_modified?: string;
    uploaded_by?: string;
  }[];
}

/**
 * Arguments of get_egnyte_folder_metadata.
 */
export interface GetEgnyteFolderMetadataInput {
  /**
   * folder_id UUID. Find one with get_egnyte_folder_or_file.
   */
  id: string;
  /**
   * Namespace name.
   */
  namespace: string;
}

/**
 * Structured result of get_egnyte_folder_metadata.
 */
export interface GetEgnyteFolderMetadataOutput {
  results?: {}[];
}

/**
 * Arguments of get_egnyte_folder_or_file.
 */
export interface GetEgnyteFolderOrFileInput {
  /**
   * Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files.
   */
  path: string;
  /**
   * Folders: include contents (default true).
   */
  list_content?: boolean;
  /**
   * Folders: 0-based first entry; page on while below total_count.
   */
  offset?: number;
  /**
   * Folders: number of entries, e.g. 100.
   */
  count?: number;
  /**
   * Folders: sort entries by this field.
   */
  sort_by?: 'name' | 'last_modified' | 'uploaded_by' | 'size';
  /**
   * Folders: sort order of entries.
   */
  sort_direction?: 'ascending' | 'descending';
}

/**
 * Structured result of get_egnyte_folder_or_file.
 */
export interface GetEgnyteFolderOrFileOutput {
  name?: string;
  path?: string;
  is_folder?: boolean;
  folder_id?: string;
  parent_id?: string | null;
  folder_description?: string;
  total_count?: number;
  offset?: number;
  folders?: {
    name?: string;
    path?: string;
    folder_id?: string;
  }[];
  files?: {
    name?: string;
    path?: string;
    size?: number;
    entry_id?: string;
    group_id?: string;
    last_modified?: string;
    /**
     * Username.
     */
    uploaded_by?: string;
    locked?: boolean;
    num_versions?: number;
  }[];
  size?: number;
  checksum?: string;
  entry_id?: string;
  group_id?: string;
  last_modified?: string;
  uploaded_by?: string;
  locked?: boolean;
  versions?: {
    entry_id?: string;
    size?: number;
    last_modified?: string;
    uploaded_by?: string;
  }[];
}

/**
 * Arguments of get_egnyte_folder_permissions.
 */
export interface GetEgnyteFolderPermissionsInput {
  /**
   * Folder path under /Shared. Find one with get_egnyte_folder_or_file.
   */
  path: string;
}

/**
 * Structured result of get_egnyte_folder_permissions.
 */
export interface GetEgnyteFolderPermissionsOutput {
  /**
   * Username -> permission level set on this folder.
   */
  userPerms?: {
    [k: string]: string | undefined;
  };
  /**
   * Group display name -> permission level set on this folder.
   */
  groupPerms?: {
    [k: string]: string | undefined;
  };
  inheritsPermissions?: boolean;
}

/**
 * Arguments of get_egnyte_license_settings.
 */
export interface GetEgnyteLicenseSettingsInput {}

/**
 * Structured result of get_egnyte_license_settings.
 */
export interface GetEgnyteLicenseSettingsOutput {
  licenses?: number;
  sso_enabled?: boolean;
}

/**
 * Arguments of get_egnyte_link_policy.
 */
export interface GetEgnyteLinkPolicyInput {}

/**
 * Structured result of get_egnyte_link_policy.
 */
export interface GetEgnyteLinkPolicyOutput {
  expiration?: {};
  file_links?: {};
  folder_links?: {};
}

/**
 * Arguments of get_egnyte_storage_usage.
 */
export interface GetEgnyteStorageUsageInput {}

/**
 * Structured result of get_egnyte_storage_usage.
 */
export interface GetEgnyteStorageUsageOutput {
  total?: number;
  used?: number;
}

/**
 * Arguments of get_egnyte_user_effective_permission.
 */
export interface GetEgnyteUserEffectivePermissionInput {
  /**
   * Username, e.g. jmiller. Find one with list_all_egnyte_users.
   */
  username: string;
  /**
   * Folder to check. Folder path, e.g. /Shared/Legal. Find one with get_egnyte_folder_or_file.
   */
  folder: string;
}

/**
 * Structured result of get_egnyte_user_effective_permission.
 */
export interface GetEgnyteUserEffectivePermissionOutput {
  /**
   * None, Viewer, Editor, Full or Owner.
   */
  permission?: string;
}

/**
 * Arguments of get_single_egnyte_comment_by_id.
 */
export interface GetSingleEgnyteCommentByIdInput {
  /**
   * Comment UUID. Find one with list_egnyte_comments.
   */
  id: string;
}

/**
 * Structured result of get_single_egnyte_comment_by_id.
 */
export interface GetSingleEgnyteCommentByIdOutput {
  id?: string;
  message?: string;
  username?: string;
  file_path?: string;
}

/**
 * Arguments of get_single_egnyte_group_by_id.
 */
export interface GetSingleEgnyteGroupByIdInput {
  /**
   * Group UUID. Find one with list_all_egnyte_groups.
   */
  id: string;
}

/**
 * Structured result of get_single_egnyte_group_by_id.
 */
export interface GetSingleEgnyteGroupByIdOutput {
  id?: string;
  displayName?: string;
  members?: {
    /**
     * Numeric user id.
     */
    value?: number;
    username?: string;
    display?: string;
  }[];
}

/**
 * Arguments of get_single_egnyte_link_by_id.
 */
export interface GetSingleEgnyteLinkByIdInput {
  /**
   * Link id (not the URL). Find one with list_all_egnyte_links.
   */
  id: string;
}

/**
 * Structured result of get_single_egnyte_link_by_id.
 */
export interface GetSingleEgnyteLinkByIdOutput {
  id?: string;
  url?: string;
  path?: string;
  /**
   * file, folder or upload
   */
  type?: string;
  /**
   * anyone, password, domain or recipients
   */
  accessibility?: string;
  recipients?: string[];
  creation_date?: string;
  /**
   * Username.
   */
  created_by?: string;
  /**
   * group_id of the file or folder_id of the folder.
   */
  resource_id?: string;
  expiry_date?: string | null;
  protection?: string;
  notify?: boolean;
  link_to_current?: boolean;
  /**
   * Clicks left.
   */
  expiry_clicks?: number | string;
  last_accessed?: string | null;
}

/**
 * Arguments of get_single_egnyte_project_folder_by_id.
 */
export interface GetSingleEgnyteProjectFolderByIdInput {
  /**
   * Project record UUID. Find one with list_egnyte_project_folders.
   */
  id: string;
}

/**
 * Structured result of get_single_egnyte_project_folder_by_id.
 */
export interface GetSingleEgnyteProjectFolderByIdOutput {
  id?: string;
  rootFolderId?: string;
  name?: string;
  status?: string;
  completionDate?: string | null;
}

/**
 * Arguments of get_single_egnyte_user_by_id.
 */
export interface GetSingleEgnyteUserByIdInput {
  /**
   * Numeric user id. Find one with list_all_egnyte_users.
   */
  id: number;
}

/**
 * Structured result of get_single_egnyte_user_by_id.
 */
export interface GetSingleEgnyteUserByIdOutput {
  id?: number;
  userName?: string;
  externalId?: string | null;
  email?: string;
  name?: {
    givenName?: string;
    familyName?: string;
    formatted?: string;
  };
  active?: boolean;
  locked?: boolean;
  authType?: 'ad' | 'sso' | 'egnyte';
  userType?: 'admin' | 'power' | 'standard';
  role?: string | null;
  expiryDate?: string | null;
  /**
   * value is the group UUID.
   */
  groups?: {
    displayName?: string;
    value?: string;
  }[];
}

/**
 * Arguments of list_all_egnyte_audit_events.
 */
export interface ListAllEgnyteAuditEventsInput {
  /**
   * Start (ISO-8601, last 7 days), unless stream_cursor is given.
   */
  startDate?: string;
  /**
   * End (ISO-8601); default now.
   */
  endDate?: string;
  /**
   * Activity kind, e.g. FILE_AUDIT, LOGIN_AUDIT or USER_AUDIT.
   */
  auditType?: string;
  /**
   * Resume a saved stream instead of startDate. Raw Egnyte audit nextCursor.
   */
  stream_cursor?: string;
  next_cursor?: string;
}

/**
 * Structured result of list_all_egnyte_audit_events.
 */
export interface ListAllEgnyteAuditEventsOutput {
  data: {
    /**
     * Time in epoch milliseconds.
     */
    date?: number;
    auditSource?: string;
    action?: string;
    /**
     * Name ( email ) of the actor.
     */
    user?: string;
    userId?: string;
    actor?: string;
    subject?: string;
    sourcePath?: string;
    targetPath?: string;
    access?: string;
    ipAddress?: string;
    actionInfo?: string;
  }[];
  next_cursor: string | null;
}

/**
 * Arguments of list_all_egnyte_events.
 */
export interface ListAllEgnyteEventsInput {
  /**
   * Events after this id (oldest_event_id: all). Event id. Find one with get_egnyte_events_cursor.
   */
  id: number;
  /**
   * Only events under this folder. Folder path, e.g. /Shared/Legal. Find one with get_egnyte_folder_or_file.
   */
  folder?: string;
  /**
   * file_system, note or file_system|note.
   */
  type?: string;
  /**
   * Leave out events of this app or of the caller.
   */
  suppress?: 'app' | 'user';
  /**
   * Items per page.
   */
  limit?: number;
  next_cursor?: string;
}

/**
 * Structured result of list_all_egnyte_events.
 */
export interface ListAllEgnyteEventsOutput {
  data: {
    id?: number;
    timestamp?: string;
    /**
     * Numeric user id of who did it.
     */
    actor?: number;
    action_source?: string;
    type?: string;
    action?: string;
    data?: {
      target_path?: string;
      source_path?: string;
      /**
       * entry_id (file) or folder_id.
       */
      target_id?: string;
      /**
       * File group_id.
       */
      target_group_id?: string;
      is_folder?: boolean;
    };
  }[];
  next_cursor: string | null;
}

/**
 * Arguments of list_all_egnyte_groups.
 */
export interface ListAllEgnyteGroupsInput {
  /**
   * displayName with eq, co (contains) or sw (starts with), e.g. displayName eq "External Agency".
   */
  filter?: string;
  /**
   * Items per page.
   */
  limit?: number;
  next_cursor?: string;
}

/**
 * Structured result of list_all_egnyte_groups.
 */
export interface ListAllEgnyteGroupsOutput {
  data: {
    /**
     * Group UUID.
     */
    id?: string;
    displayName?: string;
  }[];
  next_cursor: string | null;
}

/**
 * Arguments of list_all_egnyte_links.
 */
export interface ListAllEgnyteLinksInput {
  /**
   * Only links to this folder or file. Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files.
   */
  path?: string;
  /**
   * Only links this user created. Username, e.g. jmiller. Find one with list_all_egnyte_users.
   */
  username?: string;
  /**
   * Only links created after this day.
   */
  created_after?: string;
  /**
   * Only links created before this day.
   */
  created_before?: string;
  /**
   * Only this kind of link.
   */
  type?: 'file' | 'folder';
  /**
   * Only links with this audience.
   */
  accessibility?: 'anyone' | 'password' | 'domain' | 'recipients';
  /**
   * Items per page.
   */
  limit?: number;
  next_cursor?: string;
}

/**
 * Structured result of list_all_egnyte_links.
 */
export interface ListAllEgnyteLinksOutput {
  data: string[];
  next_cursor: string | null;
}

/**
 * Arguments of list_all_egnyte_trash_items.
 */
export interface ListAllEgnyteTrashItemsInput {
  /**
   * Items per page.
   */
  limit?: number;
  next_cursor?: string;
}

/**
 * Structured result of list_all_egnyte_trash_items.
 */
export interface ListAllEgnyteTrashItemsOutput {
  data: {
    id?: string;
    path?: string;
    type?: string;
    deleted_by?: string;
    delete_date?: string;
  }[];
  next_cursor: string | null;
}

/**
 * Arguments of list_all_egnyte_users.
 */
export interface ListAllEgnyteUsersInput {
  /**
   * userName, email or externalId with eq, e.g. email eq "jsmith@company.com".
   */
  filter?: string;
  /**
   * Items per page.
   */
  limit?: number;
  next_cursor?: string;
}

/**
 * Structured result of list_all_egnyte_users.
 */
export interface ListAllEgnyteUsersOutput {
  data: {
    id?: number;
    userName?: string;
    externalId?: string | null;
    email?: string;
    name?: {
      givenName?: string;
      familyName?: string;
      formatted?: string;
    };
    active?: boolean;
    locked?: boolean;
    authType?: 'ad' | 'sso' | 'egnyte';
    userType?: 'admin' | 'power' | 'standard';
    role?: string | null;
    expiryDate?: string | null;
    /**
     * value is the group UUID.
     */
    groups?: {
      displayName?: string;
      value?: string;
    }[];
  }[];
  next_cursor: string | null;
}

/**
 * Arguments of list_egnyte_comments.
 */
export interface ListEgnyteCommentsInput {
  /**
   * Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files.
   */
  file?: string;
  /**
   * Files in this folder. Folder path, e.g. /Shared/Legal. Find one with get_egnyte_folder_or_file.
   */
  folder?: string;
}

/**
 * Structured result of list_egnyte_comments.
 */
export interface ListEgnyteCommentsOutput {
  data: {
    id?: string;
    message?: string;
    username?: string;
    file_path?: string;
  }[];
}

/**
 * Arguments of list_egnyte_file_audit_entries.
 */
export interface ListEgnyteFileAuditEntriesInput {
  /**
   * Audit report job id. Find one with create_egnyte_file_audit_report.
   */
  id: string;
  /**
   * Items per page.
   */
  limit?: number;
  next_cursor?: string;
}

/**
 * Structured result of list_egnyte_file_audit_entries.
 */
export interface ListEgnyteFileAuditEntriesOutput {
  data: {
    username?: string;
    user_id?: number | string;
    file?: string;
    target_path?: string;
    transaction?: string;
    access?: string;
    time?: string | number;
  }[];
  next_cursor: string | null;
}

/**
 * Arguments of list_egnyte_link_details.
 */
export interface ListEgnyteLinkDetailsInput {
  /**
   * Only links to this folder or file. Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files.
   */
  path?: string;
  /**
   * Only links this user created. Username, e.g. jmiller. Find one with list_all_egnyte_users.
   */
  username?: string;
  /**
   * Only links created after this day.
   */
  created_after?: string;
  /**
   * Only links created before this day.
   */
  created_before?: string;
  /**
   * Only this kind of link.
   */
  type?: 'file' | 'folder';
  /**
   * Only links with this audience.
   */
  accessibility?: 'anyone' | 'password' | 'domain' | 'recipients';
  /**
   * Items per page.
   */
  limit?: number;
  next_cursor?: string;
}

/**
 * Structured result of list_egnyte_link_details.
 */
export interface ListEgnyteLinkDetailsOutput {
  data: {
    id?: string;
    url?: string;
    path?: string;
    /**
     * file, folder or upload
     */
    type?: string;
    /**
     * anyone, password, domain or recipients
     */
    accessibility?: string;
    recipients?: string[];
    creation_date?: string;
    /**
     * Username.
     */
    created_by?: string;
    /**
     * group_id of the file or folder_id of the folder.
     */
    resource_id?: string;
    expiry_date?: string | null;
    protection?: string;
    notify?: boolean;
    link_to_current?: boolean;
    /**
     * Clicks left.
     */
    expiry_clicks?: number | string;
    last_accessed?: string | null;
  }[];
  next_cursor: string | null;
}

/**
 * Arguments of list_egnyte_login_audit_entries.
 */
export interface ListEgnyteLoginAuditEntriesInput {
  /**
   * Audit report job id. Find one with create_egnyte_file_audit_report.
   */
  id: string;
  /**
   * Items per page.
   */
  limit?: number;
  next_cursor?: string;
}

/**
 * Structured result of list_egnyte_login_audit_entries.
 */
export interface ListEgnyteLoginAuditEntriesOutput {
  data: {
    username?: string;
    user_id?: number | string;
    event?: string;
    ip_address?: string;
    access?: string;
    time?: string | number;
  }[];
  next_cursor: string | null;
}

/**
 * Arguments of list_egnyte_metadata_namespaces.
 */
export interface ListEgnyteMetadataNamespacesInput {}

/**
 * Structured result of list_egnyte_metadata_namespaces.
 */
export interface ListEgnyteMetadataNamespacesOutput {
  data: {
    name?: string;
    displayName?: string;
    scope?: string;
    keys?: {};
  }[];
}

/**
 * Arguments of list_egnyte_permission_audit_entries.
 */
export interface ListEgnytePermissionAuditEntriesInput {
  /**
   * Audit report job id. Find one with create_egnyte_file_audit_report.
   */
  id: string;
  /**
   * Items per page.
   */
  limit?: number;
  next_cursor?: string;
}

/**
 * Structured result of list_egnyte_permission_audit_entries.
 */
export interface ListEgnytePermissionAuditEntriesOutput {
  data: {
    folder?: string;
    assignee?: string;
    /**
     * User or group id.
     */
    assignee_id?: number | string;
    assigner?: string;
    assigner_id?: number | string;
    /**
     * Level change, e.g. +Editor or -Viewer.
     */
    change?: string;
    time?: string | number;
  }[];
  next_cursor: string | null;
}

/**
 * Arguments of list_egnyte_project_folders.
 */
export interface ListEgnyteProjectFoldersInput {}

/**
 * Structured result of list_egnyte_project_folders.
 */
export interface ListEgnyteProjectFoldersOutput {
  data: {
    id?: string;
    rootFolderId?: string;
    name?: string;
    status?: string;
    completionDate?: string | null;
  }[];
}

/**
 * Arguments of mark_egnyte_folder_as_project.
 */
export interface MarkEgnyteFolderAsProjectInput {
  /**
   * folder_id UUID. Find one with get_egnyte_folder_or_file.
   */
  rootFolderId: string;
  /**
   * Project name.
   */
  name: string;
  /**
   * Project status.
   */
  status: 'pending' | 'in-progress' | 'completed' | 'on-hold' | 'canceled';
}

/**
 * Structured result of mark_egnyte_folder_as_project.
 */
export interface MarkEgnyteFolderAsProjectOutput {
  id?: string;
  status?: string;
}

/**
 * Arguments of move_egnyte_folder_or_file.
 */
export interface MoveEgnyteFolderOrFileInput {
  /**
   * Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files.
   */
  path: string;
  /**
   * Full new path, e.g. /Shared/Archive/NDA.pdf.
   */
  destination: string;
}

/**
 * Structured result of move_egnyte_folder_or_file.
 */
export interface MoveEgnyteFolderOrFileOutput {
  ok?: boolean;
  status?: number;
}

/**
 * Arguments of remove_egnyte_group_members.
 */
export interface RemoveEgnyteGroupMembersInput {
  /**
   * Group UUID. Find one with list_all_egnyte_groups.
   */
  id: string;
  /**
   * Users to remove, each with operation delete.
   */
  members: {
    /**
     * Numeric user id. Find one with list_all_egnyte_users.
     */
    value: number;
    /**
     * Always "delete".
     */
    operation: 'delete';
  }[];
}

/**
 * Structured result of remove_egnyte_group_members.
 */
export interface RemoveEgnyteGroupMembersOutput {
  id?: string;
  displayName?: string;
  members?: {
    /**
     * Numeric user id.
     */
    value?: number;
    username?: string;
    display?: string;
  }[];
}

/**
 * Arguments of replace_egnyte_group.
 */
export interface ReplaceEgnyteGroupInput {
  /**
   * Group UUID. Find one with list_all_egnyte_groups.
   */
  id: string;
  /**
   * Display name (current one to keep it).
   */
  displayName: string;
  /**
   * The whole new member list; [] empties the group.
   */
  members: {
    /**
     * Numeric user id. Find one with list_all_egnyte_users.
     */
    value: number;
  }[];
}

/**
 * Structured result of replace_egnyte_group.
 */
export interface ReplaceEgnyteGroupOutput {
  id?: string;
  displayName?: string;
  members?: {
    /**
     * Numeric user id.
     */
    value?: number;
    username?: string;
    display?: string;
  }[];
}

/**
 * Arguments of restore_egnyte_trash_items.
 */
export interface RestoreEgnyteTrashItemsInput {
  /**
   * Trash item ids, 1 to 10.
   *
   * @maxItems 10
   *
   * Items: Trash item id. Find one with list_all_egnyte_trash_items.
   */
  ids:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
}

/**
 * Structured result of restore_egnyte_trash_items.
 */
export interface RestoreEgnyteTrashItemsOutput {
  resources?: {}[];
}

/**
 * Arguments of search_egnyte_files.
 */
export interface SearchEgnyteFilesInput {
  /**
   * Words to find (3-100 characters).
   */
  query: string;
  /**
   * Only inside this folder. Folder path, e.g. /Shared/Legal. Find one with get_egnyte_folder_or_file.
   */
  folder?: string;
  /**
   * Only files or only folders.
   */
  type?: 'FILE' | 'FOLDER';
  /**
   * Only items modified after this time.
   */
  modified_after?: string;
  /**
   * Only items modified before this time.
   */
  modified_before?: string;
  /**
   * Items per page.
   */
  limit?: number;
  next_cursor?: string;
}

/**
 * Structured result of search_egnyte_files.
 */
export interface SearchEgnyteFilesOutput {
  data: {
    name?: string;
    path?: string;
    is_folder?: boolean;
    size?: number;
    snippet?: string;
    last_modified?: string;
    uploaded_by_username?: string;
    entry_id?: string;
    group_id?: string;
  }[];
  next_cursor: string | null;
}

/**
 * Arguments of set_egnyte_file_metadata.
 */
export interface SetEgnyteFileMetadataInput {
  /**
   * File group_id UUID. Find one with get_egnyte_folder_or_file.
   */
  id: string;
  /**
   * Namespace name.
   */
  namespace: string;
  /**
   * Pairs to set.
   */
  values: {
    /**
     * Metadata key.
     */
    key: string;
    /**
     * Value as text.
     */
    value: string;
  }[];
}

/**
 * Structured result of set_egnyte_file_metadata.
 */
export interface SetEgnyteFileMetadataOutput {
  ok?: boolean;
}

/**
 * Arguments of set_egnyte_folder_metadata.
 */
export interface SetEgnyteFolderMetadataInput {
  /**
   * folder_id UUID. Find one with get_egnyte_folder_or_file.
   */
  id: string;
  /**
   * Namespace name.
   */
  namespace: string;
  /**
   * Pairs to set.
   */
  values: {
    /**
     * Metadata key.
     */
    key: string;
    /**
     * Value as text.
     */
    value: string;
  }[];
}

/**
 * Structured result of set_egnyte_folder_metadata.
 */
export interface SetEgnyteFolderMetadataOutput {
  ok?: boolean;
}

/**
 * Arguments of set_egnyte_folder_permissions.
 */
export interface SetEgnyteFolderPermissionsInput {
  /**
   * Folder path under /Shared. Find one with get_egnyte_folder_or_file.
   */
  path: string;
  /**
   * Users whose level changes.
   */
  userPerms?: {
    /**
     * From list_all_egnyte_users.
     */
    name: string;
    /**
     * Level to set.
     */
    level: 'None' | 'Viewer' | 'Editor' | 'Full' | 'Owner';
  }[];
  /**
   * Groups whose level changes.
   */
  groupPerms?: {
    /**
     * From list_all_egnyte_groups.
     */
    name: string;
    /**
     * Level to set.
     */
    level: 'None' | 'Viewer' | 'Editor' | 'Full' | 'Owner';
  }[];
  /**
   * false stops inheriting the parent's permissions.
   */
  inheritsPermissions?: boolean;
  /**
   * With inheritsPermissions false: keep inherited grants.
   */
  keepParentPermissions?: boolean;
}

/**
 * Structured result of set_egnyte_folder_permissions.
 */
export interface SetEgnyteFolderPermissionsOutput {
  ok?: boolean;
  status?: number;
}

/**
 * Arguments of update_an_egnyte_group_by_id.
 */
export interface UpdateAnEgnyteGroupByIdInput {
  /**
   * Group UUID. Find one with list_all_egnyte_groups.
   */
  id: string;
  /**
   * New display name of the group.
   */
  displayName: string;
}

/**
 * Structured result of update_an_egnyte_group_by_id.
 */
export interface UpdateAnEgnyteGroupByIdOutput {
  id?: string;
  displayName?: string;
  members?: {
    /**
     * Numeric user id.
     */
    value?: number;
    username?: string;
    display?: string;
  }[];
}

/**
 * Arguments of update_an_egnyte_project_folder_by_id.
 */
export interface UpdateAnEgnyteProjectFolderByIdInput {
  /**
   * Project record UUID. Find one with list_egnyte_project_folders.
   */
  id: string;
  /**
   * Project status.
   */
  status?: 'pending' | 'in-progress' | 'completed' | 'on-hold' | 'canceled';
  /**
   * New project name.
   */
  name?: string;
  /**
   * Due day (YYYY-MM-DD).
   */
  completionDate?: string;
}

/**
 * Structured result of update_an_egnyte_project_folder_by_id.
 */
export interface UpdateAnEgnyteProjectFolderByIdOutput {
  id?: string;
  status?: string;
}

/**
 * Arguments of update_an_egnyte_user_by_id.
 */
export interface UpdateAnEgnyteUserByIdInput {
  /**
   * Numeric user id. Find one with list_all_egnyte_users.
   */
  id: number;
  /**
   * false deactivates the user (offboarding).
   */
  active?: boolean;
  /**
   * New email address.
   */
  email?: string;
  /**
   * New first and/or last name.
   */
  name?: {
    givenName?: string;
    familyName?: string;
  };
  /**
   * Role level of the user.
   */
  userType?: 'admin' | 'power' | 'standard';
  /**
   * Power-user role name, e.g. Default.
   */
  role?: string;
  /**
   * How the user signs in.
   */
  authType?: 'ad' | 'sso' | 'egnyte';
  /**
   * Email an invitation when activating.
   */
  sendInvite?: boolean;
}

/**
 * Structured result of update_an_egnyte_user_by_id.
 */
export interface UpdateAnEgnyteUserByIdOutput {
  id?: number;
  userName?: string;
  externalId?: string | null;
  email?: string;
  name?: {
    givenName?: string;
    familyName?: string;
    formatted?: string;
  };
  active?: boolean;
  locked?: boolean;
  authType?: 'ad' | 'sso' | 'egnyte';
  userType?: 'admin' | 'power' | 'standard';
  role?: string | null;
  expiryDate?: string | null;
  /**
   * value is the group UUID.
   */
  groups?: {
    displayName?: string;
    value?: string;
  }[];
}

/**
 * Arguments of update_egnyte_folder_options.
 */
export interface UpdateEgnyteFolderOptionsInput {
  /**
   * Folder path, e.g. /Shared/Legal. Find one with get_egnyte_folder_or_file.
   */
  path: string;
  /**
   * Folder description (max 200 characters).
   */
  folder_description?: string;
  /**
   * Whether share links may be created.
   */
  allow_links?: boolean;
  /**
   * Which public links are allowed.
   */
  public_links?: 'files_folders' | 'files' | 'disabled';
  /**
   * true restricts moving and deleting content.
   */
  restrict_move_delete?: boolean;
}

/**
 * Structured result of update_egnyte_folder_options.
 */
export interface UpdateEgnyteFolderOptionsOutput {
  name?: string;
  path?: string;
  is_folder?: boolean;
  folder_id?: string;
  parent_id?: string | null;
  folder_description?: string;
  total_count?: number;
  offset?: number;
  folders?: {
    name?: string;
    path?: string;
    folder_id?: string;
  }[];
  files?: {
    name?: string;
    path?: string;
    size?: number;
    entry_id?: string;
    group_id?: string;
    last_modified?: string;
    /**
     * Username.
     */
    uploaded_by?: string;
    locked?: boolean;
    num_versions?: number;
  }[];
  size?: number;
  checksum?: string;
  entry_id?: string;
  group_id?: string;
  last_modified?: string;
  uploaded_by?: string;
  locked?: boolean;
  versions?: {
    entry_id?: string;
    size?: number;
    last_modified?: string;
    uploaded_by?: string;
  }[];
}
