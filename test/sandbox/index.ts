/** Public entry point of the Egnyte sandbox for other test suites and the demo. */
export { startSandbox, type Sandbox, type SandboxOptions } from './server.js';
export { DEFAULT_PORT, DEFAULT_SEED, REFERENCE_NOW, SEED_FACTS, TENANT_DOMAIN, tokenForSeed } from './facts.js';
export type { RateLimit, ThrottleMode } from './throttle.js';
export type { Faults, FaultScope, StatusFault } from './faults.js';
