// The zone offset cache is shared by all calls (src/trends/time.ts): these tests show that sharing
// it changes no result, and that it is emptied, not grown without bound, past 20,000 days.
import { describe, expect, it } from 'vitest';
import { npsMetric, periodKey, trend } from '../../src/index.js';

const DAY = 864e5;
const zone = 'America/St_Johns'; // UTC−3:30 / −2:30: a half-hour zone with DST

describe('the shared zone offset cache', () => {
  it('gives the same keys whether an instant is seen first or after its neighbours', () => {
    // 2023-03-12 is the DST start in St John's (02:00 local → 03:00). Around it, hour by hour.
    const at = Array.from({ length: 72 }, (_, h) => Date.UTC(2023, 2, 11, h, 30));
    const fresh = at.map((t) => periodKey(t, { period: 'day', timeZone: zone }));
    const again = [...at].reverse().map((t) => periodKey(t, { period: 'day', timeZone: zone }));
    expect(again.reverse()).toEqual(fresh);
    // Midnight in a half-hour zone: 03:29Z is 23:59 on the 11th (UTC−3:30), 03:31Z 00:01.
    expect(periodKey(Date.UTC(2023, 2, 12, 3, 29), { period: 'day', timeZone: zone })).toBe(
      '2023-03-11',
    );
    expect(periodKey(Date.UTC(2023, 2, 12, 3, 31), { period: 'day', timeZone: zone })).toBe(
      '2023-03-12',
    );
  });

  it('is emptied after 20,000 days and still gives the same answers', () => {
    const start = Date.UTC(1960, 0, 1, 12);
    const rows = Array.from({ length: 20_001 }, (_, i) => ({ at: start + i * DAY, x: 10 }));
    const series = trend(rows, {
      at: (r) => r.at,
      value: (r) => r.x,
      metric: npsMetric,
      // Daily periods: every row is a new period, so every row's day offset is looked up.
      period: 'day',
      timeZone: zone,
      now: 0,
      epoch: 'ms',
    });
    expect(series.reduce((n, p) => n + p.result.n, 0)).toBe(20_001);
    // The next call finds more than 20,000 days cached and starts afresh.
    expect(periodKey(Date.UTC(2023, 2, 12, 3, 31), { period: 'day', timeZone: zone })).toBe(
      '2023-03-12',
    );
    expect(periodKey(Date.UTC(2023, 2, 12, 3, 29), { period: 'day', timeZone: zone })).toBe(
      '2023-03-11',
    );
  }, 30_000);
});
