// Types of validators.gen.mjs (generator/pipeline/meta-validators.ts writes it).
import type { ValidateFunction } from 'ajv';

export const sourceHash: string;
export const integration: ValidateFunction;
export const resource: ValidateFunction;
export const docs: ValidateFunction;
