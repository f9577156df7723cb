/**
 * Body rules for POST and PATCH /pubapi/v2/users (egnyte-api.md §2.1). Booleans may be strings.
 * userName and externalId are immutable after creation.
 */
import { ApiError, badRequest } from '../errors.js';
import { AUTH_TYPES, USER_TYPES, type User } from '../model.js';
import type { Tenant } from '../store.js';
import { asBoolean, asObject, oneOf, optionalString, requiredString } from '../validate.js';

/** Starts with a letter or digit; only `.`, `-`, `_` as special characters (§1.2). */
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkEmail(email: string): string {
  if (!EMAIL.test(email)) {
    throw badRequest(`Invalid email address: ${email}`);
  }
  return email;
}

function checkRole(user: Pick<User, 'userType'>, role: string | undefined): string | null {
  if (user.userType !== 'power') {
    if (role) {
      throw badRequest('Field role applies to power users only');
    }
    return null;
  }
  return role ?? 'Default';
}

/**
 * Validates a create body. externalId is optional here: the NET/PY SDKs require it but GO3 does
 * not (§2.1), and a faithful fake must accept both.
 */
export function userFromCreateBody(tenant: Tenant, body: unknown, id: number, today: string): User {
  const input = asObject(body);
  const userName = requiredString(input, 'userName');
  if (!USER_NAME.test(userName)) {
    throw badRequest(
      'userName must start with a letter or digit and may contain only letters, digits, ".", "-" and "_"',
    );
  }
  // Duplicate userName: Egnyte's status is unknown (400/405/409, §5); 409 is the PY SDK's conflict mapping.
  if (tenant.userByName(userName)) {
    throw new ApiError(409, `User with username ${userName} already exists.`);
  }
  const name = asObject(input.name, 'Field name');
  const user: User = {
    id,
    userName,
    externalId: optionalString(input, 'externalId') ?? null,
    email: checkEmail(requiredString(input, 'email')),
    givenName: requiredString(name, 'givenName'),
    familyName: requiredString(name, 'familyName'),
    active: asBoolean(input.active, 'active'),
    locked: false,
    authType: oneOf(input.authType, AUTH_TYPES, 'authType'),
    userType: oneOf(input.userType, USER_TYPES, 'userType'),
    role: null,
    idpUserId: optionalString(input, 'idpUserId') ?? null,
    userPrincipalName: optionalString(input, 'userPrincipalName') ?? null,
    language: optionalString(input, 'language') ?? 'en',
    createdDate: today,
    lastModificationDate: today,
    lastActiveDate: null,
  };
  asBoolean(input.sendInvite, 'sendInvite'); // required by Egnyte; nothing is sent from a sandbox
  user.role = checkRole(user, optionalString(input, 'role'));
  return user;
}

/** Applies a PATCH body in place; unknown fields are ignored, immutable ones must not change. */
export function applyUserPatch(user: User, body: unknown, today: string): void {
  const input = asObject(body);
  for (const field of ['userName', 'externalId'] as const) {
    if (input[field] !== undefined && input[field] !== user[field]) {
      throw badRequest(`Field ${field} cannot be changed`);
    }
  }
  if (input.email !== undefined) {
    user.email = checkEmail(requiredString(input, 'email'));
  }
  if (input.name !== undefined) {
    const name = asObject(input.name, 'Field name');
    if (name.givenName !== undefined) {
      user.givenName = requiredString(name, 'givenName');
    }
    if (name.familyName !== undefined) {
      user.familyName = requiredString(name, 'familyName');
    }
  }
  if (input.active !== undefined) {
    user.active = asBoolean(input.active, 'active');
  }
  if (input.sendInvite !== undefined) {
    asBoolean(input.sendInvite, 'sendInvite');
  }
  if (input.authType !== undefined) {
    user.authType = oneOf(input.authType, AUTH_TYPES, 'authType');
  }
  if (input.userType !== undefined) {
    user.userType = oneOf(input.userType, USER_TYPES, 'userType');
  }
  for (const field of ['idpUserId', 'userPrincipalName'] as const) {
    if (input[field] !== undefined) {
      user[field] = optionalString(input, field) ?? null;
    }
  }
  if (input.language !== undefined) {
    user.language = optionalString(input, 'language') ?? 'en';
  }
  const role =
    input.role !== undefined
      ? optionalString(input, 'role')
      : user.userType === 'power'
        ? (user.role ?? undefined)
        : undefined;
  user.role = checkRole(user, role);
  user.lastModificationDate = today;
}
