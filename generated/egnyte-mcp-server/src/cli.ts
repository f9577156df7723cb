#!/usr/bin/env node
// Generated from specs/egnyte by `npm run generate`. Do not edit: change the specs and regenerate.
import { main } from "saas-mcp-runtime/cli";
import { serverData } from "./tools.gen.js";
process.exitCode = await main(process.argv.slice(2), serverData);
