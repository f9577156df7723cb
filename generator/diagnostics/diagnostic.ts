import type { DiagnosticCode } from './codes.js';

/** A position in a spec file, 1-based like editors show it. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** Where a value came from: a spec file and the key path inside it. Resolved to a position on demand. */
export interface Origin {
  file: string;
  path: readonly (string | number)[];
}

export interface Diagnostic {
  code: DiagnosticCode;
  message: string;
  position: SourcePosition;
  /** A warning is printed but generates anyway; everything else stops generation. */
  severity?: 'warning';
}

/** Orders diagnostics by file, then line, then column, then code: the order they are printed in. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.position.file.localeCompare(b.position.file) ||
    a.position.line - b.position.line ||
    a.position.column - b.position.column ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message)
  );
}

/** `file:line:col CODE message`, one line, clickable in editors and CI annotators. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.position.file}:${d.position.line}:${d.position.column} ${d.severity ? `${d.severity} ` : ''}${d.code} ${d.message}`;
}

export function formatDiagnostics(list: readonly Diagnostic[]): string {
  return [...list].sort(compareDiagnostics).map(formatDiagnostic).join('\n');
}

/** A problem found by a semantic stage, located later from its origin. */
export interface Issue {
  code: DiagnosticCode;
  message: string;
  origin: Origin;
  severity?: 'warning';
}

export function issue(code: DiagnosticCode, origin: Origin, message: string): Issue {
  return { code, message, origin };
}

/** A problem worth saying at build time that still generates a working server. */
export function warning(code: DiagnosticCode, origin: Origin, message: string): Issue {
  return { code, message, origin, severity: 'warning' };
}
