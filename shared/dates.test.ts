import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatRecent, formatTime } from './dates';

describe('dates as people read them', () => {
  const at = '2026-11-30T16:37:12.000Z';
  it('a day, a moment, a time of day: the same form everywhere, in the given time zone', () => {
    expect(formatDay(at, 'UTC')).toBe('30 November 2026');
    expect(formatDateTime(at, 'UTC')).toBe('30 November 2026 at 16:37');
    expect(formatTime(at, 'UTC')).toBe('16:37');
    expect(formatTime(at, 'Asia/Tokyo')).toBe('01:37');
  });

  it('a recent moment shows only its time on the same day, the whole date on another', () => {
    expect(formatRecent(at, new Date('2026-11-30T23:59:00Z'), 'UTC')).toBe('16:37');
    expect(formatRecent(at, new Date('2026-12-01T00:01:00Z'), 'UTC')).toBe('30 November 2026 at 16:37');
  });

  it('something that is not a date gives nothing to read rather than "Invalid Date"', () => {
    expect(formatTime('not a date')).toBe('');
    expect(formatRecent('')).toBe('');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
