import { afterEach, describe, expect, it } from 'vitest';
import {
  ces,
  csat,
  csatMetric,
  formatInterval,
  formatScore,
  formatShare,
  nps,
  npsFromCounts,
  npsMetric,
  proportionMetric,
  withInterval,
} from '../../src/index.js';

// Expected strings come from Intl itself, never typed by hand for a locale.
const intl = (locale: string, o: Intl.NumberFormatOptions, x: number): string =>
  new Intl.NumberFormat(locale, o).format(x);
const fixed = (d: number): Intl.NumberFormatOptions => ({
  minimumFractionDigits: d,
  maximumFractionDigits: d,
});
const r = () => npsFromCounts({ promoters: 120, passives: 45, detractors: 30 });
const exact = (100 * 90) / 195;

describe('formatScore', () => {
  it('formatScore shows NPS signed, with one decimal in en-US by default', () => {
    expect(formatScore(r())).toBe(intl('en-US', { signDisplay: 'exceptZero', ...fixed(1) }, exact));
    expect(formatScore(r())).toBe('+46.2');
    expect(formatScore(npsFromCounts({ promoters: 1, passives: 0, detractors: 3 }))).toBe(
      intl('en-US', { signDisplay: 'exceptZero', ...fixed(1) }, -50),
    );
    expect(formatScore(npsFromCounts({ promoters: 1, passives: 0, detractors: 1 }))).toBe('0.0');
  });

  it('formatScore rounds the exact NPS of 120/45/30 to 46.15, not 46.16', () => {
    expect(formatScore(r(), { digits: 2 })).toBe('+46.15');
  });

  it('formatScore follows the locale and digits options', () => {
    for (const locale of ['nl-NL', 'de-DE', 'fr-FR', 'ar-EG', 'hi-IN', 'sv-SE']) {
      expect(formatScore(r(), { locale, digits: 2 })).toBe(
        intl(locale, { signDisplay: 'exceptZero', ...fixed(2) }, exact),
      );
      expect(
        formatScore(npsFromCounts({ promoters: 0, passives: 1, detractors: 2 }), { locale }),
      ).toBe(intl(locale, { signDisplay: 'exceptZero', ...fixed(1) }, -200 / 3));
    }
    expect(formatScore(r(), { digits: 3, minDigits: 0 })).toBe('+46.154');
    expect(
      formatScore(npsFromCounts({ promoters: 1, passives: 1, detractors: 0 }), {
        digits: 3,
        minDigits: 0,
      }),
    ).toBe('+50');
  });

  it('formatScore shows CSAT and binary outcomes as percent and CES as a plain number', () => {
    const c = csat([5, 4, 4, 5, 3, 5, 4, 2]);
    expect(formatScore(c, { locale: 'nl-NL' })).toBe(
      intl('nl-NL', { style: 'percent', ...fixed(1) }, 0.75),
    );
    const p = proportionMetric().score({
      scale: { min: 0, max: 1 },
      counts: [1, 7],
      total: 8,
      n: 8,
      skipped: 0,
      invalid: 0,
    });
    expect(formatScore(p, { digits: 2 })).toBe('87.50%');
    expect(formatScore(ces([5, 6, 7, 4]), { locale: 'de-DE', digits: 2 })).toBe(
      intl('de-DE', fixed(2), 5.5),
    );
  });

  it('formatScore shows the placeholder for a null score', () => {
    expect(formatScore(nps([]))).toBe('—');
    expect(formatScore(csat([]), { placeholder: '' })).toBe('');
  });

  it('formatScore accepts any object with a metric descriptor and a score', () => {
    expect(formatScore({ metric: csatMetric(), score: 87.5 }, { locale: 'nl-NL' })).toBe(
      intl('nl-NL', { style: 'percent', minimumFractionDigits: 1 }, 0.875),
    );
    expect(formatScore({ metric: csatMetric(), score: 87.5 }, { locale: 'nl-NL' })).toBe('87,5%');
  });

  it('formatScore rejects caller mistakes', () => {
    expect(() => formatScore(r(), { digits: 21 })).toThrowExactly(
      new RangeError('formatScore: option digits must be an integer from 0 to 20, received 21'),
    );
    expect(() => formatScore(r(), { digits: 1, minDigits: 2 })).toThrowExactly(
      new RangeError('formatScore: option minDigits must be an integer from 0 to 1, received 2'),
    );
    expect(() => formatScore(r(), { locale: 'xx-!!' })).toThrowExactly(
      new RangeError(
        'formatScore: option locale must be a BCP 47 language tag, received "xx-!!" (strings are not coerced)',
      ),
    );
    expect(() => formatScore(r(), { locale: 5 as unknown as string })).toThrowExactly(
      new TypeError('formatScore: option locale must be a string, received 5'),
    );
    expect(() => formatScore(r(), { placeholder: null as unknown as string })).toThrowExactly(
      new TypeError('formatScore: option placeholder must be a string, received null'),
    );
    expect(() => formatScore(r(), { separator: '-' } as never)).toThrowExactly(
      new TypeError('formatScore: unknown option "separator"'),
    );
    expect(() => formatScore({ score: 1 } as never)).toThrowExactly(
      new TypeError(
        'formatScore: result must have a metric with a name and a range, such as a result of nps, received null',
      ),
    );
    expect(() => formatScore(null as never)).toThrowExactly(
      new TypeError(
        'formatScore: result must be an object with a metric, such as a result of nps, received null',
      ),
    );
    expect(() => formatScore({ metric: npsMetric, score: '5' } as never)).toThrowExactly(
      new TypeError(
        'formatScore: the score must be a number or null, received "5" (strings are not coerced)',
      ),
    );
  });
});

describe('formatShare', () => {
  it('formatShare shows a 0…1 share as percent in any locale', () => {
    // Node 20 prints "87,5%" for nl-NL.
    expect(formatShare(0.875, { locale: 'nl-NL' })).toBe(
      intl('nl-NL', { style: 'percent', minimumFractionDigits: 1 }, 0.875),
    );
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'tr-TR', 'ar-EG']) {
      expect(formatShare(0.12345, { locale, digits: 2 })).toBe(
        intl(locale, { style: 'percent', ...fixed(2) }, 0.12345),
      );
    }
    expect(formatShare(0.5, { digits: 0 })).toBe('50%');
    expect(formatShare(null)).toBe('—');
  });
});

describe('formatInterval', () => {
  it('formatInterval joins the formatted limits in the style of the metric', () => {
    const c = withInterval(csat([5, 4, 4, 5, 3, 5, 4, 2, 5, 4]));
    const pct = { style: 'percent', ...fixed(1) } as const;
    const { lower, upper } = c.interval as { lower: number; upper: number };
    expect(formatInterval(c, { locale: 'nl-NL' })).toBe(
      `${intl('nl-NL', pct, lower / 100)} – ${intl('nl-NL', pct, upper / 100)}`,
    );
    const n = withInterval(r());
    const signed = { signDisplay: 'exceptZero', ...fixed(0) } as const;
    expect(formatInterval(n, { locale: 'fr-FR', digits: 0, separator: ' à ' })).toBe(
      `${intl('fr-FR', signed, n.interval.lower ?? 0)} à ${intl('fr-FR', signed, n.interval.upper ?? 0)}`,
    );
  });

  it('formatInterval shows the placeholder without an interval or without data', () => {
    expect(formatInterval(withInterval(nps([])))).toBe('—');
    expect(formatInterval({ metric: npsMetric }, { placeholder: '?' })).toBe('?');
    expect(formatInterval({ metric: npsMetric, interval: { lower: 1, upper: null } })).toBe('—');
  });

  it('formatInterval rejects caller mistakes', () => {
    expect(() =>
      formatInterval(withInterval(r()), { separator: 1 as unknown as string }),
    ).toThrowExactly(
      new TypeError('formatInterval: option separator must be a string, received 1'),
    );
    expect(() => formatInterval(undefined as never)).toThrowExactly(
      new TypeError(
        'formatInterval: result must be an object with a metric, such as a result of nps, received undefined',
      ),
    );
  });
});

describe('the formatter cache', () => {
  const Original = Intl.NumberFormat;
  let made = 0;
  afterEach(() => {
    Intl.NumberFormat = Original;
  });
  const counting = (): void => {
    made = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Original>) {
      made++;
      return new Original(...args);
    } as unknown as typeof Original;
  };

  it('builds one formatter per locale, style and digits and keeps at most 32', () => {
    counting();
    formatShare(0.5, { locale: 'en-GB', digits: 7 });
    formatShare(0.25, { locale: 'en-GB', digits: 7 });
    formatShare(null, { locale: 'en-GB', digits: 7, placeholder: '-' });
    expect(made).toBe(1);
    // 32 others push the first one out (least recently used goes first).
    for (let d = 0; d <= 15; d++) {
      formatShare(0.5, { locale: 'en-IE', digits: d });
      formatScore(r(), { locale: 'en-IE', digits: d });
      if (d === 7) formatShare(0.5, { locale: 'en-GB', digits: 7 }); // used again: kept
    }
    expect(made).toBe(33);
    formatShare(0.5, { locale: 'en-GB', digits: 7 });
    expect(made).toBe(33);
    formatShare(0.5, { locale: 'en-IE', digits: 0 }); // the oldest: dropped
    expect(made).toBe(34);
  });
});

describe('formatting rules that mutation testing asked for', () => {
  it('shows a mean on a 0–10 scale as a plain number, not as a percent', () => {
    const r = ces([0, 10], { scale: { min: 0, max: 10 } });
    expect(formatScore(r)).toBe(
      new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        5,
      ),
    );
  });

  it('shows a mean on a 1–100 scale as a plain number too (only a 0–100 range is a percent)', () => {
    const r = ces([1, 100], { scale: { min: 1, max: 100 } });
    expect(formatScore(r)).toBe(
      new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        50.5,
      ),
    );
  });

  it('prints one placeholder for an interval without limits, not two joined', () => {
    expect(formatInterval(withInterval(nps([])))).toBe('—');
  });

  it('names formatShare in its errors', () => {
    expect(() => formatShare('x' as never)).toThrowExactly(
      new TypeError(
        'formatShare: the share must be a number or null, received "x" (strings are not coerced)',
      ),
    );
  });
});
