import { describe, expect, it } from 'vitest';
import { dayInZone, isTimeZone, parseLocalTime, resolveIssueDate } from '../../../functions/core/schedule/issue-day.js';

/**
 * The UTC instant at which a wall-clock time happens in a zone, found the way
 * EventBridge Scheduler does it for `cron(M H * * ? *)` with a time zone: the
 * local time on that local date. (Probes the two offsets around the instant.)
 */
function instantOf(date: string, time: string, timeZone: string): Date {
  const guess = Date.parse(`${date}T${time}:00Z`);
  for (const offsetHours of [-14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]) {
    const candidate = new Date(guess - offsetHours * 3_600_000);
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (local === `${date} ${time}`) return candidate;
  }
  throw new Error(`${date} ${time} does not exist in ${timeZone}`);
}

function daysAround(centre: string, before: number, after: number): string[] {
  const start = Date.parse(`${centre}T12:00:00Z`);
  return Array.from({ length: before + after + 1 }, (_, i) => new Date(start + (i - before) * 86_400_000).toISOString().slice(0, 10));
}

describe('the issue day in the newsroom\'s time zone', () => {
  // 2026 changes: Europe 29 March (02:00 CET → 03:00 CEST) and 25 October (03:00 CEST → 02:00 CET);
  // United States 8 March (02:00 EST → 03:00 EDT) and 1 November (02:00 EDT → 01:00 EST).
  const changes = [
    { zone: 'Europe/Berlin', day: '2026-03-29', name: 'European spring change' },
    { zone: 'Europe/London', day: '2026-10-25', name: 'European autumn change' },
    { zone: 'America/New_York', day: '2026-03-08', name: 'US spring change' },
    { zone: 'America/Los_Angeles', day: '2026-11-01', name: 'US autumn change' },
  ];

  for (const { zone, day, name } of changes) {
    for (const time of ['06:00', '00:30', '23:45']) {
      it(`gives every scheduled ${time} run around the ${name} (${zone}) its own local day, once`, () => {
        const days = daysAround(day, 3, 3);
        const resolved = days.map((local) => resolveIssueDate(instantOf(local, time, zone).toISOString(), zone));
        expect(resolved).toEqual(days);
      });
    }
  }

  it('fires at the local hour on the change day: the UTC instant moves by an hour across the change', () => {
    expect(instantOf('2026-03-28', '06:00', 'Europe/Berlin').toISOString()).toBe('2026-03-28T05:00:00.000Z');
    expect(instantOf('2026-03-29', '06:00', 'Europe/Berlin').toISOString()).toBe('2026-03-29T04:00:00.000Z');
    expect(instantOf('2026-10-25', '06:00', 'Europe/Berlin').toISOString()).toBe('2026-10-25T05:00:00.000Z');
    expect(instantOf('2026-03-08', '06:00', 'America/New_York').toISOString()).toBe('2026-03-08T10:00:00.000Z');
  });

  it('takes the newsroom\'s day, not the UTC one, just after local midnight', () => {
    // 00:30 in Berlin on 29 March is still 28 March in UTC: splitting the instant would pick the wrong folder.
    expect(resolveIssueDate('2026-03-28T23:30:00Z', 'Europe/Berlin')).toBe('2026-03-29');
    expect(resolveIssueDate('2026-03-28T23:30:00Z', 'UTC')).toBe('2026-03-28');
    // 23:30 in New York on 31 December is already 1 January in UTC.
    expect(resolveIssueDate('2027-01-01T04:30:00Z', 'America/New_York')).toBe('2026-12-31');
    // Across the date line.
    expect(resolveIssueDate('2026-06-30T12:30:00Z', 'Pacific/Kiritimati')).toBe('2026-07-01');
  });

  it('keeps a date an editor gave as it is', () => {
    expect(resolveIssueDate('2026-11-26', 'Pacific/Kiritimati')).toBe('2026-11-26');
  });

  it('accepts instants with offsets and fractions, and refuses anything else', () => {
    expect(resolveIssueDate('2026-03-29T06:00:00+02:00', 'Europe/Berlin')).toBe('2026-03-29');
    expect(resolveIssueDate('2026-03-29T04:00:00.123Z', 'Europe/Berlin')).toBe('2026-03-29');
    for (const hostile of ['2026-03-29T04:00:00', '2026-02-30', '../2026-03-29', '2026-03-29T04:00:00Z/../x', 'tomorrow', 42, null, undefined, { date: '2026-03-29' }]) {
      expect(resolveIssueDate(hostile, 'Europe/Berlin')).toBeUndefined();
    }
  });

  it('computes the day for any valid instant and zone', () => {
    expect(dayInZone(new Date('2026-10-25T00:59:59Z'), 'Europe/London')).toBe('2026-10-25');
    expect(() => dayInZone(new Date('nope'), 'UTC')).toThrow(RangeError);
  });

  it('knows IANA zones and refuses offsets, abbreviations and garbage', () => {
    for (const zone of ['UTC', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5']) expect(isTimeZone(zone)).toBe(true);
    for (const zone of ['+02:00', 'Mars/Olympus_Mons', '', 'Europe/Berlin; rm -rf /', 'x'.repeat(100), 7]) expect(isTimeZone(zone)).toBe(false);
  });

  it('reads HH:MM send times', () => {
    expect(parseLocalTime('06:00')).toEqual({ hour: 6, minute: 0 });
    expect(parseLocalTime('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['6:00', '24:00', '12:60', '06:00:00', ' 06:00', 600]) expect(parseLocalTime(bad)).toBeUndefined();
  });
});
