/**
 * The params of the few requests whose bad shape the SDK answers -32603 with a raw validation dump:
 * checked before the SDK sees them, and answered -32602 naming the field (JSON-RPC's "invalid params").
 */
import { isPlainObject } from '../data/json-path.js';

const LIST_METHODS = new Set(['tools/list', 'resources/list', 'prompts/list', 'resources/templates/list']);

function stringField(params: Record<string, unknown>, field: string, where = 'params'): string | undefined {
  return typeof params[field] === 'string' ? undefined : `${where}.${field} must be a string`;
}

/** Why a request's params are unusable, or undefined when they are fine (or the method is not one checked here). */
export function paramsProblem(method: string, params: unknown, modernEra = false): string | undefined {
  const given = isPlainObject(params) ? params : {};
  if (LIST_METHODS.has(method)) {
    return given.cursor === undefined ? undefined : stringField(given, 'cursor');
  }
  if (method === 'initialize' && !modernEra) {
    const version = stringField(given, 'protocolVersion');
    if (version) {
      return version;
    }
    if (!isPlainObject(given.capabilities)) {
      return 'params.capabilities must be an object';
    }
    if (!isPlainObject(given.clientInfo)) {
      return 'params.clientInfo must be an object with name and version';
    }
    return (
      stringField(given.clientInfo, 'name', 'params.clientInfo') ??
      stringField(given.clientInfo, 'version', 'params.clientInfo')
    );
  }
  return undefined;
}
