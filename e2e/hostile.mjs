#!/usr/bin/env node
/**
 * Hostile input through the real stack (browser → REST adapter → Fastify → SQLite → back to a widget):
 * markup and script in data stay text, SQL metacharacters are stored verbatim, and oversized or malformed
 * bodies are refused with clear problem documents — and nothing is stored for them.
 *
 *   node e2e/hostile.mjs
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { launchBrowser, until } from './support/browser.mjs';
import { rows, tables } from './support/db.mjs';
import { createScenarioRunner, e2eSeed, signup, surveyResponse } from './support/scenario.mjs';
import { startVite } from './support/vite-server.mjs';

const vite = await startVite();
const browser = await launchBrowser();
const { scenario, finish } = createScenarioRunner({ browser, vite });

const XSS_NAME = '<img src=x onerror=__pwned=1>';
const XSS_DUTY = '<script>__pwned=2</script>调解';
const SQL_TITLE = "'); DROP TABLE workers;--";
const XSS_TEXT = `<script>window.__pwned=3</script><img src=x onerror="window.__pwned=4"><a href="javascript:alert(1)">点我</a>`;
const SQL_TEXT = `Robert'); DROP TABLE survey_responses;-- " OR 1=1; --`;

function hostileSeed() {
  const data = e2eSeed();
  data.workers.push({
    id: 'W-EVIL',
    name: XSS_NAME,
    role: 'grid-worker',
    title: SQL_TITLE,
    community: '朝二社区',
    duties: [XSS_DUTY],
    phones: [{ number: '0519-86600000', publish: true }],
    office: { address: '<b>办公室</b>', hours: '9:00–17:00', publish: true },
  });
  return data;
}

await scenario(
  'hostile data rendered by cw-worker-card stays text',
  async ({ start, newContext }) => {
    const server = await start();
    const page = await (await newContext()).newPage();
    const dialogs = [];
    page.on('dialog', (dialog) => (dialogs.push(dialog.message()), dialog.dismiss()));
    await page.goto(`${vite.url}/e2e/pages/card.html?api=${encodeURIComponent(server.baseUrl)}&worker=W-EVIL`);
    const card = page.locator('cw-worker-card');
    await until(async () => (await card.textContent().catch(() => '')) !== null && (await card.evaluate((el) => el.shadowRoot?.textContent ?? '')).includes('onerror'), {
      what: 'the card to render the worker',
    });
    const view = await card.evaluate((el) => ({
      text: el.shadowRoot.textContent,
      injected: el.shadowRoot.querySelectorAll('img[src="x"], script, b').length,
      pwned: window.__pwned,
    }));
    assert.ok(view.text.includes(XSS_NAME), 'the name shows literally');
    assert.ok(view.text.includes(XSS_DUTY), 'the duty shows literally');
    assert.ok(view.text.includes(SQL_TITLE), 'the title shows literally');
    assert.equal(view.injected, 0, 'no element was created from data');
    assert.equal(view.pwned, undefined, 'no script ran');
    assert.deepEqual(dialogs, []);
    return { table: 'workers', attempted: 0, expected: hostileSeed().workers.length, note: 'name, duty, title and address rendered as text' };
  },
  { seedData: hostileSeed() },
);

await scenario('script/HTML and SQL metacharacters stored verbatim', async ({ start, newContext, open, db }) => {
  const server = await start();
  const page = await open(await newContext(), server);
  const response = surveyResponse({ answers: { overall: 'dissatisfied', comment: `${XSS_TEXT}\n${SQL_TEXT}` }, followUp: { reason: SQL_TEXT } });
  const person = signup('13600000099', 'E2E-OPEN', { name: `O'Brien"); --`, note: XSS_TEXT });
  const a = await page.evaluate(([p]) => window.harness.submit('survey-response', p, crypto.randomUUID()), [response]);
  const b = await page.evaluate(([p]) => window.harness.submit('volunteer-signup', p, crypto.randomUUID()), [person]);
  assert.equal(a.state, 'sent');
  assert.equal(b.state, 'sent');
  const [stored] = rows(db, 'SELECT body FROM survey_responses');
  assert.equal(JSON.parse(stored.body).answers.comment, `${XSS_TEXT}\n${SQL_TEXT}`);
  assert.equal(JSON.parse(stored.body).followUp.reason, SQL_TEXT);
  const [person1] = rows(db, 'SELECT body FROM signups');
  assert.equal(JSON.parse(person1.body).name, `O'Brien"); --`);
  assert.equal(JSON.parse(person1.body).note, XSS_TEXT);
  assert.ok(['signups', 'survey_responses', 'workers'].every((t) => tables(db).includes(t)), 'no table was dropped');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  return { table: 'survey_responses', attempted: 1, expected: 1, note: 'bodies byte-identical in SQLite; signup row too' };
});

await scenario('oversized and malformed bodies refused with clear errors', async ({ start, newContext, open, rows: count }) => {
  const server = await start();
  const post = (path, body, headers = {}) =>
    fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...headers },
      body,
    }).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), problem: await r.json() }));
  const valid = JSON.stringify(signup('13600000100'));
  const cases = [
    ['1 MB body', await post('/signups', JSON.stringify({ ...signup('13600000101'), note: 'x'.repeat(1 << 20) })), 413, /at most 65536 bytes/],
    ['truncated JSON', await post('/signups', valid.slice(0, -5)), 400, /not valid JSON/],
    ['empty body', await post('/signups', ''), 400, /not valid JSON|empty/i],
    ['text/plain', await post('/signups', valid, { 'content-type': 'text/plain' }), 415, /application\/json/],
    ['no Idempotency-Key', await post('/signups', valid, { 'idempotency-key': '' }), 400, /Idempotency-Key/],
    ['bad mobile', await post('/signups', JSON.stringify(signup('12345'))), 400, /signup\.mobile: must be an 11-digit/],
    ['array body', await post('/survey-responses', '[1,2]'), 400, /^response/],
    ['unknown survey', await post('/survey-responses', JSON.stringify(surveyResponse({ surveyId: 'S-NOPE' }))), 422, /no survey S-NOPE/],
    ['prototype pollution keys', await post('/signups', '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}'), 400, /not valid JSON/], // secure-json-parse refuses __proto__
  ];
  for (const [what, answer, status, detail] of cases) {
    assert.equal(answer.status, status, `${what}: status`);
    assert.match(answer.type, /^application\/problem\+json/, `${what}: problem+json`);
    assert.match(answer.problem.detail, detail, `${what}: detail "${answer.problem.detail}"`);
    assert.equal(answer.problem.status, status);
  }
  // Through the page: an answer too large for the server fails in the outbox as `rejected` — shown as an
  // error to fix, never retried for ever — and nothing is stored.
  const page = await open(await newContext(), server);
  const huge = surveyResponse({ answers: Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`q${i}`, '长'.repeat(400)])) });
  const result = await page.evaluate(([p]) => window.harness.submit('survey-response', p, crypto.randomUUID()), [huge]);
  assert.equal(result.state, 'failed');
  assert.equal(result.error.code, 'rejected');
  assert.match(result.error.message, /413/);
  assert.equal(count('signups'), 0);
  return { table: 'survey_responses', attempted: cases.length + 1, expected: 0, note: `${cases.length} raw requests + 1 via the outbox, all refused with problem+json` };
});

await finish();
