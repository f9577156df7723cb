/** `GET /healthz`: ok, or expired (503) once `--expires-at` has passed, so a monitor sees it. */
import { isExpired, type ServingScope } from '../../calls/runtime.js';

export interface HealthReport {
  httpStatus: 200 | 503;
  body: { status: 'ok' | 'expired'; expires_at?: string };
}

export function healthReport(scope: ServingScope, now: Date): HealthReport {
  const expiresAt = scope.expiresAt?.toISOString();
  const at = expiresAt === undefined ? {} : { expires_at: expiresAt };
  if (isExpired(scope, now)) {
    return { httpStatus: 503, body: { status: 'expired', ...at } };
  }
  return { httpStatus: 200, body: { status: 'ok', ...at } };
}
