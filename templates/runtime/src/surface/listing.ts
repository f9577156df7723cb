/**
 * What a client receives for one tool in tools/list, in one place: the server, discovery mode's
 * get_tool_schema and the generator's token counts all use it, so what is measured is what is served.
 */
import type { Tool } from '@modelcontextprotocol/server';
import type { ToolDefinition } from '../data/tool-data.js';
import { servedOutputSchema } from './served-output.js';

export interface ListingOptions {
  /** false drops outputSchema (`--output-schema off`), for clients that count it against a budget. */
  outputSchema: boolean;
}

export function listedTool(tool: ToolDefinition, options: ListingOptions = { outputSchema: true }): Tool {
  const listed: Tool = {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: tool.inputSchema as Tool['inputSchema'],
  };
  if (tool.outputSchema && options.outputSchema) {
    listed.outputSchema = servedOutputSchema(tool.outputSchema) as Tool['outputSchema'];
  }
  listed.annotations = { ...tool.annotations };
  return listed;
}

/** The part of a tool a model reads to choose and call it: name, title, description, inputSchema. */
export function modelFacing(tool: ToolDefinition): Pick<Tool, 'name' | 'title' | 'description' | 'inputSchema'> {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: tool.inputSchema as Tool['inputSchema'],
  };
}
