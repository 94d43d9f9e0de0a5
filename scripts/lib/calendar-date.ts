/**
 * Dates the importer accepts: a real calendar day (2026-02-30 is not one, nor is 2026-13-01) or an ISO timestamp of
 * one (2026-01-14T00:12:25Z), never after the day of the run — a price cannot be known true tomorrow, and a
 * publication date in the future is a damaged file or a typo in --as-of.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const STAMP = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The run's day in UTC, the day AWS's Price List dates are written in. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True for YYYY-MM-DD naming a day that exists (leap years included). */
export function isCalendarDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1970 || mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return d <= days;
}

/**
 * Why `s` is not an acceptable date for `what` on a run of day `runDay`, or undefined when it is. Accepts a day or a
 * timestamp of a day (the time must be a real time of day too); the day is compared, so today is accepted.
 */
export function dateProblem(s: string, runDay: string, allowTime = true): string | undefined {
  const m = (allowTime ? STAMP : DAY).exec(s);
  const day = m ? (allowTime ? m[1]! : s) : undefined;
  const timeOk =
    !m ||
    !allowTime ||
    ((m[2] === undefined || Number(m[2]) <= 23) &&
      (m[3] === undefined || Number(m[3]) <= 59) &&
      (m[4] === undefined || Number(m[4]) <= 59));
  if (!day || !isCalendarDay(day) || !timeOk)
    return `${JSON.stringify(s)} is not a real calendar date (YYYY-MM-DD${allowTime ? ', or an ISO timestamp such as 2026-01-14T00:12:25Z' : ''})`;
  if (day > runDay) return `${JSON.stringify(s)} is after today (${runDay}): a price cannot be known true on a day still to come`;
  return undefined;
}
