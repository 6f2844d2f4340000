import { excerpt, quote } from '../internal/excerpt.js';
import { readList } from '../internal/read.js';
import { evaluate, readSettings } from './internal/evaluate.js';
import type { TargetBatch, TargetItem, TargetOptions } from './types.js';

/**
 * Checks many results against one target — segments × periods, channels, teams — and returns
 * tidy rows with a summary.
 *
 * Each item is an object with a `result` and any labels; a row is the labels (every key but
 * `result`) followed by the fields of {@link checkTarget}, in input order, ready for a table or a
 * chart. `summary` counts the statuses. Options are those of {@link checkTarget} and apply to
 * every item.
 *
 * @param items - Objects `{ result, ...labels }`: an array, a typed array or an iterable (an object such as `{ web: { result } }` is not a list and throws).
 * @param options - As {@link checkTarget}.
 * @returns `{ rows, summary: { met, missed, inconclusive, insufficientData, total } }`.
 * @throws TypeError for `items` that are not an array or an iterable, an item that is not an object, a label named like a check field (e.g. `status`; labels such as `constructor` are fine), or as {@link checkTarget}.
 * @throws RangeError as {@link checkTarget}; item errors name the item's index.
 * @example
 * ```ts
 * const { rows, summary } = checkTargets(
 *   [
 *     { channel: 'web', result: npsFromCounts({ promoters: 240, passives: 100, detractors: 60 }) },
 *     { channel: 'app', result: npsFromCounts({ promoters: 3, passives: 1, detractors: 1 }) },
 *     { channel: 'shop', result: npsFromCounts({ promoters: 0, passives: 0, detractors: 0 }) },
 *   ],
 *   { target: 30 },
 * );
 * rows.map((r) => `${r.channel}: ${r.status}`); // => ['web: met', 'app: inconclusive', 'shop: insufficient-data']
 * summary; // => { met: 1, missed: 0, inconclusive: 1, insufficientData: 1, total: 3 }
 * ```
 * @category Targets
 * @since 0.1.0
 */
export function checkTargets<T extends TargetItem>(
  items: Iterable<T> | readonly T[],
  options: TargetOptions,
): TargetBatch<T> {
  const fn = 'checkTargets';
  const list = readList<T>(fn, items, 'items');
  const settings = readSettings(fn, options);
  const summary = { met: 0, missed: 0, inconclusive: 0, insufficientData: 0, total: 0 };
  const rows = Array.from(list, (item, i) => {
    const where = `${fn}: item at index ${i}`;
    if (typeof item !== 'object' || (item as unknown) === null) {
      throw new TypeError(`${where} must be an object, received ${excerpt(item)}`);
    }
    const { result, ...labels } = item;
    const check = evaluate(where, result, settings);
    for (const key of Object.keys(labels)) {
      if (Object.hasOwn(check, key)) {
        throw new TypeError(`${where}: label ${quote(key)} is a check field`);
      }
    }
    summary[check.status === 'insufficient-data' ? 'insufficientData' : check.status]++;
    summary.total++;
    return { ...labels, ...check };
  });
  return { rows, summary };
}
