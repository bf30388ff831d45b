#!/usr/bin/env node
/**
 * The built dist/, copied to a nested path (/static/cw/) of a portal that sends a strict Content-Security-Policy
 * with Trusted Types: every widget upgrades, no policy violation fires, each element file is fetched once, the
 * loader preloads the chunks the elements and their adapter need and the data file (on a zh-Hant page, the Traditional
 * strings and character table too), the global API reaches the elements, and the
 * link/data-attribute forms mount.
 *
 *   npm run build && node e2e/embedding-csp.mjs
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, check, launch, requireDist, runChecks } from './lib/checks.mjs';
import { recordViolations, settleWidgets } from './lib/page-probes.mjs';
import { DIST, distScripts, startSite } from './lib/static-server.mjs';

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/**
 * Where the page's `<link rel="modulepreload">` point, once the loader has added them all. It adds one per task
 * (src/loader/preload.ts), and a widget can be ready before the last is in: on a slow machine it fetched the
 * character table itself first. So this waits until no link has come for half a second (at most 5 s).
 */
async function modulePreloads(page) {
  const read = () => page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname));
  let links = await read();
  for (let quiet = 0, waited = 0; quiet < 500 && waited < 5000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await read();
    quiet = now.length === links.length ? quiet + 50 : 0;
    links = now;
  }
  return links;
}

/** Fails unless a chunk of each name is among the preloaded paths. */
function assertChunksPreloaded(preloaded, chunks) {
  for (const chunk of chunks) {
    assert(preloaded.some((path) => path.startsWith(`/static/cw/chunks/${chunk}-`)), `${chunk} chunk not preloaded: ${preloaded.join()}`);
  }
}

/** Fails when a path was requested more than once. */
function assertFetchedOnce(fetched) {
  const again = fetched.filter((path, i) => fetched.indexOf(path) !== i);
  assert(!again.length, `fetched more than once: ${again.join()}`);
}

/** Waits until the page's worker card reads `wanted` and not `unwanted`; fails with `failure` after `timeout` ms. */
function cardReads(tab, [wanted, unwanted], timeout, failure) {
  const reads = ([includes, excludes]) => {
    const text = document.querySelector('cw-worker-card')?.shadowRoot?.textContent ?? '';
    return text.includes(includes) && !text.includes(excludes);
  };
  return tab.waitForFunction(reads, [wanted, unwanted], { timeout }).catch(() => {
    throw new Error(failure);
  });
}

const PAGES = {
  // No data configured: the card waits in its not-configured state until CommunityWidgets.configure() runs.
  '/community/configure.html': `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>configure</title>
    <script type="module" src="/static/cw/loader.js"></script></head>
    <body><cw-worker-card worker="W-0501"><p>fallback</p></cw-worker-card><cw-wroker-card></cw-wroker-card><cw-wroker-card></cw-wroker-card></body></html>`,
  // A portal's 繁體 edition: the loader also preloads the card's Traditional strings and the character table.
  '/community/hant.html': `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>繁體</title>
    <script type="module" src="/static/cw/loader.js"></script></head>
    <body><cw-worker-card worker="W-0501" src="/data/tianning.json"></cw-worker-card></body></html>`,
};

await runChecks(async () => {
  requireDist(existsSync, DIST);
  const site = await startSite({ pages: PAGES });
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await recordViolations(context);

    await check('dist: loader.js imports no chunk; it and the elements each hold the page config, sharing its state', () => {
      const loader = readFileSync(join(DIST, 'loader.js'), 'utf8');
      const imports = [...loader.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?"([^"]+)"/g)].map((m) => m[1]);
      assert(!imports.length, `loader.js imports ${imports.join(', ')}: one more round trip before any widget loads`);
      const copies = distScripts().filter((file) => readFileSync(file, 'utf8').includes('cw-config-change'));
      const names = copies.map((file) => file.slice(DIST.length + 1)).sort();
      assert(names.length === 2 && names.includes('loader.js') && /^chunks\//.test(names.find((n) => n !== 'loader.js') ?? ''), `files holding the page config: ${names.join(', ')}`);
      for (const file of copies) assert(readFileSync(file, 'utf8').includes('community-widgets.page-config'), `${file} does not keep the page config in the shared global`);
    });

    await check('dist: what a widget runs at start is marked for eager compiling, what loads later is not; maps still line up', async () => {
      const { SourceMapConsumer } = await import('source-map-js');
      const hinted = (file) => readFileSync(file, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
      const chunk = (prefix) => distScripts().find((file) => file.includes(`/chunks/${prefix}-`));
      const startUp = ['elements/satisfaction-survey.js', 'elements/grid-map.js', 'loader.js'].map((file) => join(DIST, file));
      startUp.push(chunk('runtime'), chunk('static-adapter'), chunk('validation'));
      const later = [chunk('outbox-registry'), chunk('internal'), chunk('STCharacters'), chunk('i18n-en-common')];
      for (const file of startUp) assert(file && hinted(file), `${file} lacks the compile hint`);
      for (const file of later) assert(file && !hinted(file), `${file} is loaded later but marked for eager compiling`);
      const runtime = chunk('runtime');
      const code = readFileSync(runtime, 'utf8');
      const at = code.indexOf('cw-config-change');
      const line = code.slice(0, at).split('\n').length;
      const column = at - code.lastIndexOf('\n', at) - 1;
      const source = new SourceMapConsumer(JSON.parse(readFileSync(`${runtime}.map`, 'utf8'))).originalPositionFor({ line, column }).source;
      assert(source?.endsWith('core/page-config.ts'), `the runtime chunk's map puts 'cw-config-change' in ${source}`);
    });

    await check('dist: relative chunk imports and source maps (works copied to any path)', () => {
      for (const file of distScripts()) {
        const code = readFileSync(file, 'utf8');
        // Minified ES output: `import{a as b}from"./chunks/x.js";` statements, and `import("./x.js")` calls.
        const statements = [...code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?"([^"]+)"/g)];
        const calls = [...code.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)];
        const specifiers = [...statements, ...calls].map((m) => m[1]);
        const notRelative = specifiers.filter((spec) => !spec.startsWith('./') && !spec.startsWith('../'));
        assert(!notRelative.length, `${file} imports ${notRelative.join(', ')} (not relative)`);
      }
      assert(existsSync(join(DIST, 'loader.js.map')), 'loader.js.map is missing');
    });

    const page = await context.newPage();
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));

    await check('demo article under the strict CSP: all widgets upgrade, zero violations', async () => {
      const response = await page.goto(`${site.origin}/`);
      assert(response.headers()['content-security-policy']?.includes("require-trusted-types-for 'script'"), 'the CSP header is not sent');
      const widgets = await settleWidgets(page);
      const violations = await page.evaluate(() => window.__cspViolations);
      assert(violations.length === 0, `violations: ${JSON.stringify(violations, null, 1)}`);
      const tags = widgets.map((w) => w.tag).sort();
      assert(tags.join() === 'cw-grid-map,cw-satisfaction-survey,cw-volunteer-signup,cw-worker-card', `widgets found: ${tags.join()}`);
      const notReady = widgets.filter((w) => !w.defined || w.state !== 'ready');
      assert(!notReady.length, `not ready: ${JSON.stringify(notReady)}`);
    });

    await check('each element file is fetched once, and only the ones the page uses', () => {
      const elementRequests = site.requests.filter((path) => path.startsWith('/static/cw/elements/'));
      const counts = Object.fromEntries(elementRequests.map((path) => [path, elementRequests.filter((p) => p === path).length]));
      assert(Object.values(counts).every((n) => n === 1), `fetched more than once: ${JSON.stringify(counts)}`);
      const names = Object.keys(counts).map((path) => path.replace('/static/cw/elements/', '')).sort();
      assert(names.join() === 'grid-map.js,provider.js,satisfaction-survey.js,volunteer-signup.js,worker-card.js', `fetched: ${names.join()}`);
    });

    await check('the loader preloads what the elements import, their data adapter and data file; each is fetched once', async () => {
      const preloaded = await modulePreloads(page);
      assertChunksPreloaded(preloaded, ['runtime', 'satisfaction-survey', 'static-adapter', 'validation']);
      assert(!preloaded.some((path) => path.includes('/rest-adapter-')), 'the REST adapter was preloaded on a page using a data file');
      const traditional = preloaded.filter((path) => /\/(STCharacters|i18n-zh-Hant-)/.test(path));
      assert(!traditional.length, `Traditional Chinese preloaded on a zh-Hans page: ${traditional.join()}`);
      const data = await page.evaluate(() => [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].map((link) => new URL(link.href).pathname));
      assert(data.join() === '/data/tianning.json', `data files preloaded: ${data.join()}`);
      // The widgets' own request takes the preloaded response: one download of each script and of the data.
      const fetched = site.requests.filter((path) => path.endsWith('.js') || path.endsWith('.json'));
      assertFetchedOnce(fetched);
      assert(fetched.includes('/data/tianning.json'), 'the data file was not requested');
    });

    await check('content added later and inside an open shadow root upgrades without new fetches', async () => {
      const before = site.requests.length;
      await page.evaluate(async () => {
        const host = document.createElement('div');
        host.id = 'late-host';
        document.body.append(host);
        const root = host.attachShadow({ mode: 'open' });
        const card = document.createElement('cw-worker-card');
        card.setAttribute('worker', 'W-0501');
        root.append(card);
        const later = document.createElement('cw-worker-card');
        later.id = 'late-card';
        later.setAttribute('worker', 'W-0503');
        document.body.append(later);
        await new Promise((resolve) => setTimeout(resolve, 0));
        await window.CommunityWidgets.ready;
      });
      const states = await page.evaluate(() => [
        document.querySelector('#late-host').shadowRoot.querySelector('cw-worker-card').matches(':defined'),
        document.querySelector('#late-card').matches(':defined'),
      ]);
      assert(states.every(Boolean), `upgraded: ${states}`);
      const refetched = site.requests.slice(before).filter((path) => path.startsWith('/static/cw/elements/'));
      assert(!refetched.length, `fetched again: ${refetched.join()}`);
    });

    await check('on a zh-Hant page the loader preloads the Traditional strings and character table; each is fetched once', async () => {
      const before = site.requests.length;
      await page.goto(`${site.origin}/community/hant.html`);
      const [card] = await settleWidgets(page);
      assert(card?.state === 'ready', `card: ${JSON.stringify(card)}`);
      const text = await page.evaluate(() => document.querySelector('cw-worker-card').shadowRoot.textContent);
      assert(text.includes('網格') && !text.includes('网格'), `the card is not in Traditional characters: ${text.slice(0, 120)}`);
      const preloaded = await modulePreloads(page);
      assertChunksPreloaded(preloaded, ['i18n-zh-Hant-common', 'i18n-zh-Hant-worker-card', 'STCharacters', 'core']);
      const fetched = site.requests.slice(before).filter((path) => path.endsWith('.js'));
      assertFetchedOnce(fetched);
    });

    await check('on a zh-Hant page whose character table is slow, the data shows in Simplified meanwhile, then converts', async () => {
      const slow = await browser.newContext();
      try {
        // Far longer than the widget waits for it (CONVERTER_WAIT_MS, 3 s).
        await slow.route('**/chunks/STCharacters-*.js', (route) => new Promise((resolve) => setTimeout(resolve, 6000)).then(() => route.continue()));
        const tab = await slow.newPage();
        await tab.goto(`${site.origin}/community/hant.html`);
        await cardReads(tab, ['网格', '載入'], 5000, 'no data on screen after 5 s while the character table was still on its way');
        await cardReads(tab, ['網格', '网格'], 15_000, 'the data was not converted once the character table arrived');
      } finally {
        await slow.close();
      }
    });

    await check('on a zh-Hant page that lost the character table to a dropped connection, the data converts once back online', async () => {
      const flaky = await browser.newContext();
      try {
        let connected = false;
        await flaky.route('**/chunks/STCharacters-*.js', (route) => (connected ? route.continue() : route.abort('internetdisconnected')));
        const tab = await flaky.newPage();
        await tab.goto(`${site.origin}/community/hant.html`);
        await cardReads(tab, ['网格', '載入'], 10_000, 'the data is not readable (in Simplified) while the character table cannot be had');
        connected = true;
        await flaky.setOffline(true);
        await flaky.setOffline(false);
        await cardReads(tab, ['網格', '网格'], 10_000, 'the data stayed in Simplified after the browser came back online');
      } finally {
        await flaky.close();
      }
    });

    await check('CommunityWidgets.configure reaches the elements; version matches package.json; unknown tag warns once', async () => {
      warnings.length = 0;
      await page.goto(`${site.origin}/community/configure.html`);
      await page.evaluate(() => window.CommunityWidgets.ready);
      const card = page.locator('cw-worker-card');
      await card.locator('[part~="not-configured"]').waitFor({ timeout: 5000 });
      const api = await page.evaluate(() => ({ version: window.CommunityWidgets.version, keys: Object.keys(window.CommunityWidgets).sort() }));
      assert(api.version === version, `version ${api.version} ≠ ${version}`);
      await page.evaluate(() => window.CommunityWidgets.configure({ data: '/data/tianning.json' }));
      await card.locator('[part="card"]').waitFor({ timeout: 5000 });
      const unknown = warnings.filter((text) => text.includes('<cw-wroker-card>'));
      assert(unknown.length === 1, `warnings about <cw-wroker-card>: ${unknown.length}`);
    });

    await check('link and data-attribute forms mount under the CSP; other links stay links', async () => {
      await page.goto(`${site.origin}/community/link-form.html`);
      const widgets = await settleWidgets(page);
      const summary = widgets.map((w) => `${w.tag}${JSON.stringify(w.attributes)}:${w.state}`);
      const expected = [
        'cw-worker-card{"worker":"W-0501"}:ready',
        'cw-worker-card{"grid":"G-LHSC-01"}:ready',
        'cw-satisfaction-survey{"survey":"S-HCP-2026","heading-level":"3"}:ready',
        'cw-volunteer-signup{"opportunity":"OP-CE-PC-2612"}:ready',
      ];
      assert(JSON.stringify(summary) === JSON.stringify(expected), `widgets: ${summary.join(' | ')}`);
      const kept = await page.evaluate(() => ({
        fallbackLink: document.querySelector('cw-worker-card > a#link-query')?.textContent,
        elsewhere: document.querySelector('#link-elsewhere')?.parentElement?.localName,
        unknown: document.querySelector('#link-unknown')?.parentElement?.localName,
      }));
      assert(kept.fallbackLink?.includes('彭海峰'), 'the link is not kept as the widget fallback');
      assert(kept.elsewhere === 'p' && kept.unknown === 'p', `links that must stay: ${JSON.stringify(kept)}`);
      const violations = await page.evaluate(() => window.__cspViolations);
      assert(violations.length === 0, `violations: ${JSON.stringify(violations)}`);
    });

    await check('the strict-CSP sample page: all widgets ready, zero violations', async () => {
      await page.goto(`${site.origin}/community/strict-csp.html`);
      const widgets = await settleWidgets(page);
      const violations = await page.evaluate(() => window.__cspViolations);
      assert(violations.length === 0, `violations: ${JSON.stringify(violations)}`);
      assert(widgets.length === 4 && widgets.every((w) => w.state === 'ready'), `widgets: ${JSON.stringify(widgets)}`);
    });
    await context.close();
  } finally {
    await browser.close();
    await site.close();
  }
});
