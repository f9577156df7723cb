/**
 * The catalogue of diagnostic codes: one line each on what went wrong. The README's table is
 * generated from this list, so a new code is documented the moment it exists.
 */
export const DIAGNOSTIC_CODES = {
  YAML_SYNTAX: 'The file is not valid YAML (or repeats a key).',
  MISSING_INTEGRATION: 'The integration folder has no integration.yaml.',
  SPEC_SCHEMA: 'A spec file breaks its meta-schema (generator/meta-schemas/*.json).',
  INVALID_JSON_SCHEMA: 'A query_schema, body_schema, response_schema or identifier schema is not a valid JSON Schema.',
  UNKNOWN_IDENTIFIER: 'A parameter references an identifier kind that integration.yaml does not declare.',
  UNKNOWN_FIND_WITH: 'An identifier kind says it is found with a tool that is not generated.',
  PATH_PARAM_UNDECLARED: 'A {placeholder} in a method path has no entry in path_params.',
  PATH_PARAM_UNUSED: 'A path_params entry names no {placeholder} of the path.',
  DUPLICATE_RESOURCE: 'Two resource files define the same resource name.',
  DOC_UNKNOWN_RESOURCE: 'A documentation entry names a resource that no resource file defines.',
  DOC_UNKNOWN_METHOD: 'A documentation entry names a method the resource does not define.',
  DUPLICATE_DOC: 'Two documentation entries describe the same resource method.',
  DUPLICATE_TOOL: 'Two methods produce the same tool name.',
  TOOL_NAME_INVALID: 'A tool name is longer than 64 characters or uses characters outside [a-z0-9_].',
  FLAT_NAME_COLLISION: 'Two parameters of one tool flatten to the same name; rename one (flat_name / x-flat-name).',
  SCHEMA_NOT_PORTABLE:
    'A tool schema uses a construct MCP clients reject (non-object root, root combinators, boolean schemas, tuple items).',
  PARAM_UNDOCUMENTED:
    'A tool parameter, or a property nested in a body object, has no description or one shorter than min_description_length.',
  PAGINATION_MISMATCH:
    'A list method has no pagination block, a paged method has no response_path, or Link-header or body-link paging is on a method other than GET.',
  RESPONSE_PATH_INVALID:
    'A response_path, paging path or error path is not a usable dotted path ("" and "." included); "$" is the whole answer.',
  PAGING_PATH_ON_ARRAY:
    'A paging path reads a named field of the answer, but response_path "$" says the answer is a bare array (only an index such as -1.id can be read there).',
  MORE_WITHOUT_CURSOR:
    'Warning: a list says when more items exist (more_path or total_path) but offers no next page (pagination style none); its results say when they are incomplete.',
  HEADER_PARAM_INVALID:
    'A header parameter carries credentials, is one the runtime sets itself, is not a valid name, or is not a single value.',
  ARRAY_STYLE_INVALID:
    'An x-array-style is unknown, below the top level of a parameter, or set on a parameter that is not an array in the query or a form-encoded body.',
  SEND_AS_MAP_INVALID:
    'An x-send-as-map is not { key, value, spread? } naming required properties (a string key) of the object items of a top-level array in a JSON body.',
  OBJECT_STYLE_INVALID:
    'An object-valued query parameter has no x-object-style (deep_object or json), or an x-object-style is unknown, below the top level, or not on an object in the query.',
  FORM_BODY_INVALID:
    'A form-encoded body (body_encoding: form) has no body at all, or an array of arrays that bracketed keys cannot write.',
  AUTH_INVALID:
    'An auth scheme reuses an environment variable, has a token_url that is neither https nor a path, or puts its key where it cannot go.',
  URL_VARIABLE_UNKNOWN: 'A token_url uses a {variable} that base_url_variables does not declare.',
  URL_VARIABLE_UNUSED: 'A base_url_variables entry is used by neither base_url nor any token_url.',
  SUCCESS_ERROR_INVALID: 'An errors_in_success rule says neither equals nor present, or both.',
  TOKEN_BUDGET: 'The token cost (o200k_base) of tools/list or of one tool exceeds the configured budget.',
  EMPTY_SERVER: 'No method is both documented and selected, so the server would have no tools.',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
