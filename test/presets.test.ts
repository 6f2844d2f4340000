import { describe, expect, it } from 'vitest';
import {
  CES_5_EFFORT,
  CES_7_AGREEMENT,
  CSAT_5_POINT,
  ces,
  cesMetric,
  csat,
  csatMetric,
} from '../src/index.js';

describe('presets', () => {
  it('CSAT_5_POINT is the csat default: 1–5 with top-2 and bottom-2 boxes', () => {
    expect(CSAT_5_POINT).toEqual({ scale: { min: 1, max: 5 }, topBox: 2, bottomBox: 2 });
    expect(csat([5, 3, 1], CSAT_5_POINT)).toEqual(csat([5, 3, 1]));
  });

  it('CES_7_AGREEMENT is the ces default: 1–7, higher is easier, 5–7 easy', () => {
    expect(CES_7_AGREEMENT).toEqual({ scale: { min: 1, max: 7 }, easier: 'higher', easyBox: 3 });
    expect(ces([7, 4], CES_7_AGREEMENT)).toEqual(ces([7, 4]));
  });

  it('CES_5_EFFORT reads 1–5 effort with 1–2 as easy and lower as better', () => {
    expect(CES_5_EFFORT).toEqual({ scale: { min: 1, max: 5 }, easier: 'lower', easyBox: 2 });
    expect(cesMetric(CES_5_EFFORT).better).toBe('lower');
  });

  it('spread into options with the input policy', () => {
    expect(csat([5, 9], { ...CSAT_5_POINT, invalid: 'skip' }).invalid).toBe(1);
    expect(csatMetric(CSAT_5_POINT).topBox).toBe(2);
  });
});
