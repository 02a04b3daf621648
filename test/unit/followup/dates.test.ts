import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, toIsoDate } from '../../../src/core/followup/index.js';

describe('calendar dates', () => {
  it('counts whole days across month, year and leap-day boundaries', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-06-30', '2024-06-01')).toBe(-29);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2024-03-10', -10)).toBe('2024-02-29');
  });

  it('reads the calendar date of a fixed clock', () => {
    expect(toIsoDate(new Date('2024-06-30T12:00:00Z'))).toBe('2024-06-30');
  });
});
