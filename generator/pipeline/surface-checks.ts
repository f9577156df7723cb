import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import type { IntegrationModel, ToolPlan } from '../ir/types.js';
import { MAX_TOOL_NAME, TOOL_NAME_PATTERN } from './naming.js';
import { surfaceCost, withCosts } from './tokens.js';

/** Checks over the whole tool surface: names, cross references, the token budget, emptiness. */
export function checkSurface(
  integration: IntegrationModel,
  tools: readonly ToolPlan[],
  where: (o: Origin) => string,
  issues: Issue[],
): void {
  if (tools.length === 0) {
    issues.push(
      issue('EMPTY_SERVER', integration.origin, 'no method is documented and selected: the server would have no tools'),
    );
    return;
  }
  const byName = new Map<string, ToolPlan>();
  for (const tool of tools) {
    const name = tool.definition.name;
    if (name.length > MAX_TOOL_NAME || !TOOL_NAME_PATTERN.test(name)) {
      issues.push(
        issue(
          'TOOL_NAME_INVALID',
          tool.origin,
          `tool name '${name}' must match [a-z0-9_]+ and be at most ${MAX_TOOL_NAME} characters (it has ${name.length}); set tool_name`,
        ),
      );
    }
    const earlier = byName.get(name);
    if (earlier) {
      issues.push(
        issue('DUPLICATE_TOOL', tool.origin, `tool name '${name}' is also produced at ${where(earlier.origin)}`),
      );
    } else {
      byName.set(name, tool);
    }
  }
  for (const id of integration.identifiers.values()) {
    if (id.findWith && !byName.has(id.findWith)) {
      issues.push(
        issue(
          'UNKNOWN_FIND_WITH',
          { ...id.origin, path: [...id.origin.path, 'find_with'] },
          `identifier '${id.key}' is found with '${id.findWith}', which is not a generated tool`,
        ),
      );
    }
  }
  const { maxTotalTokens, maxToolTokens } = integration.budget;
  if (!maxTotalTokens && !maxToolTokens) {
    return;
  }
  const cost = surfaceCost(tools.map((t) => t.definition));
  for (const [plan, tool] of withCosts(tools, cost)) {
    if (maxToolTokens && tool.listed > maxToolTokens) {
      issues.push(
        issue(
          'TOKEN_BUDGET',
          plan.origin,
          `${tool.name} costs ${tool.listed} tokens in tools/list, over budget.max_tool_tokens ${maxToolTokens}`,
        ),
      );
    }
  }
  if (maxTotalTokens && cost.toolsList > maxTotalTokens) {
    issues.push(
      issue(
        'TOKEN_BUDGET',
        { ...integration.origin, path: ['budget', 'max_total_tokens'] },
        `tools/list costs ${cost.toolsList} tokens, over budget.max_total_tokens ${maxTotalTokens}`,
      ),
    );
  }
}
