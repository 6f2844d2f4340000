import { describe, expect, it } from 'vitest';
import { periodKey } from '../../src/index.js';
import { fixtures } from './hostile.js';

// No module-level mutable state leaks between calls. The one documented cache, the Intl zone
// cache of src/trends/time.ts, holds pure functions of (zone, instant): filling it in another
// order must not change any result.

const snap = (v: unknown): string =>
  JSON.stringify(v, (_, x: unknown) => (typeof x === 'function' ? 'function' : x));

async function runAll(order: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of order) {
    const e = fixtures().all[name];
    for (const [i, args] of (e?.valid ?? []).entries()) {
      let r: unknown;
      try {
        r = await e?.call(...args);
      } catch (error) {
        r = String(error);
      }
      out.set(`${name}#${i}`, snap(r));
    }
  }
  return out;
}

describe('no shared mutable state', () => {
  it('every public function gives the same results whatever ran before it', async () => {
    const names = Object.keys(fixtures().all);
    const forward = await runAll(names);
    const backward = await runAll([...names].reverse());
    const interleaved = await runAll(
      names.flatMap((n, i) => [n, names[names.length - 1 - i] as string]),
    );
    expect(backward).toEqual(forward);
    expect(interleaved).toEqual(forward);
  });

  it('the zone cache gives the same keys whichever zone or instant is seen first', () => {
    const instants = ['2025-03-30T00:30:00Z', '2025-10-26T00:30:00Z', '2025-03-09T10:30:00Z'];
    const zones = ['Europe/Amsterdam', 'America/New_York', 'Pacific/Chatham', 'Asia/Kathmandu'];
    const keys = (zs: string[], is: string[]): string[] =>
      zs
        .flatMap((timeZone) =>
          is.map((t) => `${timeZone} ${t} ${periodKey(t, { timeZone, period: 'day' })}`),
        )
        .sort();
    expect(keys([...zones].reverse(), [...instants].reverse())).toEqual(keys(zones, instants));
  });
});
