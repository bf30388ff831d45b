#!/usr/bin/env node
/**
 * The oldest browsers the widgets promise to run in (scripts/browser-floor.mjs: Chrome 91, Safari 15 — the
 * last iOS of an iPhone 6s or 7). Only Debian's Chromium runs here, so the floor is checked in two halves:
 * - syntax: every file in dist/ parses as ES2022 and holds no class static block (Safari 16.4+), which is what
 *   `static styles` compiles to unless the build lowers it;
 * - APIs: the same Chromium with what those browsers lack taken away before any page script runs (AbortSignal.any
 *   and .timeout, an abort reason, Array.prototype.at, crypto.randomUUID, navigator.locks, requestSubmit,
 *   requestIdleCallback, constructed style sheets …), then all four widgets load from the REST server, the survey and a signup are
 *   sent and stored, and the styles that would have been constructed sheets arrive as `<style>` elements.
 *
 *   npm run build && node e2e/older-browsers.mjs
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { assert, check, launch, requireDist, runChecks } from './lib/checks.mjs';
import { DIST, distScripts, startSite } from './lib/static-server.mjs';
import { scratchDir, startApiServer, writeSeed } from './support/api-server.mjs';
import { countRows } from './support/db.mjs';
import { e2eSeed } from './support/scenario.mjs';

/** Runs in the page before its scripts: removes what Chrome 91 or Safari 15 does not have. */
function olderBrowser() {
  const drop = (owner, ...names) => names.forEach((name) => owner && delete owner[name]);
  drop(AbortSignal, 'any', 'timeout');
  drop(AbortSignal.prototype, 'reason', 'throwIfAborted');
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function () {
    return abort.call(this); // the reason argument: Chrome 98+, Safari 15.4+
  };
  drop(Array.prototype, 'at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with');
  drop(String.prototype, 'at', 'isWellFormed', 'toWellFormed');
  drop(Object, 'hasOwn', 'groupBy');
  drop(Map, 'groupBy');
  drop(Promise, 'withResolvers');
  drop(Array, 'fromAsync');
  drop(Set.prototype, 'union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom');
  drop(globalThis.Iterator?.prototype, 'map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach', 'some', 'every', 'find');
  drop(globalThis, 'structuredClone', 'requestIdleCallback', 'cancelIdleCallback', 'scheduler', 'BroadcastChannel');
  drop(Crypto.prototype, 'randomUUID');
  drop(Navigator.prototype, 'locks');
  drop(HTMLFormElement.prototype, 'requestSubmit');
  // Constructed style sheets are Safari 16.4+: no adoptedStyleSheets, and the constructor throws.
  drop(Document.prototype, 'adoptedStyleSheets');
  drop(ShadowRoot.prototype, 'adoptedStyleSheets');
  const Sheet = CSSStyleSheet;
  window.CSSStyleSheet = function CSSStyleSheet() {
    throw new TypeError('Illegal constructor');
  };
  window.CSSStyleSheet.prototype = Sheet.prototype;
  drop(Sheet.prototype, 'replace', 'replaceSync');
}

/** Class static blocks in a parsed file. */
function staticBlocks(node, found = []) {
  if (node?.type === 'StaticBlock') found.push(node.start);
  for (const value of Object.values(node ?? {})) {
    if (Array.isArray(value)) value.forEach((child) => child?.type && staticBlocks(child, found));
    else if (value?.type) staticBlocks(value, found);
  }
  return found;
}

const page = (api, body, extra = '') => `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>older browsers</title>
  <script type="module" src="/static/cw/loader.js"></script></head>
  <body><cw-provider api="${api}"${extra}>${body}</cw-provider></body></html>`;

await runChecks(async () => {
  requireDist(existsSync, DIST);

  await check('dist parses as ES2022 and holds no class static block (Safari before 16.4 cannot run one)', () => {
    const problems = [];
    for (const file of distScripts()) {
      try {
        const blocks = staticBlocks(parse(readFileSync(file, 'utf8'), { ecmaVersion: 2022, sourceType: 'module' }));
        if (blocks.length) problems.push(`${file.slice(DIST.length + 1)}: static block at ${blocks.join(', ')}`);
      } catch (error) {
        problems.push(`${file.slice(DIST.length + 1)}: ${error.message}`);
      }
    }
    assert(!problems.length, problems.join('\n'));
  });

  const pages = {};
  const site = await startSite({ csp: false, pages });
  const dir = scratchDir('cw-older-');
  const db = join(dir, 'api.sqlite');
  const server = await startApiServer({ db, seed: writeSeed(dir, e2eSeed()), cors: [site.origin] });
  pages['/old/widgets.html'] = page(
    server.baseUrl,
    `<cw-grid-map></cw-grid-map><cw-worker-card grid="G-JQJ-01"></cw-worker-card>
     <cw-volunteer-signup opportunity="E2E-OPEN"></cw-volunteer-signup><cw-satisfaction-survey survey="S-HCP-2026"></cw-satisfaction-survey>`,
  );
  pages['/old/light.html'] = page(server.baseUrl, '<cw-worker-card grid="G-JQJ-01"></cw-worker-card>', ' render="light"');
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(olderBrowser);
    const errors = [];
    const tab = await context.newPage();
    tab.on('pageerror', (error) => errors.push(error.message));
    // Console errors other than a failed request (the browser's own favicon request is a 404 here).
    tab.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
    tab.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`));
    await tab.goto(`${site.origin}/old/widgets.html`);
    const shadow = (tag) => tab.locator(tag);

    await check('without those APIs, all four widgets load from the REST server, styled by <style> elements', async () => {
      const removed = await tab.evaluate(() => [typeof AbortSignal.any, typeof [].at, 'adoptedStyleSheets' in document]);
      assert(removed.join() === 'undefined,undefined,false', `the older browser was not emulated: ${removed}`);
      await shadow('cw-grid-map').locator('.leaflet-container').waitFor({ timeout: 20_000 });
      await shadow('cw-worker-card').locator('[part~="phone"]').first().waitFor({ timeout: 20_000 });
      await shadow('cw-satisfaction-survey').locator('[part~="submit"]').waitFor({ timeout: 20_000 });
      await shadow('cw-volunteer-signup').locator('[part~="submit"]').waitFor({ timeout: 20_000 });
      const styled = await tab.evaluate(() => {
        const map = document.querySelector('cw-grid-map').shadowRoot;
        const survey = document.querySelector('cw-satisfaction-survey').shadowRoot;
        return {
          engineStyle: !!map.querySelector('style[data-cw-engine]'),
          leafletOverflow: getComputedStyle(map.querySelector('.leaflet-container')).overflow,
          submitBackground: getComputedStyle(survey.querySelector('[part~="submit"]')).backgroundColor,
        };
      });
      assert(styled.engineStyle && styled.leafletOverflow === 'hidden', `the map's Leaflet styles are missing: ${JSON.stringify(styled)}`);
      assert(styled.submitBackground !== 'rgba(0, 0, 0, 0)', `the survey is unstyled: ${JSON.stringify(styled)}`);
      assert(!errors.length, `page errors: ${errors.join(' | ')}`);
    });

    await check('the survey, sent offline with a double click, waits in the outbox and is stored once back online', async () => {
      const survey = shadow('cw-satisfaction-survey');
      const names = await survey.evaluate((el) => [...new Set([...el.shadowRoot.querySelectorAll('input[type=radio]')].map((i) => i.name))]);
      for (const name of names) await survey.locator(`input[type=radio][name="${name}"]`).first().check();
      await context.setOffline(true);
      try {
        await survey.locator('[part~="submit"]').dblclick();
        // Queued means kept on the device by the outbox, which delivers it when the browser is back online.
        await survey.locator('[part~="queued"]').waitFor({ timeout: 20_000 });
      } finally {
        await context.setOffline(false);
      }
      await survey.locator('[part~="receipt"]').first().waitFor({ timeout: 20_000 });
      assert(countRows(db, 'survey_responses') === 1, `rows: ${countRows(db, 'survey_responses')}`);
      assert(!errors.length, `page errors: ${errors.join(' | ')}`);
    });

    await check('a signup is confirmed with its receipt', async () => {
      const signup = shadow('cw-volunteer-signup');
      await signup.getByLabel('姓名').fill('较旧浏览器居民');
      await signup.getByLabel('手机号码').fill('13912340000');
      await signup.getByLabel('18 周岁及以上').check();
      await signup.getByLabel('我已阅读并同意上述个人信息处理说明').check();
      await signup.locator('[part~="submit"]').click();
      const code = await signup.locator('[part~="receipt-code"]').textContent({ timeout: 20_000 });
      assert(/VS-/.test(code), `receipt: ${code}`);
      assert(countRows(db, 'signups', "mobile = '13912340000' AND status = 'confirmed'") === 1, 'no confirmed row');
      assert(!errors.length, `page errors: ${errors.join(' | ')}`);
    });

    await check('in light DOM the rewritten styles arrive as a <style> element in the page', async () => {
      await tab.goto(`${site.origin}/old/light.html`);
      const card = tab.locator('cw-worker-card');
      await card.locator('[part~="phone"]').first().waitFor({ timeout: 20_000 });
      const styled = await tab.evaluate(() => ({
        sheet: [...document.head.querySelectorAll('style')].some((style) => style.textContent.includes('cw-worker-card[data-cw-light]')),
        call: getComputedStyle(document.querySelector('cw-worker-card [part~="phone"]')).backgroundColor,
      }));
      assert(styled.sheet && styled.call !== 'rgba(0, 0, 0, 0)', `the light-DOM card is unstyled: ${JSON.stringify(styled)}`);
      assert(!errors.length, `page errors: ${errors.join(' | ')}`);
    });
  } finally {
    await browser.close();
    await server.kill();
    await site.close();
  }
}, 90_000);
