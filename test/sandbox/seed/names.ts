/** Word lists for the demo tenant. Plain data, no logic. */

export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Elijah', 'Sophia', 'Lucas', 'Mia', 'Mateo',
  'Isabella', 'Levi', 'Amelia', 'Ethan', 'Harper', 'James', 'Evelyn', 'Benjamin', 'Luna', 'Henry',
  'Chloe', 'Samuel', 'Grace', 'Daniel', 'Nora', 'Owen', 'Zoe', 'Jack', 'Hannah', 'Leo',
  'Priya', 'Wei', 'Fatima', 'Diego', 'Aisha', 'Kenji', 'Ingrid', 'Tariq', 'Marta', 'Tuan',
] as const;

export const LAST_NAMES = [
  'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
  'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker',
  'Kowalski', 'Nguyen', 'Okafor', 'Schmidt', 'Rossi', 'Tanaka', 'Larsen', 'Haddad', 'Novak', 'Silva',
] as const;

export const FILE_STEMS = [
  'budget', 'forecast', 'invoice', 'contract', 'minutes', 'roadmap', 'policy', 'summary', 'report', 'plan',
  'proposal', 'brief', 'checklist', 'handbook', 'statement', 'review', 'agenda', 'estimate', 'notes', 'deck',
] as const;

export const FILE_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'pptx', 'csv', 'txt', 'png'] as const;

export const ACTION_SOURCES = ['WebUI', 'SyncEngine', 'Mobile', 'PublicAPI', 'DesktopApp'] as const;

export const ACCESS_POINTS = ['Web UI', 'Desktop App', 'Mobile', 'FTP', 'Public API'] as const;

/** Folder tree under /Shared; a name maps to its subfolders. */
export interface TreeSpec {
  [folder: string]: TreeSpec;
}

export const SHARED_TREE: TreeSpec = {
  Finance: { Budgets: {}, Invoices: { '2025': {}, '2026': {} }, Payroll: {}, Reports: {} },
  Legal: { Contracts: {}, NDAs: {} },
  Marketing: { Campaigns: {}, 'Brand Assets': {}, 'Drafts? 100% final': {} },
  Engineering: { Specs: {}, Releases: {} },
  HR: { Policies: {}, Onboarding: {} },
  Projects: { Apollo: {}, Borealis: {} },
  'Agency Exchange': { Inbound: {}, Outbound: {} },
  Sales: { Proposals: {}, Pipeline: {} },
};
