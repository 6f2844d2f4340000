// examples/dashboard is a static page (plain HTML + ES modules) that scores the sample data with
// the built library (dist) and draws it with Observable Plot. This serves the repository root
// over http on 127.0.0.1 (module scripts and fetch do not work from file://), opens the page in
// Debian's headless Chromium through playwright-core, and checks the numbers in the DOM against
// the library from src and, for the headline NPS, against a naive recount. It saves a
// screenshot to reports/dashboard.png.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ces,
  compareSegments,
  csat,
  nps,
  npsMetric,
  segment,
  trend,
  withInterval,
} from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const haveDist = existsSync(join(root, 'dist', 'index.js'));

/** Debian's chromium: /usr/bin/chromium, or whatever `which` finds on PATH. */
function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    if (existsSync(`/usr/bin/${name}`)) return `/usr/bin/${name}`;
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found !== '') return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}
const executablePath = findChromium();

const missing = [
  ...(haveDist ? [] : ['dist/ (run `npm run build`; npm test does)']),
  ...(executablePath === undefined
    ? ['Chromium (`apt-get install -y chromium`; .ci/run does)']
    : []),
];
if (missing.length > 0) {
  if (process.env.CI === 'true')
    throw new Error(`the dashboard test cannot run under CI: missing ${missing.join(' and ')}`);
  console.warn(`NOTICE: the dashboard test is skipped: missing ${missing.join(' and ')}.`);
}

interface Row {
  readonly at: string;
  readonly channel: string;
  readonly nps: number | null;
  readonly csat: number | null;
  readonly ces: number | null;
}
const rows = JSON.parse(
  readFileSync(join(root, 'examples', 'data', 'responses.json'), 'utf8'),
) as Row[];

// The page's display rules, restated: fixed digits, an em dash for no data.
const fixed = (x: number | null, digits = 1): string => (x === null ? '—' : x.toFixed(digits));
const interval = (i: { lower: number | null; upper: number | null }, digits = 1): string =>
  `[${fixed(i.lower, digits)}, ${fixed(i.upper, digits)}]`;
const pValue = (p: number | null): string => (p === null ? '—' : p.toFixed(3));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A static file server for the repository root, on 127.0.0.1 and a free port. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(
      join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)),
    );
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

describe.skipIf(missing.length > 0)('the dashboard example', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await serve();
    // skipIf above: Chromium was found. --no-sandbox: CI containers run as root.
    browser = await chromium.launch({
      executablePath: executablePath as string,
      args: ['--no-sandbox'],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/examples/dashboard/`);
    await page.waitForSelector('body[data-state]', { timeout: 30_000 });
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const text = async (testid: string): Promise<string> =>
    (await page.getByTestId(testid).textContent()) ?? '';

  it('renders without errors and saves a screenshot', async () => {
    expect(await page.getAttribute('body', 'data-state')).toBe('ready');
    expect(await text('error')).toBe('');
    expect(problems).toEqual([]);
    mkdirSync(join(root, 'reports'), { recursive: true });
    await page.screenshot({ path: join(root, 'reports', 'dashboard.png'), fullPage: true });
    expect(existsSync(join(root, 'reports', 'dashboard.png'))).toBe(true);
  });

  it('shows the headline NPS of a naive recount, and NPS, CSAT and CES as the library computes them', async () => {
    const answered = rows.filter((r) => r.nps !== null);
    const promoters = answered.filter((r) => (r.nps ?? 0) >= 9).length;
    const detractors = answered.filter((r) => (r.nps ?? 0) <= 6).length;
    expect(await text('nps-score')).toBe(
      (((promoters - detractors) / answered.length) * 100).toFixed(1),
    );
    expect(await text('nps-n')).toBe(String(answered.length));

    const expected = {
      nps: [withInterval(nps(rows, (r) => r.nps)), 1],
      csat: [withInterval(csat(rows, (r) => r.csat)), 1],
      ces: [withInterval(ces(rows, (r) => r.ces)), 2],
    } as const;
    for (const [name, [result, digits]] of Object.entries(expected)) {
      expect(await text(`${name}-score`)).toBe(fixed(result.score, digits));
      expect(await text(`${name}-interval`)).toBe(interval(result.interval, digits));
      expect(await text(`${name}-n`)).toBe(String(result.n));
    }
  });

  it('shows NPS by channel with each channel against the rest', async () => {
    const channels = segment(rows, {
      by: (r) => r.channel,
      value: (r) => r.nps,
      metric: npsMetric,
    });
    const tests = compareSegments(channels, npsMetric);
    const shown = page.getByTestId('channel');
    expect(await shown.count()).toBe(channels.segments.length);
    expect(channels.segments.length).toBeGreaterThan(1);
    for (const [i, g] of channels.segments.entries()) {
      const row = shown.nth(i);
      const r = withInterval(g.result ?? npsMetric.score(channels.overall));
      const t = tests.segments[i];
      expect(await row.getAttribute('data-key')).toBe(String(g.key));
      expect(await row.getByTestId('n').textContent()).toBe(String(r.n));
      expect(await row.getByTestId('score').textContent()).toBe(fixed(r.score));
      expect(await row.getByTestId('interval').textContent()).toBe(interval(r.interval));
      expect(await row.getByTestId('p').textContent()).toBe(pValue(t?.pAdjusted ?? null));
      expect(await row.getByTestId('verdict').textContent()).toBe(t?.verdict);
    }
  });

  it('shows monthly NPS in Europe/Amsterdam', async () => {
    const months = trend(rows, {
      at: (r) => r.at,
      value: (r) => r.nps,
      metric: npsMetric,
      period: 'month',
      timeZone: 'Europe/Amsterdam',
      now: '2026-11-23T12:00:00Z',
    });
    const shown = page.getByTestId('month');
    expect(await shown.count()).toBe(months.length);
    expect(months.length).toBeGreaterThan(12);
    for (const [i, m] of months.entries()) {
      const row = shown.nth(i);
      const r = withInterval(m.result);
      expect(await row.getAttribute('data-period')).toBe(m.period);
      expect(await row.getByTestId('n').textContent()).toBe(String(r.n));
      expect(await row.getByTestId('score').textContent()).toBe(fixed(r.score));
      expect(await row.getByTestId('interval').textContent()).toBe(interval(r.interval));
    }
  });

  it('draws both charts with Observable Plot', async () => {
    for (const chart of ['chart-channels', 'chart-months']) {
      const svg = page.getByTestId(chart).locator('svg');
      expect(await svg.count()).toBeGreaterThan(0);
      // Plot marks its figures with its own class prefix and draws one element per datum.
      expect(await svg.first().getAttribute('class')).toMatch(/^plot/);
      expect(await svg.first().locator('circle').count()).toBeGreaterThan(3);
    }
  });
});
