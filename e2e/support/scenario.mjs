/**
 * One fault scenario = a fresh SQLite file, reference server(s) on it, a fresh browser profile, and a verdict
 * read from the database: rows stored against rows expected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TIANNING, scratchDir, startApiServer, writeSeed } from './api-server.mjs';
import { countRows } from './db.mjs';

const FAR = (day, hour) => `2099-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;

/** The demo data plus activities that stay open whatever today's date: one roomy, and race activities. */
export function e2eSeed() {
  const data = JSON.parse(readFileSync(TIANNING, 'utf8'));
  const activity = (id, capacity, waitlist, day) => ({
    id,
    title: `端到端测试活动 ${id}`,
    organizer: '朝二社区',
    community: '朝二社区',
    start: FAR(day, 9),
    end: FAR(day, 11),
    place: { name: '朝二社区活动室' },
    capacity,
    taken: 0,
    waitlist,
    serviceHours: 2,
  });
  data.opportunities.push(activity('E2E-OPEN', 1000, 0, 1));
  for (let i = 1; i <= 5; i++) {
    data.opportunities.push(activity(`E2E-RACE-W-${i}`, 1, 1, i + 1));
    data.opportunities.push(activity(`E2E-RACE-F-${i}`, 1, 0, i + 10));
  }
  return data;
}

export const surveyResponse = (extra = {}) => ({
  surveyId: 'S-HCP-2026',
  answers: { overall: 'satisfied', comment: '网格员服务很好' },
  locale: 'zh-Hans',
  submittedAt: new Date().toISOString(),
  ...extra,
});

export const signup = (mobile, opportunityId = 'E2E-OPEN', extra = {}) => ({
  opportunityId,
  name: '端到端测试',
  mobile,
  ageGroup: 'adult',
  consent: { version: 'v1', at: new Date().toISOString() },
  ...extra,
});

/**
 * @param {{ browser: import('playwright-core').Browser, vite: { url: string, origin: string, close(): Promise<void> } }} env
 */
export function createScenarioRunner(env) {
  const results = [];

  async function scenario(name, body, { seedData = e2eSeed() } = {}) {
    const started = Date.now();
    const dir = scratchDir('cw-e2e-');
    const db = join(dir, 'api.sqlite');
    const seed = writeSeed(dir, seedData);
    const servers = [];
    const contexts = [];
    const tools = {
      db,
      start: async (port) => {
        const server = await startApiServer({ db, seed, cors: [env.vite.origin], port });
        servers.push(server);
        return server;
      },
      newContext: async () => {
        const context = await env.browser.newContext();
        contexts.push(context);
        return context;
      },
      /** Opens the outbox harness on `server` in `context` and waits until it is ready. */
      open: async (context, server, { timeoutMs = 5000 } = {}) => {
        const page = await context.newPage();
        page.on('pageerror', (error) => console.error(`  [page error] ${error.message}`));
        await page.goto(`${env.vite.url}/e2e/pages/outbox.html?api=${encodeURIComponent(server.baseUrl)}&timeout=${timeoutMs}`);
        await page.waitForFunction(() => window.harnessReady === true);
        return page;
      },
      rows: (table, where, ...params) => countRows(db, table, where, ...params),
    };
    try {
      const verdict = await body(tools);
      const stored = countRows(db, verdict.table);
      const row = {
        fault: name,
        attempted: verdict.attempted,
        stored,
        lost: Math.max(0, verdict.expected - stored),
        duplicates: Math.max(0, stored - verdict.expected),
        ok: stored === verdict.expected,
        seconds: ((Date.now() - started) / 1000).toFixed(1),
        note: verdict.note ?? '',
      };
      results.push(row);
      console.log(`${row.ok ? '✔' : '✘'} ${name}: ${stored}/${verdict.expected} rows (${row.seconds} s)${row.note ? ` — ${row.note}` : ''}`);
    } catch (error) {
      results.push({ fault: name, attempted: '?', stored: '?', lost: '?', duplicates: '?', ok: false, seconds: ((Date.now() - started) / 1000).toFixed(1), note: error.message });
      console.log(`✘ ${name}: ${error.stack ?? error}`);
    } finally {
      await Promise.all(contexts.map((context) => context.close().catch(() => {})));
      await Promise.all(servers.map((server) => server.kill()));
    }
  }

  function printTable() {
    const header = '| fault | submissions attempted | rows stored | rows lost | duplicates | result |';
    const lines = results.map((r) => `| ${r.fault} | ${r.attempted} | ${r.stored} | ${r.lost} | ${r.duplicates} | ${r.ok ? 'pass' : `FAIL ${r.note}`} |`);
    console.log(['', header, '|---|---|---|---|---|---|', ...lines].join('\n'));
  }

  /** Closes the browser and server, prints the table and the verdict, and exits non-zero on any failure. */
  async function finish() {
    await env.browser.close();
    await env.vite.close();
    printTable();
    const failed = results.filter((r) => !r.ok).length;
    console.log(failed ? `\n${failed} scenario(s) failed` : `\nall ${results.length} scenarios passed`);
    process.exit(failed ? 1 : 0);
  }

  return { scenario, finish };
}
