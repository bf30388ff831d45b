#!/usr/bin/env node
/**
 * Submissions under faults, through the real stack: page outbox (IndexedDB) → REST adapter → Fastify →
 * SQLite. Each scenario ends by counting rows in the server's database file.
 *
 *   node e2e/faults.mjs
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { launchBrowser, sleep, until } from './support/browser.mjs';
import { createScenarioRunner, signup, surveyResponse } from './support/scenario.mjs';
import { startVite } from './support/vite-server.mjs';

const vite = await startVite();
const browser = await launchBrowser();
const { scenario, finish } = createScenarioRunner({ browser, vite });

const submit = (page, kind, payload, key) => page.evaluate(([k, p, id]) => window.harness.submit(k, p, id), [kind, payload, key]);
const pending = (page) => page.evaluate(() => window.harness.pending());
const delivered = (page, what) => until(async () => (await pending(page)).length === 0, { timeoutMs: 30_000, what });
const cors = (origin) => ({ 'access-control-allow-origin': origin, 'access-control-expose-headers': 'Retry-After' });
const serverError = (origin) => ({
  status: 500,
  headers: { ...cors(origin), 'content-type': 'application/problem+json' },
  body: JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }),
});

/** Routes the first POST to `path` through `first`; every other request goes to the server untouched. */
async function onFirstPost(page, url, first) {
  let posts = 0;
  await page.route(url, async (route) => {
    if (route.request().method() === 'POST' && ++posts === 1) return first(route);
    return route.continue();
  });
}

await scenario('server stopped while submitting → queued → restarted', async ({ start, newContext, open }) => {
  const server = await start();
  const page = await open(await newContext(), server);
  await server.kill();
  const key = randomUUID();
  const result = await submit(page, 'survey-response', surveyResponse(), key);
  assert.equal(result.state, 'queued');
  assert.equal(result.error.code, 'network');
  await start(server.port);
  // No help from the test: the outbox's own backoff timer delivers it.
  await delivered(page, 'delivery after the restart');
  assert.match((await page.evaluate((k) => window.harness.receipt(k), key)).code, /^SV-/);
  return { table: 'survey_responses', attempted: 1, expected: 1 };
});

await scenario('500 (nothing stored) then success', async ({ start, newContext, open }) => {
  const server = await start();
  const page = await open(await newContext(), server);
  await onFirstPost(page, `${server.baseUrl}/signups`, (route) => route.fulfill(serverError(vite.origin)));
  const result = await submit(page, 'volunteer-signup', signup('13600000001'), randomUUID());
  assert.equal(result.state, 'queued');
  assert.equal(result.error.code, 'server');
  await delivered(page, 'delivery after the 500');
  return { table: 'signups', attempted: 1, expected: 1 };
});

await scenario('500 after the server stored it (answer lost) then retry', async ({ start, newContext, open, rows }) => {
  const server = await start();
  const page = await open(await newContext(), server);
  await onFirstPost(page, `${server.baseUrl}/signups`, async (route) => {
    await route.fetch(); // the server stores the signup …
    await route.fulfill(serverError(vite.origin)); // … and the resident sees a 500
  });
  const key = randomUUID();
  const result = await submit(page, 'volunteer-signup', signup('13600000002'), key);
  assert.equal(result.state, 'queued');
  assert.equal(rows('signups'), 1, 'the first attempt was stored');
  await delivered(page, 'the retry');
  const receipt = await page.evaluate((k) => window.harness.receipt(k), key);
  assert.equal(receipt.status, 'confirmed');
  assert.equal(rows('idempotency', 'key = ?', key), 1);
  return { table: 'signups', attempted: 1, expected: 1, note: 'retry answered from the idempotency table' };
});

await scenario('10 s stall → timeout → queued → retried', async ({ start, newContext, open }) => {
  const server = await start();
  const page = await open(await newContext(), server, { timeoutMs: 4000 });
  let stalled;
  await onFirstPost(page, `${server.baseUrl}/survey-responses`, async (route) => {
    const response = await route.fetch(); // stored on the server; the answer is held for 10 s
    stalled = sleep(10_000).then(() => route.fulfill({ response }).catch(() => {}));
  });
  const started = Date.now();
  const result = await submit(page, 'survey-response', surveyResponse(), randomUUID());
  assert.equal(result.state, 'queued');
  assert.equal(result.error.code, 'timeout');
  assert.ok(Date.now() - started < 8000, 'the adapter gave up at its timeout, not after the stall');
  await delivered(page, 'the retry after the timeout');
  await stalled;
  return { table: 'survey_responses', attempted: 1, expected: 1 };
});

await scenario('reload while the request is in flight', async ({ start, newContext, open, rows }) => {
  const server = await start();
  const page = await open(await newContext(), server);
  await onFirstPost(page, `${server.baseUrl}/survey-responses`, async (route) => {
    await route.fetch(); // stored; the answer never comes back to this page
  });
  submit(page, 'survey-response', surveyResponse(), randomUUID()).catch(() => {});
  await until(() => rows('survey_responses') === 1, { what: 'the server to store the first attempt' });
  assert.equal((await pending(page)).length, 1, 'still pending in the outbox');
  await page.reload();
  await page.waitForFunction(() => window.harnessReady === true);
  // The next page load delivers what the last one left queued.
  await delivered(page, 'delivery on the next page load');
  return { table: 'survey_responses', attempted: 1, expected: 1 };
});

await scenario('reload mid-queue (server down), then server back', async ({ start, newContext, open }) => {
  const server = await start();
  const page = await open(await newContext(), server);
  await server.kill();
  const key = randomUUID();
  const payload = surveyResponse();
  assert.equal((await submit(page, 'survey-response', payload, key)).state, 'queued');
  await page.reload();
  await page.waitForFunction(() => window.harnessReady === true);
  assert.equal((await pending(page)).length, 1, 'the queued answer survived the reload');
  await start(server.port);
  await delivered(page, 'delivery after reload and restart');
  // Submitting the same form again (a second reload, a back button) finds the receipt: nothing is sent.
  const again = await submit(page, 'survey-response', payload, key);
  assert.equal(again.state, 'sent');
  return { table: 'survey_responses', attempted: 1, expected: 1 };
});

await scenario('double click (two submits, same key, same moment)', async ({ start, newContext, open }) => {
  const server = await start();
  const page = await open(await newContext(), server);
  const [a, b] = await page.evaluate(
    ([p, k]) => Promise.all([window.harness.submit('volunteer-signup', p, k), window.harness.submit('volunteer-signup', p, k)]),
    [signup('13600000004'), randomUUID()],
  );
  assert.equal(a.state, 'sent');
  assert.equal(b.state, 'sent');
  assert.equal(a.receipt.code, b.receipt.code);
  return { table: 'signups', attempted: 1, expected: 1 };
});

await scenario('two tabs submit the same answers at once', async ({ start, newContext, open }) => {
  const server = await start();
  const context = await newContext();
  const [tab1, tab2] = [await open(context, server), await open(context, server)];
  const payload = surveyResponse();
  const key = randomUUID();
  const at = Date.now() + 400;
  const fire = (tab) => tab.evaluate(([t, p, k]) => window.harness.submitAt(t, 'survey-response', p, k), [at, payload, key]);
  const [a, b] = await Promise.all([fire(tab1), fire(tab2)]);
  assert.equal(a.state, 'sent');
  assert.equal(b.state, 'sent');
  assert.equal(a.receipt.code, b.receipt.code);
  return { table: 'survey_responses', attempted: 1, expected: 1 };
});

await scenario('two tabs holding the same queued entry when the server returns', async ({ start, newContext, open }) => {
  const server = await start();
  const context = await newContext();
  const tab1 = await open(context, server);
  await server.kill();
  assert.equal((await submit(tab1, 'volunteer-signup', signup('13600000005'), randomUUID())).state, 'queued');
  const tab2 = await open(context, server);
  assert.equal((await pending(tab2)).length, 1, 'the second tab sees the queued entry');
  await start(server.port);
  // Both tabs hear `online` together and both try to deliver.
  await Promise.all([tab1, tab2].map((tab) => tab.evaluate(() => window.dispatchEvent(new Event('online')))));
  await delivered(tab1, 'delivery by one of the tabs');
  await delivered(tab2, 'the other tab to see it delivered');
  return { table: 'signups', attempted: 1, expected: 1 };
});

await scenario('capacity race: two residents, two server processes, one last place (×10)', async ({ start, newContext, open, rows }) => {
  const [serverA, serverB] = [await start(), await start()]; // two processes, one SQLite file
  const pageA = await open(await newContext(), serverA);
  const pageB = await open(await newContext(), serverB);
  const outcomes = [];
  let n = 0;
  for (const kind of ['W', 'F']) {
    for (let i = 1; i <= 5; i++) {
      const id = `E2E-RACE-${kind}-${i}`;
      const at = Date.now() + 300;
      const fire = (page, mobile) =>
        page.evaluate(([t, p, k]) => window.harness.submitAt(t, 'volunteer-signup', p, k), [at, signup(mobile, id), randomUUID()]);
      n += 1;
      const [a, b] = await Promise.all([fire(pageA, `1350000${String(n).padStart(4, '0')}`), fire(pageB, `1351000${String(n).padStart(4, '0')}`)]);
      const statuses = [a.receipt.status, b.receipt.status].sort();
      assert.deepEqual(statuses, kind === 'W' ? ['confirmed', 'waitlisted'] : ['confirmed', 'full'], `${id}: ${statuses}`);
      assert.equal(rows('signups', "opportunity_id = ? AND status = 'confirmed'", id), 1, `${id}: exactly one confirmed`);
      outcomes.push(statuses.join('+'));
    }
  }
  return {
    table: 'signups',
    attempted: 20,
    expected: 15,
    note: `5× confirmed+waitlisted, 5× confirmed+full (full stores nothing): ${new Set(outcomes).size === 2 ? 'as expected' : outcomes}`,
  };
});

await finish();
