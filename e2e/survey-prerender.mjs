#!/usr/bin/env node
/**
 * The survey's pre-rendered form, from the built dist/ under the strict CSP: written by dist/node (as a portal's
 * server would), styled by dist/themes/survey-fallback.css, upgraded by the loader. Without scripts it is a form
 * that can be filled in; with them, what the resident did before the survey arrived is taken over.
 *
 *   npm run build && node e2e/survey-prerender.mjs
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, check, launch, requireDist, runChecks } from './lib/checks.mjs';
import { recordLayoutShifts } from './lib/layout-shift.mjs';
import { DIST, startSite } from './lib/static-server.mjs';

const PATH = '/community/survey-prerendered.html';

const DATA = fileURLToPath(new URL('../demo/public/data/tianning.json', import.meta.url));
const CLI = fileURLToPath(new URL('../bin/cw-survey-fallback.mjs', import.meta.url));

/** What a webmaster runs: `npx cw-survey-fallback <data> <survey id> …`. */
function cli(...args) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

function page() {
  const run = cli(DATA, 'S-HCP-2026', '--heading-level=2');
  assert(run.status === 0, `cw-survey-fallback failed: ${run.stderr}`);
  const form = run.stdout;
  return `<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>社区服务“好差评”</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/static/cw/themes/survey-fallback.css" />
    <script type="application/json" id="cw-config">{ "data": "/data/tianning.json" }</script>
    <script type="module" blocking="render" src="/static/cw/loader.js"></script>
  </head>
  <body>
    <main>
      <h1>社区服务评价</h1>
      <cw-satisfaction-survey survey="S-HCP-2026" heading-level="2">
${form}
        <p>也可拨打 <a href="tel:0519-86600000">0519-86600000</a> 评价。</p>
      </cw-satisfaction-survey>
      <p>以上评价将作为社区服务考核的依据。</p>
      <p>天宁区社区服务中心 2026 年 1 月</p>
    </main>
  </body>
</html>`;
}

await runChecks(async () => {
  requireDist(existsSync, DIST);
  assert(existsSync(`${DIST}/node/survey-fallback.js`), 'dist/node/survey-fallback.js is missing: run `npm run build`');
  const site = await startSite({ pages: { [PATH]: page() } });
  const browser = await launch();
  try {
    await check('the command line says what is wrong and prints nothing else', async () => {
      const missing = cli(DATA, 'S-NONE');
      assert(missing.status === 1 && !missing.stdout && /there is no survey S-NONE/.test(missing.stderr), `missing survey: ${missing.status} ${missing.stderr}`);
      const usage = cli(DATA);
      assert(usage.status === 2 && /usage: cw-survey-fallback/.test(usage.stderr), `no survey id: ${usage.status} ${usage.stderr}`);
      const locale = cli(DATA, 'S-HCP-2026', '--locale=fr');
      assert(locale.status === 2 && /--locale/.test(locale.stderr), `bad locale: ${locale.status} ${locale.stderr}`);
      const action = cli(DATA, 'S-HCP-2026', '--action=javascript:alert(1)');
      assert(action.status === 1 && /action must be/.test(action.stderr), `hostile action: ${action.status} ${action.stderr}`);
      const hant = cli(DATA, 'S-HCP-2026', '--locale=zh-Hant');
      assert(hant.status === 0 && hant.stdout.includes('非常滿意') && hant.stdout.includes('lang="zh-Hant"'), 'zh-Hant labels');
    });

    await check('scripts disabled: the questions are a styled form that can be answered, and cannot be sent by mistake', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      const tab = await context.newPage();
      await tab.goto(`${site.origin}${PATH}`);
      const form = tab.locator('form.cw-survey-fallback');
      assert((await form.boundingBox())?.height > 300, 'the form is not in view');
      await tab.getByLabel('满意', { exact: true }).first().check();
      assert(await tab.locator('input[name="overall"][value="satisfied"]').isChecked(), 'an option could not be chosen');
      const option = await tab.locator('form.cw-survey-fallback fieldset label').first().boundingBox();
      assert(option && option.height >= 44 && option.width > 300, `options are not full-width tap targets on a phone (${JSON.stringify(option)})`);
      assert((await tab.locator('form.cw-survey-fallback button:visible').count()) === 0, 'a submit button is shown without an action');
      await context.close();
    });

    await check('the loader upgrades it under the strict CSP; answers, focus and caret carry over to the widget', async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await recordLayoutShifts(context);
      const tab = await context.newPage();
      const problems = [];
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      tab.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
      await tab.exposeFunction('reportViolation', (text) => problems.push(`CSP: ${text}`));
      await tab.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
      let arrive;
      const arrived = new Promise((resolve) => (arrive = resolve));
      await tab.route('**/data/tianning.json', async (route) => {
        await arrived;
        await route.continue();
      });
      await tab.goto(`${site.origin}${PATH}`);
      await tab.waitForFunction(() => !!document.querySelector('cw-satisfaction-survey')?.shadowRoot);
      assert((await tab.locator('form.cw-survey-fallback').boundingBox())?.height > 300, 'the plain form is not in view after the upgrade');

      await tab.locator('form.cw-survey-fallback input[name="overall"][value="basic"]').check();
      await tab.locator('form.cw-survey-fallback input[name="items/attitude"][value="dissatisfied"]').check();
      const comment = tab.locator('form.cw-survey-fallback textarea');
      await comment.fill('周末窗口人少');
      await comment.evaluate((el) => el.setSelectionRange(2, 2));
      await tab.waitForTimeout(600); // past the 500 ms in which a layout shift counts as caused by the input
      arrive();

      await tab.waitForFunction(() => document.querySelector('cw-satisfaction-survey').shadowRoot.querySelector('[part~="submit"]'), null, { timeout: 15_000 });
      await tab.waitForFunction(() => document.querySelector('cw-satisfaction-survey').shadowRoot.activeElement?.localName === 'textarea', null, { timeout: 5_000 });
      const state = await tab.evaluate(() => {
        const el = document.querySelector('cw-satisfaction-survey');
        const root = el.shadowRoot;
        const textarea = root.querySelector('[data-question="comment"] textarea');
        return {
          plain: !!el.querySelector('form'),
          checked: [...root.querySelectorAll('input:checked')].map((i) => i.value),
          text: textarea.value,
          caret: [textarea.selectionStart, textarea.selectionEnd],
          focused: root.activeElement === textarea,
        };
      });
      assert(!state.plain, 'the plain form is still there');
      assert(JSON.stringify(state.checked) === JSON.stringify(['basic', 'dissatisfied']), `answers taken over: ${state.checked}`);
      assert(state.text === '周末窗口人少' && state.caret.join() === '2,2' && state.focused, `text, caret and focus: ${JSON.stringify(state)}`);
      const followUp = await tab.evaluate(() => !!document.querySelector('cw-satisfaction-survey').shadowRoot.querySelector('[part="follow-up"]'));
      assert(followUp, 'a 不满意 answer given in the plain form does not ask for the reason in the widget');
      await tab.waitForTimeout(300);
      const shift = await tab.evaluate(() => window.__layoutShifts.reduce((sum, s) => sum + s.value, 0));
      console.log(`      layout shift over the takeover: ${shift.toFixed(3)}`);
      assert(shift < 0.1, `layout shift ${shift.toFixed(3)} (0.1 is the limit of "good")`);
      assert(!problems.length, problems.join('\n'));
      await context.close();
    });
  } finally {
    await browser.close();
    await site.close();
  }
});
