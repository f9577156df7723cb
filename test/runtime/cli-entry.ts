/** A stand-in for the generated `src/cli.ts`, run with tsx by the process tests. */
import { main } from '../../templates/runtime/src/cli/main.js';
import { fixture } from './fixture.js';

process.exitCode = await main(process.argv.slice(2), fixture);
