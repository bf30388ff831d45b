#!/usr/bin/env node
/**
 * Progressive enhancement: with scripts off, in a browser too old for the widgets, and when the widget files fail
 * to load, every widget's fallback content (phone link, link to the plain page) is visible — never a blank box —
 * and the link form still takes the resident to a working plain page.
 *
 *   npm run build && node e2e/embedding-fallback.mjs
 */
import { existsSync } from 'node:fs';
import { assert, check, launch, requireDist, runChecks } from './lib/checks.mjs';
import { DIST, startSite } from './lib/static-server.mjs';

/** Each widget (or pasted form) on the page: whether its fallback is visible, with a working link inside. */
function fallbacks(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('cw-grid-map, cw-worker-card, cw-satisfaction-survey, cw-volunteer-signup, [data-cw], a[href*="cw="]')].map((el) => {
      const rect = el.getBoundingClientRect();
      const link = el.matches('a') ? el : el.querySelector('a[href]');
      const style = getComputedStyle(el);
      return {
        what: el.id || el.localName,
        visible: rect.height > 0 && rect.width > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0,
        text: (el.textContent ?? '').trim().slice(0, 30),
        link: link?.getAttribute('href') ?? null,
      };
    }),
  );
}

function assertAllVisible(list, where) {
  assert(list.length >= 4, `${where}: only ${list.length} embeds found`);
  const hidden = list.filter((f) => !f.visible || !f.text || !f.link);
  assert(!hidden.length, `${where}: fallback missing for ${JSON.stringify(hidden)}`);
}

await runChecks(async () => {
  requireDist(existsSync, DIST);
  const site = await startSite();
  const browser = await launch();
  try {
    await check('scripts disabled: every fallback on the demo article is visible, with its phone or page link', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.origin}/`);
      assertAllVisible(await fallbacks(page), 'demo article');
      await context.close();
    });

    await check('scripts disabled: pasted links are plain links that open the plain page at the right place', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.origin}/community/link-form.html`);
      assertAllVisible(await fallbacks(page), 'link-form page');
      for (const id of ['link-query', 'link-fragment']) {
        const href = await page.locator(`#${id}`).getAttribute('href');
        const target = await context.newPage();
        const response = await target.goto(new URL(href, `${site.origin}/community/`).href);
        assert(response.status() === 200, `${id} → ${response.status()}`);
        const heading = await target.locator('h1').textContent();
        assert(heading.includes('社区服务'), `${id} opened "${heading}"`);
        const phones = await target.locator('a[href^="tel:"]').count();
        assert(phones > 0, `${id}: the plain page has no phone link`);
        await target.close();
      }
      await context.close();
    });

    await check('a browser without custom elements keeps the fallback and gets no reserved empty box', async () => {
      const context = await browser.newContext();
      await context.addInitScript(() => delete window.customElements);
      const page = await context.newPage();
      await page.goto(`${site.origin}/community/strict-csp.html`);
      await page.waitForTimeout(300);
      assertAllVisible(await fallbacks(page), 'no custom elements');
      const api = await page.evaluate(() => typeof window.CommunityWidgets);
      assert(api === 'undefined', `the loader started anyway (${api})`);
      await context.close();
    });

    await check('widget files failing to load: fallbacks stay visible, ready still resolves', async () => {
      const context = await browser.newContext();
      await context.route('**/static/cw/elements/**', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${site.origin}/community/strict-csp.html`);
      const settled = await page.evaluate(() => Promise.race([window.CommunityWidgets.ready.then(() => 'ready'), new Promise((r) => setTimeout(() => r('hung'), 5000))]));
      assert(settled === 'ready', 'CommunityWidgets.ready never resolved');
      assertAllVisible(await fallbacks(page), 'elements blocked');
      await context.close();
    });

    await check('the loader itself failing (blocked): fallbacks visible at their natural size', async () => {
      const context = await browser.newContext();
      await context.route('**/static/cw/loader.js', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${site.origin}/community/link-form.html`);
      assertAllVisible(await fallbacks(page), 'loader blocked');
      await context.close();
    });
  } finally {
    await browser.close();
    await site.close();
  }
});
