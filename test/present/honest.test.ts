// Issue 15 for presentation: no "NaN%", no "-0.0%", no "170.0%", TypeErrors where the docs say
// TypeError, and every score formatted in its metric's unit. Expected strings come from Intl.
import { describe, expect, it } from 'vitest';
import {
  ces,
  csat,
  formatInterval,
  formatScore,
  formatShare,
  nps,
  roundNps,
} from '../../src/index.js';

const pct = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1 });
const plain = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

describe('formatShare refuses what is not a share', () => {
  it('formatShare(NaN) throws a RangeError instead of printing "NaN%"', () => {
    expect(() => formatShare(Number.NaN)).toThrowExactly(
      new RangeError('formatShare: the share must be a number from 0 to 1 or null, received NaN'),
    );
  });

  it('formatShare refuses a share above 1 instead of printing "170.0%"', () => {
    expect(() => formatShare(1.7)).toThrowExactly(
      new RangeError('formatShare: the share must be a number from 0 to 1 or null, received 1.7'),
    );
    expect(() => formatShare(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(formatShare(1)).toBe(pct.format(1));
  });

  it('formatShare prints −0 as "0.0%" and refuses a negative share', () => {
    expect(formatShare(-0)).toBe(pct.format(0));
    expect(formatShare(-0)).toBe('0.0%');
    expect(() => formatShare(-1e-12)).toThrowExactly(
      new RangeError(
        'formatShare: the share must be a number from 0 to 1 or null, received -1e-12',
      ),
    );
  });
});

describe('formatScore and formatInterval print numbers only', () => {
  it('formatScore prints a percent score of −0 or a tiny negative as "0.0%", never "-0.0%"', () => {
    const m = csat([5]).metric;
    expect(formatScore({ metric: m, score: -0 })).toBe('0.0%');
    expect(formatScore({ metric: m, score: -1e-9 })).toBe('0.0%');
    expect(formatScore({ metric: m, score: -0.06 })).toBe(pct.format(-0.0006));
    expect(formatInterval({ metric: m, interval: { lower: -0, upper: 50 } })).toBe('0.0% – 50.0%');
  });

  it('formatScore formats a CES on a 0–100 scale as a mean, not as a percent', () => {
    const r = ces([70, 80], { scale: { min: 0, max: 100 } });
    expect(formatScore(r)).toBe(plain.format(75));
    expect(formatInterval({ metric: r.metric, interval: { lower: 60, upper: 90 } })).toBe(
      `${plain.format(60)} – ${plain.format(90)}`,
    );
    // A plain mean that rounds to 0 from below prints without a sign.
    expect(formatScore({ metric: r.metric, score: -0.01 })).toBe(plain.format(0));
  });

  it('formatScore and formatInterval refuse NaN and ±Infinity with a RangeError', () => {
    const m = nps([10]).metric;
    expect(() => formatScore({ metric: m, score: Number.NaN })).toThrowExactly(
      new RangeError('formatScore: the score must be a finite number or null, received NaN'),
    );
    expect(() =>
      formatInterval({ metric: m, interval: { lower: Number.NEGATIVE_INFINITY, upper: 1 } }),
    ).toThrowExactly(
      new RangeError(
        'formatInterval: the interval limit must be a finite number or null, received -Infinity',
      ),
    );
    expect(() => formatInterval({ metric: m, interval: 5 } as never)).toThrowExactly(
      new TypeError('formatInterval: result.interval must be an interval, received 5'),
    );
    expect(formatInterval({ metric: m })).toBe('—');
    expect(() => formatInterval({ interval: { lower: 1, upper: 2 } } as never)).toThrowExactly(
      new TypeError(
        'formatInterval: result must have a metric with a name and a range, such as a result of nps, received null',
      ),
    );
    expect(() => formatInterval({ metric: m, interval: null } as never)).toThrowExactly(
      new TypeError('formatInterval: result.interval must be an interval, received null'),
    );
  });

  it('a non-string locale or placeholder throws a TypeError, as the docs say', () => {
    expect(() => formatShare(0.5, { locale: 42 as never })).toThrowExactly(
      new TypeError('formatShare: option locale must be a string, received 42'),
    );
    expect(() => formatScore(nps([10]), { placeholder: 0 as never })).toThrowExactly(
      new TypeError('formatScore: option placeholder must be a string, received 0'),
    );
  });

  it('formatScore names itself for a result that is not an object or has no metric', () => {
    expect(() => formatScore(42 as never)).toThrowExactly(
      new TypeError(
        'formatScore: result must be an object with a metric, such as a result of nps, received 42',
      ),
    );
    expect(() => formatScore({ metric: { range: { min: 0, max: 1 } }, score: 1 } as never)).toThrow(
      /^formatScore: result must have a metric with a name and a range/,
    );
  });
});

describe('roundNps names itself', () => {
  it('roundNps(null) throws a TypeError naming roundNps instead of a destructuring error', () => {
    expect(() => roundNps(null as never)).toThrowExactly(
      new TypeError(
        'roundNps: result must be an object with promoter, passive and detractor counts, received null',
      ),
    );
    expect(() => roundNps([1, 2, 3] as never)).toThrow(/^roundNps: result must be an object/);
  });
});
