/** Public entry point of the Egnyte sandbox for other test suites and the demo. */

export { DEFAULT_PORT, DEFAULT_SEED, REFERENCE_NOW, SEED_FACTS, TENANT_DOMAIN, tokenForSeed } from './facts.js';
export type { FaultScope, Faults, StatusFault } from './faults.js';
export { type Sandbox, type SandboxOptions, startSandbox } from './server.js';
export type { RateLimit, ThrottleMode } from './throttle.js';
