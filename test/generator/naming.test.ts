import { describe, expect, it } from 'vitest';
import type { IntegrationModel, MethodModel, ResourceModel } from '../../generator/ir/types.js';
import { toolName, toolTitle } from '../../generator/pipeline/naming.js';
import { articleFor } from '../../generator/pipeline/normalize-integration.js';

const integration = (name: string, article: 'a' | 'an'): IntegrationModel =>
  ({ info: { name, displayName: name[0]!.toUpperCase() + name.slice(1) }, article }) as IntegrationModel;
const users = { name: 'users', singular: 'user' } as ResourceModel;
const method = (key: string, extra: Partial<MethodModel> = {}): MethodModel =>
  ({
    key,
    kind: ['list', 'get', 'create', 'update', 'delete'].includes(key) ? key : 'custom',
    ...extra,
  }) as MethodModel;

describe('toolName', () => {
  it.each([
    ['list', 'list_all_egnyte_users'],
    ['get', 'get_single_egnyte_user_by_id'],
    ['create', 'create_an_egnyte_user'],
    ['update', 'update_an_egnyte_user_by_id'],
    ['delete', 'delete_an_egnyte_user_by_id'],
    ['add_members', 'add_egnyte_members'],
    ['get_effective_permission', 'get_egnyte_effective_permission'],
    ['deactivate', 'deactivate_egnyte_user'],
  ])('%s -> %s', (key, want) => {
    expect(toolName(integration('egnyte', 'an'), users, method(key))).toBe(want);
  });

  it('uses "a" where the integration name starts with a consonant sound', () => {
    expect(toolName(integration('box', 'a'), users, method('update'))).toBe('update_a_box_user_by_id');
  });

  it('lets tool_name override the rule', () => {
    expect(toolName(integration('egnyte', 'an'), users, method('list', { toolName: 'find_people' }))).toBe(
      'find_people',
    );
  });
});

describe('articleFor', () => {
  it.each([
    ['egnyte', 'an'],
    ['okta', 'an'],
    ['box', 'a'],
    ['slack', 'a'],
    ['unity', 'a'],
    ['uber', 'an'],
    ['hourly', 'an'],
    ['european', 'a'],
  ] as const)('%s takes "%s"', (word, want) => {
    expect(articleFor(word)).toBe(want);
  });
});

describe('toolTitle', () => {
  it('replaces the integration name with its display name', () => {
    expect(toolTitle(integration('egnyte', 'an'), 'list_all_egnyte_users')).toBe('List all Egnyte users');
  });
});
