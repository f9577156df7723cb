/**
 * ~250 users of every type (admin/power/standard) and auth kind (egnyte/sso/ad), active and not,
 * plus the fixed people tests rely on (SEED_FACTS): the token's admin, jsmith and the three
 * External Agency members.
 */
import { SEED_FACTS } from '../facts.js';
import type { AuthType, User, UserType } from '../model.js';
import type { Prng } from '../prng.js';
import type { Tenant } from '../store.js';
import { FIRST_NAMES, LAST_NAMES } from './names.js';

const DAY_MS = 86_400_000;
const FIRST_USER_ID = 12_408_258_604;

interface Person {
  userName: string;
  givenName: string;
  familyName: string;
  email: string;
  userType: UserType;
  authType: AuthType;
  active: boolean;
}

const FIXED_PEOPLE: Person[] = [
  {
    userName: SEED_FACTS.tokenUserName,
    givenName: 'Alex',
    familyName: 'Morgan',
    email: 'alex.morgan@company.com',
    userType: 'admin',
    authType: 'egnyte',
    active: true,
  },
  {
    userName: 'jsmith',
    givenName: 'John',
    familyName: 'Smith',
    email: SEED_FACTS.jsmith.email,
    userType: 'power',
    authType: 'sso',
    active: true,
  },
  {
    userName: 'ana.reyes',
    givenName: 'Ana',
    familyName: 'Reyes',
    email: 'ana.reyes@agencypartners.example',
    userType: 'standard',
    authType: 'egnyte',
    active: true,
  },
  {
    userName: 'tom.becker',
    givenName: 'Tom',
    familyName: 'Becker',
    email: 'tom.becker@agencypartners.example',
    userType: 'power',
    authType: 'egnyte',
    active: true,
  },
  {
    userName: 'kai.patel',
    givenName: 'Kai',
    familyName: 'Patel',
    email: 'kai.patel@company.com',
    userType: 'admin',
    authType: 'ad',
    active: true,
  },
];

export function dayString(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function pickUserType(prng: Prng): UserType {
  const roll = prng.next();
  return roll < 0.07 ? 'admin' : roll < 0.35 ? 'power' : 'standard';
}

function pickAuthType(prng: Prng): AuthType {
  const roll = prng.next();
  return roll < 0.45 ? 'egnyte' : roll < 0.8 ? 'sso' : 'ad';
}

function generatedPeople(prng: Prng, count: number, taken: Set<string>): Person[] {
  const people: Person[] = [];
  while (people.length < count) {
    const givenName = prng.pick(FIRST_NAMES);
    const familyName = prng.pick(LAST_NAMES);
    const base = `${givenName}.${familyName}`.toLowerCase();
    let userName = base;
    for (let n = 2; taken.has(userName); n++) {
      userName = `${base}${n}`;
    }
    taken.add(userName);
    people.push({
      userName,
      givenName,
      familyName,
      email: `${userName}@company.com`,
      userType: pickUserType(prng),
      authType: pickAuthType(prng),
      active: prng.chance(0.86),
    });
  }
  return people;
}

function toUser(person: Person, id: number, prng: Prng, now: number): User {
  const created = now - prng.int(30, 1500) * DAY_MS;
  const modified = Math.min(now, created + prng.int(0, 400) * DAY_MS);
  const externalId =
    person.authType === 'ad'
      ? `S-1-5-21-${prng.int(1e9, 4e9)}-${prng.int(1000, 9999)}`
      : person.authType === 'sso'
        ? prng.uuid()
        : null;
  return {
    id,
    userName: person.userName,
    externalId,
    email: person.email,
    givenName: person.givenName,
    familyName: person.familyName,
    active: person.active,
    locked: person.active && prng.chance(0.03),
    authType: person.authType,
    userType: person.userType,
    role: person.userType === 'power' ? (prng.chance(0.8) ? 'Default' : 'Reviewer') : null,
    idpUserId: person.authType === 'sso' ? person.userName : null,
    userPrincipalName: person.authType === 'ad' ? `${person.userName}@corp.company.com` : null,
    language: prng.chance(0.9) ? 'en' : prng.pick(['de', 'fr', 'es']),
    createdDate: dayString(created),
    lastModificationDate: dayString(modified),
    lastActiveDate: person.active || prng.chance(0.5) ? dayString(now - prng.int(0, 60) * DAY_MS) : null,
  };
}

/** Adds the users; the ids increase with gaps, above 2^31 like real Egnyte ids. */
export function seedUsers(tenant: Tenant, now: number): void {
  const { prng } = tenant;
  const taken = new Set(FIXED_PEOPLE.map((p) => p.userName));
  const people = [...FIXED_PEOPLE, ...generatedPeople(prng, SEED_FACTS.userCount - FIXED_PEOPLE.length, taken)];
  let id = FIRST_USER_ID;
  for (const person of people) {
    id += prng.int(1, 40);
    tenant.users.set(id, toUser(person, id, prng, now));
  }
  tenant.nextUserId = id + prng.int(1, 40);
}
