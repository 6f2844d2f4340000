import { fail } from '../../internal/count.js';
import { excerpt, quote } from '../../internal/excerpt.js';

/** Milliseconds per day and per hour. */
export const DAY = 864e5;
const HOUR = 36e5;

/** The floored remainder: `mod(-1, 7) === 6`. */
export const mod = (a: number, b: number): number => a - b * Math.floor(a / b);

/** Zero-pads an integer to `w` digits. */
export const pad = (x: number, w = 2): string => String(x).padStart(w, '0');

/**
 * Days since 1970-01-01 of a proleptic Gregorian date; out-of-range months and days roll over.
 * `setUTCFullYear` is exact for every year (`Date.UTC` maps years 0–99 to 1900–1999).
 */
export const dayNumber = (y: number, m: number, d: number): number =>
  new Date(0).setUTCFullYear(y, m - 1, d) / DAY;

/** The `[year, month, day]` of a day number. */
export function civil(day: number): [number, number, number] {
  const t = new Date(day * DAY);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** `YYYY-MM-DD` of a day number. */
export function ymd(day: number): string {
  const [y, m, d] = civil(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** A zone's UTC offset in milliseconds at an instant (local time = instant + offset). */
export type Offset = (t: number) => number;

type Part = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** A zone's offset function with its caches: offsets per UTC day and per UTC hour (see zone). */
interface Zone {
  readonly offset: Offset;
  readonly days: Map<number, number>;
  readonly hours: Map<number, number>;
}

/**
 * Zones by canonical name (Intl's `resolvedOptions().timeZone`), shared by all calls, least
 * recently used first: at most `ZONES` zones, so 20,000 spellings of names cost no more than one
 * zone each. Only zones Intl accepted are stored (the constructor throws before `set`); a
 * DateTimeFormat is immutable and an offset is a pure function of zone and instant, so sharing is
 * safe. Each zone's offset caches are emptied when they hold over `DAYS` days (about 55 years)
 * when a call starts, which bounds their memory between calls. `names` maps a lower-case
 * spelling (zone names are case-insensitive) to its canonical name, so case variants of one name
 * build one formatter; it is emptied when it holds `NAMES` spellings.
 */
const zones = /* @__PURE__ */ new Map<string, Zone>();
const names = /* @__PURE__ */ new Map<string, string>();
/** The cache bounds: zones kept, spellings kept, days cached per zone. */
export const ZONES = 64;
export const NAMES = 256;
const DAYS = 2e4;

/** The sizes of the shared caches (for tests): zones, spellings, and days cached per zone. */
export function cacheSizes(): { zones: number; names: number; days: number } {
  let days = 0;
  for (const z of zones.values()) days = Math.max(days, z.days.size);
  return { zones: zones.size, names: names.size, days };
}

const formatter = (timeZone: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

/**
 * The offset function of an IANA zone, with Intl only. Offsets are cached per UTC day, and per UTC
 * hour within a day that has a transition: a span whose first and last second have the same
 * offset is taken to have none (no zone changes and changes back within one day); an hour with a
 * transition is computed exactly on every call. Two formatToParts calls a day instead of a call
 * per instant: 10⁶ instants over two years take about 1.4× as long in Europe/Amsterdam as in UTC
 * (bench/README.md).
 */
export function zone(fn: string, timeZone: unknown): Offset {
  if (timeZone === undefined || timeZone === 'UTC') return () => 0;
  if (typeof timeZone !== 'string') {
    throw new TypeError(
      `${fn}: option timeZone must be a zone name, received ${excerpt(timeZone)}`,
    );
  }
  // Zone names are case-insensitive: a case variant of a name seen before builds no formatter.
  const spelling = timeZone.toLowerCase();
  let name = names.get(spelling);
  let format: Intl.DateTimeFormat | undefined;
  if (name === undefined) {
    try {
      format = formatter(timeZone);
    } catch {
      throw new RangeError(`${fn}: unknown time zone ${quote(timeZone)}`);
    }
    name = format.resolvedOptions().timeZone;
    if (names.size >= NAMES) names.clear();
    names.set(spelling, name);
  }
  if (name === 'UTC') return () => 0;
  let z = zones.get(name);
  if (z === undefined) {
    const f = format ?? formatter(name);
    const exact = (t: number): number => {
      const s = t - mod(t, 1000);
      const p = Object.fromEntries(f.formatToParts(s).map((x) => [x.type, +x.value])) as Record<
        Part,
        number
      >;
      return (
        (dayNumber(p.year, p.month, p.day) * 24 + p.hour) * HOUR +
        p.minute * 6e4 +
        p.second * 1e3 -
        s
      );
    };
    const days = new Map<number, number>();
    const hours = new Map<number, number>();
    const cached = (m: Map<number, number>, size: number, t: number, inner: Offset): number => {
      const k = Math.floor(t / size);
      let o = m.get(k);
      if (o === undefined) {
        o = exact(k * size);
        if (o !== exact(k * size + size - 1000)) o = Number.NaN;
        m.set(k, o);
      }
      return o === o ? o : inner(t);
    };
    z = { offset: (t) => cached(days, DAY, t, (u) => cached(hours, HOUR, u, exact)), days, hours };
  }
  // Least recently used first: a hit moves to the end, a full cache drops its first zone.
  zones.delete(name);
  zones.set(name, z);
  if (zones.size > ZONES) zones.delete(zones.keys().next().value as string);
  if (z.days.size > DAYS) {
    z.days.clear();
    z.hours.clear();
  }
  return z.offset;
}

/**
 * The instant of a local time (`local`: milliseconds as if the wall clock were UTC) in a zone, by
 * Temporal's 'compatible' rule: in an overlap the earlier instant, in a gap the wall time shifted
 * forward by the gap's length. Assumes at most one transition within a day either side.
 */
export function instantAt(off: Offset, local: number): number {
  const t = local - off(local - DAY);
  const u = local - off(local + DAY);
  return t + off(t) !== local && u + off(u) === local ? u : t;
}

/** An instant as an ISO-8601 string in the zone, with its offset (`±HH:MM`, `±HH:MM:SS` for LMT). */
export function iso(off: Offset, t: number): string {
  const o = off(t);
  const l = t + o;
  const day = Math.floor(l / DAY);
  const ms = l - day * DAY;
  const a = Math.abs(o) / 1000;
  const sec = a % 60;
  return `${ymd(day)}T${pad(Math.floor(ms / HOUR))}:${pad(Math.floor(ms / 6e4) % 60)}:${pad(Math.floor(ms / 1e3) % 60)}${o < 0 ? '-' : '+'}${pad(Math.floor(a / 3600))}:${pad(Math.floor(a / 60) % 60)}${sec ? `:${pad(sec)}` : ''}`;
}

/** Names what is read: a row index (built only when an error is thrown) or a label. */
const place = (where: string | number): string =>
  typeof where === 'number' ? `instant at index ${where}` : where;

/** Supported local times: the calendar dates 0001-01-01 to 9999-12-31 in the zone. */
const FIRST = -62135596800000; // 0001-01-01T00:00 local
const END = 253402300800000; // 10000-01-01T00:00 local

/**
 * Epoch numbers below this (1973-01-01T00:00Z in milliseconds) read from the data are refused
 * unless the unit is stated: 1973 in milliseconds is 94,694,400,000, while epoch seconds stay
 * below that until the year 4970, so such a number is almost always epoch seconds.
 */
const EPOCH_GUESS = 94694400000;

/**
 * How numbers are read: `'ms'` and `'s'` as stated (epoch milliseconds or seconds); `'data'` as
 * milliseconds, refusing a number before 1973 as probably epoch seconds.
 */
export type Epoch = 'ms' | 's' | 'data';

const ISO =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d\d)(?::?(\d\d))?)?)?$/;

/**
 * Reads an instant strictly: a valid `Date`, an epoch number in the unit `epoch` states, or an
 * ISO-8601 string `YYYY-MM-DD[THH:MM[:SS[.fff]]](Z|±HH[:MM])`. A date-only string is the start of
 * that day in the zone; a date-time without an offset is read in the zone only when `naive` is
 * set. Dates must exist (no 2025-02-30), hours run 00–23 (no 24:00), seconds 00–59 (no leap
 * second); digits beyond milliseconds are truncated. The local date in the zone must lie in the
 * years 1–9999.
 */
export function toInstant(
  fn: string,
  off: Offset,
  naive: boolean,
  x: unknown,
  where: string | number,
  epoch: Epoch = 'ms',
): number {
  let t = Number.NaN;
  if (x instanceof Date) t = x.getTime();
  else if (typeof x === 'number') {
    t = epoch === 's' ? x * 1000 : x;
    if (epoch === 'data' && t < EPOCH_GUESS) {
      fail(
        fn,
        `${place(where)} is before 1973 as epoch milliseconds (epoch seconds? pass epoch: 's'; or epoch: 'ms' to read it as milliseconds)`,
        x,
      );
    }
  } else if (typeof x === 'string') {
    const m = ISO.exec(x);
    if (m !== null) {
      const g = (k: number): string => m[k] ?? '';
      const day = dayNumber(+g(1), +g(2), +g(3));
      const local =
        day * DAY + +g(4) * HOUR + +g(5) * 6e4 + +g(6) * 1e3 + +g(7).padEnd(3, '0').slice(0, 3);
      if (
        ymd(day) === x.slice(0, 10) &&
        +g(4) < 24 &&
        +g(5) < 60 &&
        +g(6) < 60 &&
        +g(10) < 24 &&
        +g(11) < 60
      ) {
        if (g(4) === '' || (naive && g(8) + g(9) === '')) t = instantAt(off, local);
        else if (g(8) + g(9) !== '')
          t = local - (g(9) === '-' ? -1 : 1) * (+g(10) * 60 + +g(11)) * 6e4;
        else fail(fn, `${place(where)} needs an offset (Z or ±HH:MM) or naive: 'compatible'`, x);
      }
    }
  }
  // The instant's local time must be in years 1–9999; an offset of a day or more (which Intl
  // cannot give) means the zone's formatter left the supported years.
  if (t >= FIRST - DAY && t < END + DAY) {
    const o = off(t);
    if (Math.abs(o) < DAY && t + o >= FIRST && t + o < END) return t;
  }
  return fail(
    fn,
    `${place(where)} must be a Date, epoch ms or ISO-8601 date(-time) with offset in years 1–9999`,
    x,
  );
}
