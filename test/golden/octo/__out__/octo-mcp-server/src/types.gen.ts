// Generated from test/fixtures/specs/octo by `npm run generate`. Do not edit: change the specs and regenerate.

/**
 * Arguments of create_an_octo_project.
 */
export interface CreateAnOctoProjectInput {
  /**
   * Key of the new project.
   */
  key: string;
  /**
   * Title shown to people.
   */
  title: string;
  /**
   * Optional project settings, kept nested.
   */
  settings?: {
    public?: boolean;
  };
}

/**
 * Arguments of delete_an_octo_task_by_id.
 */
export interface DeleteAnOctoTaskByIdInput {
  /**
   * Numeric task id such as 4711. Find one with list_all_octo_tasks.
   */
  id: number;
}

/**
 * Arguments of get_single_octo_project_by_id.
 */
export interface GetSingleOctoProjectByIdInput {
  /**
   * Project key: two to ten capital letters such as OPS. Find one with list_all_octo_projects.
   */
  key: string;
}

/**
 * Structured result of get_single_octo_project_by_id.
 */
export interface GetSingleOctoProjectByIdOutput {
  key?: string;
  title?: string;
  owner?: string | null;
}

/**
 * Arguments of list_all_octo_projects.
 */
export interface ListAllOctoProjectsInput {
  /**
   * Text to search in project titles (*\/ and ${danger} stay text).
   */
  q?: string;
  /**
   * Items per page.
   */
  limit?: number;
  next_cursor?: string;
}

/**
 * Structured result of list_all_octo_projects.
 */
export interface ListAllOctoProjectsOutput {
  data: {
    key?: string;
    title?: string;
  }[];
  next_cursor: string | null;
}

/**
 * Arguments of list_all_octo_tasks.
 */
export interface ListAllOctoTasksInput {
  /**
   * Project key: two to ten capital letters such as OPS. Find one with list_all_octo_projects.
   */
  project: string;
  /**
   * Only tasks in this state.
   */
  state?: 'open' | 'done';
  /**
   * Items per page.
   */
  limit?: number;
  next_cursor?: string;
}

/**
 * Structured result of list_all_octo_tasks.
 */
export interface ListAllOctoTasksOutput {
  data: {
    id?: number;
    title?: string;
  }[];
  next_cursor: string | null;
}

/**
 * Arguments of move_octo_task.
 */
export interface MoveOctoTaskInput {
  /**
   * Path of the task attachment to move, such as /inbox/a.txt.
   */
  source_path: string;
  /**
   * Full new path of the attachment.
   */
  destination: string;
}

/**
 * Arguments of update_an_octo_task_by_id.
 */
export interface UpdateAnOctoTaskByIdInput {
  /**
   * Numeric task id such as 4711. Find one with list_all_octo_tasks.
   */
  id: number;
  /**
   * New title of the task.
   */
  title?: string;
  /**
   * New state of the task.
   */
  state?: 'open' | 'done';
}
