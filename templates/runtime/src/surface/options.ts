/**
 * How much of the tool surface a server shows: every tool (`all`) or discovery mode's three
 * meta-tools (`discovery`, design §4c), with or without output schemas. Set per server by
 * `--tool-exposure` / `--output-schema` (and carried in sealed URLs), or by a server config's
 * `tool_exposure` / `output_schema` fields.
 */
import type { Outcome } from '../data/outcome.js';

export type ToolExposure = 'all' | 'discovery';

export interface SurfaceOptions {
  toolExposure: ToolExposure;
  /** false: tools/list carries no outputSchema and every result keeps its structuredContent. */
  outputSchema: boolean;
}

export const DEFAULT_SURFACE: SurfaceOptions = { toolExposure: 'all', outputSchema: true };

export const SURFACE_FLAGS = ['--tool-exposure', '--output-schema'];

/** Reads `--tool-exposure all|discovery` and `--output-schema on|off` from parsed flags. */
export function parseSurfaceFlags(flags: ReadonlyMap<string, string>): Outcome<SurfaceOptions> {
  return surfaceFrom(flags.get('--tool-exposure'), flags.get('--output-schema'), '--tool-exposure', '--output-schema');
}

/** The same from a server config (`{ tool_exposure?, output_schema? }`, words as on the command line). */
export function parseSurfaceConfig(config: {
  tool_exposure?: unknown;
  output_schema?: unknown;
}): Outcome<SurfaceOptions> {
  return surfaceFrom(config.tool_exposure, config.output_schema, 'tool_exposure', 'output_schema');
}

function surfaceFrom(
  exposure: unknown,
  output: unknown,
  exposureName: string,
  outputName: string,
): Outcome<SurfaceOptions> {
  if (exposure !== undefined && exposure !== 'all' && exposure !== 'discovery') {
    return { ok: false, message: `${exposureName} must be all or discovery (got ${JSON.stringify(exposure)})` };
  }
  if (output !== undefined && output !== 'on' && output !== 'off') {
    return { ok: false, message: `${outputName} must be on or off (got ${JSON.stringify(output)})` };
  }
  return {
    ok: true,
    value: { toolExposure: exposure ?? DEFAULT_SURFACE.toolExposure, outputSchema: output !== 'off' },
  };
}
