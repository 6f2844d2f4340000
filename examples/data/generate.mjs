/*
 * Sample-data generator for the cx-metrics examples.
 *
 * Run `node examples/data/generate.mjs` (from any directory). It writes
 * `responses.json` next to this file: a JSON array of 3,000 synthetic survey
 * responses from a fictional customer-support organisation, one row per line,
 * sorted by time. The output is byte-identical on every run: all randomness
 * comes from a mulberry32 PRNG with the fixed SEED below (no Math.random, no
 * clock), and only IEEE-exact arithmetic plus V8's fdlibm-based Math.log /
 * Math.cos / Math.exp are used.
 *
 * Row shape (keys always in this order):
 *   id       "r00001" ... "r03000", numbered after sorting by `at`
 *   at       UTC instant, seconds precision, "2025-05-03T14:07:22Z",
 *            between 2025-05-01T00:00:00Z and 2026-10-31T23:59:59Z
 *   channel  "phone" | "chat" | "email" | "web"
 *   region   "EMEA" | "NA" | "APAC"               (about 50 / 35 / 15 %)
 *   team     "Team Atlas" ... "Team Halo"         (8 teams)
 *   nps      integer 0-10, or null (about 3 % null)
 *   csat     integer 1-5,  or null (about 6 % null)
 *   ces      integer 1-7,  or null (about 10 % null; agreement with "the
 *            company made it easy for me", so higher = easier)
 *   tags     0-3 themes from THEMES, in THEMES order
 *
 * Time stamps
 *   - Drawn as Europe/Amsterdam local times: mostly 07:00-21:59 local, peaking
 *     09-17 on weekdays; weekends carry about a third of a weekday's volume.
 *     NA-region contacts lean towards the local afternoon/evening.
 *   - Volume grows about 25 % over the 18 months and December 2025 is busier.
 *   - A handful of rows sit within an hour of midnight UTC, several of them on
 *     the last/first day of a month (incl. New Year's Eve 2025 and a Sunday
 *     night), so UTC and Amsterdam put them in different days/weeks/months.
 *   - A few rows sit around the European DST changes on 2025-10-26 (local
 *     02:00-02:59 happens twice) and 2026-03-29 (local 02:00-02:59 is skipped),
 *     both at 01:00Z.
 *
 * Scores
 *   Every row has one latent satisfaction value
 *     s = base + trend + month dip + channel + team + region + N(0,1)
 *         (+ an extra -1.4 for about 5 % of rows: "something went wrong"),
 *   and each of NPS, CSAT and CES is s plus its own N(0, 0.65^2) noise, cut
 *   into the scale's integers by fixed thresholds. So the three answers of a
 *   row are strongly correlated (a happy customer tends to score high on all
 *   three), and an answer can never be out of range.
 *
 * Effects a demo should be able to reveal (expected sizes; the shipped sample
 * is within a few points of them)
 *   - Overall NPS around +25, CSAT top-2-box (4-5) around 78 %, CES mean
 *     around 5.1.
 *   - Slow upward trend: NPS improves by roughly +10 points from the first six
 *     to the last six months (latent +0.24 over the 18 months, plus the mix
 *     shift below).
 *   - One dip month: December 2025 (holiday backlog) is clearly the worst month
 *     (roughly 25 NPS points below its neighbours), with a partial recovery in
 *     the first half of January 2026; "wait time" is tagged much more often in
 *     that period.
 *   - Channels: phone and chat score best (NPS low-to-mid 30s), web lower, and
 *     email clearly the worst (NPS near +10 or below).
 *   - Mix vs rate: the channel mix shifts towards chat (about 20 % -> 38 %) and
 *     away from email (27 % -> 15 %) and phone (38 % -> 33 %). Comparing the
 *     first and last six months, roughly 2 NPS points of the improvement come
 *     from that mix shift and the rest from better scores within each channel.
 *   - Team Delta is much worse than the other teams (NPS roughly 25-30 points
 *     lower).
 *   - Team Halo is a small pilot team (about 40 rows) with a good-looking
 *     score, but its sample is small enough that small-sample flags and wide
 *     intervals matter.
 *   - Regions differ only slightly (APAC a little lower, NA a little higher).
 *   - Tags: detractors mention "wait time" and "billing" far more often,
 *     promoters "friendly staff" and "resolution"; detractors also give more
 *     tags. Web users mention "app usability" more often.
 */

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Fixed seed. It was picked from a few dozen nearby candidates (same parameters) as one
// whose sample shows the built-in effects close to their expected sizes; any other
// seed gives the same effects in expectation, with more or less sampling noise.
const SEED = 0x5eed2029;
const N_REGULAR = 2978; // plus the hand-placed midnight and DST rows below = 3000

const START_DAY = Date.UTC(2025, 4, 1); // 2025-05-01
const N_DAYS = 549; // 2025-05-01 .. 2026-10-31 inclusive
const RANGE_START = Date.UTC(2025, 4, 1, 0, 0, 0);
const RANGE_END = Date.UTC(2026, 9, 31, 23, 59, 59);
const HOUR = 3600e3;
const DAY = 24 * HOUR;

const CHANNELS = ['phone', 'chat', 'email', 'web'];
// Channel mix at the start and at the end of the period (percent); linear in between.
const CHANNEL_MIX_START = [38, 20, 27, 15];
const CHANNEL_MIX_END = [33, 38, 15, 14];

const REGIONS = ['EMEA', 'NA', 'APAC'];
const REGION_MIX = [50, 35, 15];

const TEAMS = [
  'Team Atlas',
  'Team Borealis',
  'Team Cirrus',
  'Team Delta',
  'Team Ember',
  'Team Fjord',
  'Team Granite',
  'Team Halo',
];
const TEAM_MIX = [17, 16, 15, 14, 13, 12, 11.6, 1.4]; // Team Halo: ~40 rows

const THEMES = [
  'wait time',
  'billing',
  'friendly staff',
  'product quality',
  'delivery',
  'app usability',
  'resolution',
  'price',
];

// ---- latent-model effects (in units of the latent's N(0,1) noise) ----------
const BASE = -0.04;
const TREND_FROM = -0.12; // at 2025-05-01
const TREND_TO = 0.12; // at 2026-10-31
const MONTH_EFFECT = { '2025-12': -0.42, '2026-01a': -0.15 }; // 2026-01a = 1-15 Jan 2026
const CHANNEL_EFFECT = { phone: 0.12, chat: 0.1, email: -0.3, web: -0.06 };
const REGION_EFFECT = { EMEA: 0, NA: 0.04, APAC: -0.1 };
const TEAM_EFFECT = {
  'Team Atlas': 0.08,
  'Team Borealis': 0.05,
  'Team Cirrus': 0.02,
  'Team Delta': -0.45,
  'Team Ember': 0.03,
  'Team Fjord': 0,
  'Team Granite': -0.02,
  'Team Halo': 0.3,
};
const INCIDENT_RATE = 0.05;
const INCIDENT_EFFECT = -1.4;
const ITEM_NOISE_SD = 0.65;

// Reference answer distributions (percent, lowest answer first) for a row with
// zero total effect; the thresholds on the latent scale are derived from them.
const NPS_REF = [1.5, 0.8, 1.2, 1.8, 2.2, 4.5, 6, 11, 18, 21, 32];
const CSAT_REF = [3, 4, 10, 35, 48];
const CES_REF = [3, 4, 7, 12, 20, 27, 27];

const NULL_RATE = { nps: 0.03, csat: 0.06, ces: 0.1 };

// ---- PRNG -------------------------------------------------------------------
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);

function randInt(n) {
  return Math.floor(rand() * n);
}

function gauss() {
  // Box-Muller, one value per call.
  const u1 = 1 - rand(); // (0, 1]
  const u2 = rand();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

function pick(items, weights) {
  let total = 0;
  for (const w of weights) total += w;
  let r = rand() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i];
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}

// ---- normal quantile (Acklam's rational approximation) -----------------------
function normInv(p) {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - lo) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

// Upper thresholds between consecutive answers, on the scale of s + item noise.
function thresholds(refPercent) {
  const sd = Math.sqrt(1 + ITEM_NOISE_SD * ITEM_NOISE_SD);
  const total = refPercent.reduce((x, y) => x + y, 0);
  const cuts = [];
  let cum = 0;
  for (let i = 0; i < refPercent.length - 1; i++) {
    cum += refPercent[i];
    cuts.push(sd * normInv(cum / total));
  }
  return cuts;
}
const NPS_CUTS = thresholds(NPS_REF);
const CSAT_CUTS = thresholds(CSAT_REF);
const CES_CUTS = thresholds(CES_REF);

function cut(x, cuts, lowest) {
  let k = 0;
  while (k < cuts.length && x >= cuts[k]) k++;
  return lowest + k;
}

// ---- time helpers -------------------------------------------------------------
function lastSundayUtc(year, month) {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY;
}

// EU summer time: last Sunday of March 01:00Z to last Sunday of October 01:00Z.
function isEuSummerTime(utcMs) {
  const y = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSundayUtc(y, 2) + HOUR && utcMs < lastSundayUtc(y, 9) + HOUR;
}

// Amsterdam wall-clock time (encoded as if UTC) -> real UTC instant. Only used for
// 06:00-21:59 local, far from the 02:00-03:00 local DST gap/overlap.
function amsterdamToUtc(localMs) {
  return localMs - (isEuSummerTime(localMs - HOUR) ? 2 : 1) * HOUR;
}

function iso(ms) {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function monthKey(ms) {
  return iso(ms).slice(0, 7);
}

// Local-hour weights, index = hour 0..23.
const HOURS_WEEKDAY = [0, 0, 0, 0, 0, 0, 0.3, 2, 5, 9, 10, 10, 8, 9, 10, 9, 8, 6, 4, 3, 2, 1, 0, 0];
const HOURS_WEEKDAY_NA = [0, 0, 0, 0, 0, 0, 0, 0.5, 1, 2, 3, 4, 5, 7, 9, 10, 10, 9, 8, 7, 6, 4, 0, 0];
const HOURS_WEEKEND = [0, 0, 0, 0, 0, 0, 0, 0.5, 1, 3, 4, 4, 4, 4, 4, 4, 3, 3, 2, 1.5, 1, 0.5, 0, 0];
const HOUR_INDEX = Array.from({ length: 24 }, (_, h) => h);

// ---- attributes ------------------------------------------------------------------
function progress(ms) {
  return (ms - RANGE_START) / (RANGE_END - RANGE_START);
}

function pickChannel(t, exclude) {
  const w = CHANNEL_MIX_START.map((s, i) => s + (CHANNEL_MIX_END[i] - s) * t);
  if (exclude) w[CHANNELS.indexOf(exclude)] = 0;
  return pick(CHANNELS, w);
}

function latentMean(row, ms) {
  const t = progress(ms);
  const month = monthKey(ms);
  let m = BASE + TREND_FROM + (TREND_TO - TREND_FROM) * t;
  if (month === '2025-12') m += MONTH_EFFECT['2025-12'];
  if (month === '2026-01' && new Date(ms).getUTCDate() <= 15) m += MONTH_EFFECT['2026-01a'];
  m += CHANNEL_EFFECT[row.channel] + TEAM_EFFECT[row.team] + REGION_EFFECT[row.region];
  return m;
}

const TAG_WEIGHTS = {
  //           wait  bill  staff qual  deliv app   resol price
  detractor: [30, 22, 2, 9, 10, 9, 8, 12],
  passive: [12, 9, 12, 13, 10, 10, 11, 12],
  promoter: [4, 3, 30, 14, 8, 8, 26, 6],
};
const TAG_COUNT = {
  detractor: [18, 40, 29, 13],
  passive: [38, 40, 17, 5],
  promoter: [30, 43, 21, 6],
};

function pickTags(group, channel, ms) {
  const n = pick([0, 1, 2, 3], TAG_COUNT[group]);
  const w = TAG_WEIGHTS[group].slice();
  const month = monthKey(ms);
  if (month === '2025-12' || (month === '2026-01' && new Date(ms).getUTCDate() <= 15)) w[0] *= 2.5;
  if (channel === 'web') w[5] *= 2.5;
  const chosen = [];
  for (let k = 0; k < n; k++) {
    const theme = pick(THEMES, w);
    chosen.push(theme);
    w[THEMES.indexOf(theme)] = 0;
  }
  return THEMES.filter((theme) => chosen.includes(theme));
}

function makeRow(ms, channel, region) {
  const row = {
    id: '',
    at: iso(ms),
    channel,
    region,
    team: pick(TEAMS, TEAM_MIX),
    nps: null,
    csat: null,
    ces: null,
    tags: [],
  };
  let s = latentMean(row, ms) + gauss();
  if (rand() < INCIDENT_RATE) s += INCIDENT_EFFECT;
  const nps = cut(s + ITEM_NOISE_SD * gauss(), NPS_CUTS, 0);
  const csat = cut(s + ITEM_NOISE_SD * gauss(), CSAT_CUTS, 1);
  const ces = cut(s + ITEM_NOISE_SD * gauss(), CES_CUTS, 1);
  const group = nps >= 9 ? 'promoter' : nps >= 7 ? 'passive' : 'detractor';
  row.tags = pickTags(group, channel, ms);
  row.nps = rand() < NULL_RATE.nps ? null : nps;
  row.csat = rand() < NULL_RATE.csat ? null : csat;
  row.ces = rand() < NULL_RATE.ces ? null : ces;
  return row;
}

// ---- regular rows: weighted day, then local business hour --------------------------
const dayWeights = [];
for (let d = 0; d < N_DAYS; d++) {
  const date = new Date(START_DAY + d * DAY);
  const dow = date.getUTCDay();
  const weekend = dow === 0 || dow === 6;
  let w = (weekend ? 0.35 : 1) * (1 + (0.25 * d) / (N_DAYS - 1));
  if (date.getUTCFullYear() === 2025 && date.getUTCMonth() === 11) w *= 1.2;
  dayWeights.push(w);
}
const dayCum = [];
{
  let acc = 0;
  for (const w of dayWeights) dayCum.push((acc += w));
}

function pickDay() {
  const r = rand() * dayCum[dayCum.length - 1];
  let lo = 0;
  let hi = dayCum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dayCum[mid] > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const rows = [];
for (let i = 0; i < N_REGULAR; i++) {
  const dayMs = START_DAY + pickDay() * DAY;
  const dow = new Date(dayMs).getUTCDay();
  const weekend = dow === 0 || dow === 6;
  const region = pick(REGIONS, REGION_MIX);
  const hours = weekend ? HOURS_WEEKEND : region === 'NA' ? HOURS_WEEKDAY_NA : HOURS_WEEKDAY;
  const h = pick(HOUR_INDEX, hours);
  const local = dayMs + h * HOUR + randInt(60) * 60e3 + randInt(60) * 1e3;
  const ms = amsterdamToUtc(local);
  rows.push(makeRow(ms, pickChannel(progress(ms)), region));
}

// ---- hand-placed rows: within an hour of midnight UTC -------------------------------
// [y, m (1-12), d, UTC hour]; hour 23 = last hour of the UTC day, 0 = first hour.
const NEAR_MIDNIGHT = [
  [2025, 5, 1, 0], // first hour of the whole range
  [2025, 5, 31, 23], // Amsterdam: already 1 June
  [2025, 7, 31, 23],
  [2025, 9, 7, 23], // Sunday night UTC, Monday in Amsterdam (ISO week boundary)
  [2025, 10, 1, 0],
  [2025, 11, 30, 23], // Amsterdam: 1 December (dip month)
  [2025, 12, 31, 23], // Amsterdam: 1 January 2026 (year boundary)
  [2026, 1, 1, 0],
  [2026, 2, 28, 23],
  [2026, 4, 30, 23],
  [2026, 6, 1, 0],
  [2026, 8, 31, 23],
  [2026, 10, 31, 23], // last hour of the whole range
  [2026, 10, 31, 23],
];
for (const [y, m, d, h] of NEAR_MIDNIGHT) {
  const ms = Date.UTC(y, m - 1, d, h, randInt(60), randInt(60));
  rows.push(makeRow(ms, pickChannel(progress(ms), 'phone'), pick(REGIONS, REGION_MIX)));
}

// ---- hand-placed rows: around the EU DST changes (both at 01:00Z) -------------------
// 2025-10-26: 00:xxZ = 02:xx CEST, 01:xxZ = 02:xx CET (same local wall time twice).
// 2026-03-29: 00:xxZ = 01:xx CET, 01:xxZ = 03:xx CEST (02:xx local never exists).
const AROUND_DST = [
  [2025, 10, 26, 0, 24],
  [2025, 10, 26, 0, 58],
  [2025, 10, 26, 1, 11],
  [2025, 10, 26, 1, 47],
  [2026, 3, 29, 0, 15],
  [2026, 3, 29, 0, 52],
  [2026, 3, 29, 1, 3],
  [2026, 3, 29, 1, 38],
];
for (const [y, m, d, h, min] of AROUND_DST) {
  const ms = Date.UTC(y, m - 1, d, h, min, randInt(60));
  rows.push(makeRow(ms, pickChannel(progress(ms), 'phone'), pick(REGIONS, REGION_MIX)));
}

// ---- finish: sort (stable), number, write one row per line --------------------------
for (const row of rows) {
  const ms = Date.parse(row.at);
  if (!(ms >= RANGE_START && ms <= RANGE_END)) throw new Error(`out of range: ${row.at}`);
}
rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
rows.forEach((row, i) => {
  row.id = `r${String(i + 1).padStart(5, '0')}`;
});

const out = join(dirname(fileURLToPath(import.meta.url)), 'responses.json');
writeFileSync(out, `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
console.log(`wrote ${rows.length} rows to ${out}`);
