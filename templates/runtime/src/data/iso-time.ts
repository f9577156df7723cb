/**
 * ISO-8601 times from users (`--expires-at`, `expires_at`): `Date.parse` rolls impossible dates over
 * (2030-02-30 becomes 2030-03-02), so the calendar fields are checked before a time is accepted.
 */
const FIELDS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/;

/** True when the date and clock fields name a real moment (leap years included). */
export function isRealCalendarTime(text: string): boolean {
  const match = FIELDS.exec(text);
  if (!match) {
    return false;
  }
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (month === undefined || day === undefined || year === undefined) {
    return false;
  }
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59;
}
