#!/usr/bin/env node
/**
 * The demo portal page in REST mode, on the reference server: pick a grid → its team on the card; sign up
 * (double-clicking submit); cancel; answer the survey. Every outcome is checked in SQLite.
 *
 *   node e2e/demo-rest.mjs
 *
 * Until demo/ reads `?api=` itself, the e2e Vite server switches the page to REST mode (support/vite-server.mjs).
 */
import assert from 'node:assert/strict';
import { launchBrowser, until } from './support/browser.mjs';
import { createScenarioRunner } from './support/scenario.mjs';
import { startVite } from './support/vite-server.mjs';

const vite = await startVite({ demo: true });
const browser = await launchBrowser();
const { scenario, finish } = createScenarioRunner({ browser, vite });

/** Opens the demo page with its provider pointed at `baseUrl`. */
async function openDemo(context, baseUrl) {
  const page = await context.newPage();
  const staticRequests = [];
  page.on('request', (request) => request.url().includes('/data/tianning.json') && staticRequests.push(request.url()));
  page.on('pageerror', (error) => console.error(`  [page error] ${error.message}`));
  await page.goto(`${vite.url}/?api=${encodeURIComponent(baseUrl)}`);
  return { page, staticRequests };
}

await scenario('demo page on REST: grid → card, signup (double click), cancel', async ({ start, newContext, rows }) => {
  const server = await start();
  const { page, staticRequests } = await openDemo(await newContext(), server.baseUrl);

  // Grid → card: the team comes from GET /workers?gridId=…
  const team = await (await fetch(`${server.baseUrl}/workers?gridId=G-JQJ-01`)).json();
  await page.locator('cw-grid-map [part~="option"]', { hasText: '局前街社区第1网格' }).first().click({ timeout: 20_000 });
  const cardText = () => page.locator('cw-worker-card').first().evaluate((el) => (el.shadowRoot ?? el).textContent ?? '');
  await until(async () => (await cardText()).includes(team.items[0].name), { what: `the card to show ${team.items[0].name}` });
  assert.ok((await cardText()).includes('局前街社区第1网格'), 'the card names the selected grid');

  // Sign up for the roomy activity; the resident double-clicks submit.
  const signup = page.locator('cw-volunteer-signup');
  // By its accessible name: element ids inside the widget are its own business.
  await signup.getByRole('button', { name: /E2E-OPEN$/ }).click({ timeout: 20_000 });
  await signup.getByLabel('姓名').fill('端到端居民');
  await signup.getByLabel('手机号码').fill('13912345678');
  await signup.getByLabel('18 周岁及以上').check();
  await signup.getByLabel('我已阅读并同意上述个人信息处理说明').check();
  await signup.locator('[part~="submit"]').dblclick();
  const code = (await signup.locator('[part~="receipt-code"]').textContent({ timeout: 20_000 })).trim();
  assert.match(code, /VS-/);
  assert.equal(rows('signups', "mobile = '13912345678' AND status = 'confirmed'"), 1, 'one confirmed row after a double click');

  // Cancel with the receipt the page kept.
  await signup.getByRole('button', { name: '取消报名' }).first().click();
  await signup.getByRole('button', { name: '确定取消报名' }).click();
  await signup.getByText('已取消报名').first().waitFor({ timeout: 20_000 });
  assert.equal(rows('signups', "mobile = '13912345678' AND status = 'cancelled'"), 1, 'the row is cancelled');
  assert.deepEqual(staticRequests, [], 'no request went to the static file');
  return { table: 'signups', attempted: 1, expected: 1, note: `receipt ${code.replace(/.*(VS-\w+).*/, '$1')}, then cancelled` };
});

await scenario('demo page on REST: survey answered (double click)', async ({ start, newContext, rows }) => {
  const server = await start();
  const { page } = await openDemo(await newContext(), server.baseUrl);
  const survey = page.locator('cw-satisfaction-survey');
  await survey.locator('[part~="submit"]').waitFor({ timeout: 20_000 });
  // The best answer in every rating: no follow-up questions appear.
  const names = await survey.evaluate((el) => [...new Set([...(el.shadowRoot ?? el).querySelectorAll('input[type=radio]')].map((i) => i.name))]);
  for (const name of names) await survey.locator(`input[type=radio][name="${name}"]`).first().check();
  await survey.locator('[part~="submit"]').dblclick();
  await until(() => rows('survey_responses') >= 1, { what: 'the survey response to be stored' });
  await page.waitForTimeout(1000);
  return { table: 'survey_responses', attempted: 1, expected: 1, note: `${names.length} rating questions answered` };
});

await finish();
