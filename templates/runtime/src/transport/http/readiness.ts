/** `GET /readyz` (design.md §4d): ready, draining after SIGTERM, or unavailable when the store does not answer within 1 s. */
export const READY_STORE_TIMEOUT_MS = 1_000;

export interface ReadyReport {
  httpStatus: 200 | 503;
  body: { status: 'ready' } | { status: 'draining' } | { status: 'unavailable'; reason: 'store' };
}

/** `ping` asks the store one trivial question; it counts as answered only within the timeout. */
export async function readiness(
  draining: boolean,
  ping?: () => Promise<void>,
  timeoutMs = READY_STORE_TIMEOUT_MS,
): Promise<ReadyReport> {
  if (draining) {
    return { httpStatus: 503, body: { status: 'draining' } };
  }
  if (ping) {
    let timer: NodeJS.Timeout | undefined;
    const answered = await Promise.race([
      ping().then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (!answered) {
      return { httpStatus: 503, body: { status: 'unavailable', reason: 'store' } };
    }
  }
  return { httpStatus: 200, body: { status: 'ready' } };
}
