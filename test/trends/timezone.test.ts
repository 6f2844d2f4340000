// The vitest config runs this directory twice: in UTC and in Pacific/Chatham. This checks that the
// process's local zone really is the project's (so the second run is not UTC in disguise), and that
// local time changes nothing the library computes.
import { describe, expect, it } from 'vitest';
import { npsMetric, periodKey, trend } from '../../src/index.js';

describe('the local time zone of the test process', () => {
  it('is the zone the project sets', () => {
    const offset = new Date(Date.UTC(2025, 0, 15)).getTimezoneOffset();
    // Chatham is UTC+13:45 in January (daylight time): getTimezoneOffset is −825 minutes.
    expect(offset).toBe(process.env.TZ === 'Pacific/Chatham' ? -825 : 0);
    expect(['UTC', 'Pacific/Chatham']).toContain(process.env.TZ);
  });

  it('does not change period keys or buckets', () => {
    // 23:30 UTC on 31 January is already 1 February in Chatham's local time.
    const at = '2025-01-31T23:30:00Z';
    expect(periodKey(at, { period: 'month' })).toBe('2025-01');
    expect(periodKey(at, { period: 'month', timeZone: 'Pacific/Chatham' })).toBe('2025-02');
    expect(periodKey('2025-03-01', { period: 'day', timeZone: 'UTC' })).toBe('2025-03-01');
    const series = trend([{ at, x: 10 }], {
      at: (r) => r.at,
      value: (r) => r.x,
      metric: npsMetric,
      period: 'day',
      now: '2025-03-01T00:00:00Z',
    });
    expect(series.map((p) => [p.period, p.start, p.end])).toEqual([
      ['2025-01-31', '2025-01-31T00:00:00+00:00', '2025-02-01T00:00:00+00:00'],
    ]);
  });
});
