import { isIssueDate } from '../issue/issue.js';

/**
 * "The day" of an issue is a calendar day in the newsroom's time zone, not
 * in UTC. The scheduled cloud run starts with the schedule's instant (UTC,
 * `2026-03-29T04:00:00Z`); splitting that at `T` gives the wrong day for any
 * send time that is before midnight UTC in the newsroom's zone (00:30 in
 * Berlin is 23:30 UTC the evening before), so the instant is converted with
 * the zone's rules, daylight saving included.
 */

/** Is `name` an IANA time zone this runtime knows (`Europe/Berlin`, `America/New_York`, `UTC`)? */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return false;
  // Offsets such as "+02:00" are accepted by Intl but have no daylight saving: a newsroom has a place, not an offset.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  // Every function checks the zone at cold start. The first DateTimeFormat costs ≈ 20 ms (ICU starts up);
  // the list of canonical zones ≈ 1 ms, and ECMA-402 requires "UTC". Aliases (US/Eastern) and other
  // spellings take the slow path, so the same names are accepted either way.
  if (name === 'UTC' || Intl.supportedValuesOf('timeZone').includes(name)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) at `instant` in `timeZone`. */
export function dayInZone(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('dayInZone needs a valid instant');
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** An ISO 8601 instant with an explicit zone: `2026-03-29T04:00:00Z`, `…+02:00`, fractions allowed. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The issue date a run is for: a plain `YYYY-MM-DD` as given (an editor's
 * choice), or the day in `timeZone` at a schedule's instant. Anything else is
 * refused, so a malformed start input never becomes a key in the bucket.
 */
export function resolveIssueDate(value: unknown, timeZone: string): string | undefined {
  if (isIssueDate(value)) return value;
  if (typeof value !== 'string' || !INSTANT.test(value)) return undefined;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  return dayInZone(instant, timeZone);
}

/** `HH:MM`, 24-hour clock. */
export function parseLocalTime(value: unknown): { hour: number; minute: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
}
