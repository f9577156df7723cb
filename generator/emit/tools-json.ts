import type { ServerData } from 'saas-mcp-runtime/contract';
import { DATA_CONTRACT } from 'saas-mcp-runtime/contract';
import type { Plan } from '../ir/types.js';
import { headerText, stableJson } from './header.js';

/** The data a server serves: integration settings and every tool, exactly as tools/list shows them plus request templates. */
export function serverData(plan: Plan): ServerData {
  return {
    dataContract: DATA_CONTRACT,
    version: plan.integration.version,
    integration: plan.integration.info,
    tools: plan.tools.map((t) => t.definition),
  };
}

/** `tools.json`: the reviewable tool surface (the CI diff shows every change to it). */
export function emitToolsJson(plan: Plan, specDir: string): string {
  return stableJson({ $comment: headerText(specDir), ...serverData(plan) });
}
