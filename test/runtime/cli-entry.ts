/** A stand-in for the generated `src/cli.ts`, run with tsx by the process tests. */
import { main } from 'saas-mcp-runtime';
import { fixture } from './fixture.js';

process.exitCode = await main(process.argv.slice(2), fixture);
