/**
 * Survey suite: the production build of a page with `<cw-satisfaction-survey>` beside the same ten questions in
 * SurveyJS (survey-core + survey-js-ui) and as a static HTML form with no script. Measures gzip bytes of the JS+CSS
 * each page loads, time to the first question painted, and long tasks during load; medians over fresh pages, under
 * a mid-range-phone CPU (4× slowdown), on a local network and on a slow mobile one.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildPage } from '../lib/build-page.mjs';
import { buildNode } from '../../scripts/build-node.mjs';
import { serveDirectory } from '../lib/serve.mjs';
import { median } from '../lib/stats.mjs';
import { staticFormHtml } from '../survey/static-form.mjs';

const VARIANTS = ['static', 'cw', 'cw-hant', 'cw-dist', 'cw-loader', 'cw-prerendered', 'surveyjs'];
const LABEL = {
  static: 'static HTML form (no script)',
  cw: 'cw-satisfaction-survey, entry built alone',
  'cw-hant': 'cw-satisfaction-survey built alone, on a zh-Hant (繁體) page',
  'cw-prerendered': 'cw-satisfaction-survey built alone, with its pre-rendered form inside the tag',
  'cw-dist': 'cw-satisfaction-survey, from the full dist/',
  'cw-loader': 'cw-satisfaction-survey, from the full dist/ through loader.js (the README\'s embed)',
  surveyjs: 'SurveyJS 2 (core + js-ui)',
};
const NETWORKS = {
  local: { label: 'local network', conditions: undefined },
  // A slow mobile link (Lighthouse's "slow 4G"): where every kilobyte and every round trip shows.
  'slow-4g': { label: 'slow 4G (150 ms RTT, 1.6 Mbit/s)', conditions: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 } },
};
const CPU_SLOWDOWN = 4;
/** After the first question: long enough for idle work (the outbox chunk) to show up as long tasks too. */
const SETTLE_MS = 1500;

const benchDir = fileURLToPath(new URL('../survey/', import.meta.url));
const definition = JSON.parse(await readFile(join(benchDir, 'definition.json'), 'utf8'));
const FIRST_TITLE = definition.questions[0].title;
// On a zh-Hant page the widget shows the title in Traditional characters, converted by the same opencc-js table.
const FIRST_TITLE_HANT = await traditionalOf(FIRST_TITLE);

export default {
  name: 'survey',
  description: 'cw-satisfaction-survey vs SurveyJS vs a static HTML form: gzip JS+CSS, first question painted, long tasks',
  async run({ browser, quick, log }) {
    const runs = quick ? 2 : 7;
    const pages = await buildPages(log);
    const chromium = await browser();
    const results = {};
    let sizes;
    try {
      for (const [network, profile] of Object.entries(NETWORKS)) {
        for (const variant of VARIANTS) {
          const key = `${network}:${variant}`;
          results[key] = [];
          for (let run = 0; run < runs; run++) {
            const r = await measure(chromium, pages[variant], profile.conditions);
            results[key].push(r);
            log(`${network} ${variant} run ${run + 1}: first question ${r.firstQuestion.toFixed(0)} ms, ${r.longTasks.length} long tasks`);
          }
        }
      }
      sizes = Object.fromEntries(VARIANTS.map((v) => [v, sizeOf(pages[v], results[`local:${v}`][0].loaded)]));
      // What a resident's answering adds (the outbox comes at the first focus): the total a survey needs.
      for (const v of VARIANTS.filter((v) => v.startsWith('cw'))) sizes[v].answered = sizeOf(pages[v], await loadedAfterAnswering(chromium, pages[v]));
    } finally {
      await Promise.all(Object.values(pages).map((page) => page.dispose()));
    }

    const sizeRows = VARIANTS.map((v) => [
      LABEL[v],
      kb(sizes[v].js),
      kb(sizes[v].css),
      kb(sizes[v].js + sizes[v].css),
      ratio(sizes[v].js + sizes[v].css, sizes.surveyjs.js + sizes.surveyjs.css),
      kb(sizes[v].html),
      kb(sizes[v].allBuilt),
      String(sizes[v].files),
      // SurveyJS loads everything up front; the static form has no script.
      kb((sizes[v].answered ?? sizes[v]).js + (sizes[v].answered ?? sizes[v]).css),
    ]);

    const timingRows = [];
    for (const [network, profile] of Object.entries(NETWORKS)) {
      const base = median(results[`${network}:static`].map((r) => r.firstQuestion));
      for (const v of VARIANTS) {
        const rs = results[`${network}:${v}`];
        const first = median(rs.map((r) => r.firstQuestion));
        timingRows.push([
          profile.label,
          LABEL[v],
          ms(first),
          ratio(first, base),
          v.startsWith('cw') ? ms(median(rs.map((r) => r.widget))) : '–',
          median(rs.map((r) => r.layoutShift)).toFixed(3),
          ms(median(rs.map((r) => r.fcp))),
          String(median(rs.map((r) => r.longTasks.length))),
          ms(median(rs.map((r) => Math.max(0, ...r.longTasks)))),
          ms(median(rs.map((r) => r.longestScript))),
          ms(median(rs.map((r) => r.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)))),
          String(rs.length),
        ]);
      }
    }

    return [
      {
        title: 'Survey page weight (production build, minified, gzip -9)',
        columns: ['page', 'JS gz KB', 'CSS gz KB', 'JS+CSS gz KB', '× SurveyJS', 'HTML gz KB', 'all built JS+CSS gz KB', 'files loaded', 'JS+CSS gz KB after answering'],
        rows: sizeRows,
        notes: [
          `The same ${definition.questions.length} questions in each page (${[...new Set(definition.questions.map((q) => q.kind))].join(', ')}), one showIf.`,
          'JS+CSS = what the page actually requested until it settled. cw: `elements/satisfaction-survey.js` built by vite.config.ts (lit bundled, styles in JS) and the static adapter + validation chunks it loads for `src` — "built alone" with CW_ENTRY (chunks hold only what the survey uses), "from the full dist/" as a portal copies it (chunks shared by all entries, so some hold code the survey does not use); the outbox + IndexedDB chunk (about 4.3 KB) loads when the resident first focuses the form, so an untouched page does not request it; its data file is not counted (SurveyJS has its JSON inside the bundle). SurveyJS: a Vite app build of survey-core + survey-js-ui + survey-core.min.css.',
          '"through loader.js": the same dist/ embedded as the README says, with the loader script, which preloads the survey\'s chunks and the static adapter\'s with the element\'s file.',
          '"all built" = every JS/CSS file of the build, loaded or not.',
          '"after answering" = JS+CSS loaded by a page in which a resident has focused the form, chosen a rating and pressed submit (the outbox and everything the answering path loads), i.e. the total the survey needs.',
        ],
      },
      {
        title: `Survey load, ${quick ? 'quick' : 'full'} run (headless Chromium, CPU ${CPU_SLOWDOWN}× slower, 390×844, medians)`,
        columns: ['network', 'page', 'first question painted ms', '× static', 'widget form painted ms', 'layout shift', 'FCP ms', 'long tasks', 'longest task ms', 'longest script ms', 'blocking time ms', 'runs'],
        rows: timingRows,
        notes: [
          `first question painted: from navigation start to the first frame after the first question's title ("${FIRST_TITLE}", on the zh-Hant page "${FIRST_TITLE_HANT}") is in the DOM and laid out, found by a rAF probe that walks open shadow roots; the same probe runs in every page. For the pre-rendered page that is its plain form, which the resident can already answer.`,
          'widget form painted: the same, for the widget\'s own form (in the pre-rendered page: when it has taken the plain form over).',
          `layout shift: the page's cumulative layout shift score until ${SETTLE_MS} ms after the first question (the pre-rendered form is replaced by the widget's, which is laid out differently).`,
          `long tasks: PerformanceObserver('longtask') from navigation until ${SETTLE_MS} ms after the first question; blocking time = Σ (task − 50 ms).`,
          'longest script: the longest single run of one of the page\'s scripts (module evaluation, callback, promise continuation), less the style and layout it forced, in any long animation frame of the same period (PerformanceObserver(\'long-animation-frame\')): a long task may be the browser\'s own HTML parsing and layout, which the static form has too.',
          'Every run is a fresh page with no HTTP cache (the server sends no-store); HTML, JS, CSS and JSON go gzip-encoded, as from a portal\'s server, so the slow network carries the bytes the size table counts.',
        ],
      },
    ];
  },
};

async function buildPages(log) {
  log('building the cw element (library mode), the SurveyJS page and the static page');
  const cw = await buildLibrary('elements/satisfaction-survey');
  const cwDist = await buildLibrary(undefined);
  for (const page of [cw, cwDist]) {
    await copyFile(join(benchDir, 'cw', 'index.html'), join(page.dir, 'index.html'));
    await writeFile(join(page.dir, 'data.json'), JSON.stringify({ surveys: [definition] }));
  }
  // The plain form a portal's server would put inside the tag, written by the library's own pre-rendering.
  const nodeDir = await mkdtemp(join(tmpdir(), 'cw-bench-node-'));
  await buildNode(nodeDir);
  const { surveyFallbackFromData } = await import(join(nodeDir, 'survey-fallback.js'));
  const prerendered = await surveyFallbackFromData({ surveys: [definition] }, definition.id);
  await rm(nodeDir, { recursive: true, force: true });
  const cwHtml = await readFile(join(benchDir, 'cw', 'index.html'), 'utf8');
  const emptyTag = '<cw-satisfaction-survey survey="S-BENCH" src="./data.json"></cw-satisfaction-survey>';
  if (!cwHtml.includes(emptyTag)) throw new Error('bench/survey/cw/index.html: the survey tag changed');
  // Its stylesheet inline, as the static form's: a portal adds these rules to the stylesheet its pages load anyway.
  const fallbackCss = await readFile(fileURLToPath(new URL('../../src/themes/survey-fallback.css', import.meta.url)), 'utf8');
  const preHtml = cwHtml.replace('</head>', `<style>\n${fallbackCss}</style>\n</head>`).replace(emptyTag, emptyTag.replace('></', `>\n${prerendered}\n</`));
  await writeFile(join(cw.dir, 'pre.html'), preHtml);
  // The same page in a portal's 繁體 edition: the widget follows the page's language and converts the data.
  await writeFile(join(cw.dir, 'hant.html'), cwHtml.replace('<html lang="zh-Hans">', '<html lang="zh-Hant">'));
  await writeFile(join(cwDist.dir, 'loader.html'), cwHtml.replace('./elements/satisfaction-survey.js', './loader.js'));
  const surveyjs = await buildPage(join(benchDir, 'surveyjs'));
  const staticDir = await mkdtemp(join(tmpdir(), 'cw-bench-static-'));
  await writeFile(join(staticDir, 'index.html'), staticFormHtml(definition));
  const pages = { cw, 'cw-dist': cwDist, surveyjs, static: { dir: staticDir, dispose: () => rm(staticDir, { recursive: true, force: true }) } };
  for (const page of Object.values(pages)) {
    const server = await serveDirectory(page.dir);
    page.url = server.url;
    const dispose = page.dispose;
    page.dispose = async () => {
      await server.close();
      await dispose();
    };
  }
  // Same build and server as `cw`, another page.
  pages['cw-prerendered'] = { dir: cw.dir, url: new URL('pre.html', cw.url).href, dispose: async () => {} };
  // Its first question counts once shown in Traditional characters, not while still Simplified.
  pages['cw-hant'] = { dir: cw.dir, url: new URL('hant.html', cw.url).href, firstTitle: FIRST_TITLE_HANT, dispose: async () => {} };
  // The full dist/ as a portal embeds it: the loader script instead of the element's own file.
  pages['cw-loader'] = { dir: cwDist.dir, url: new URL('loader.html', cwDist.url).href, dispose: async () => {} };
  return pages;
}

/**
 * The element's production bundle, built with the project's own vite.config.ts (ES modules, minified, lit bundled,
 * lazily loaded parts in chunks, CSS literals squeezed). With `entry` (CW_ENTRY) only that entry is built, so its
 * chunks hold only what the survey uses; without, it is the whole dist/ a portal copies, whose chunks are shared
 * by all entries and so are cut differently.
 */
async function buildLibrary(entry) {
  const dir = await mkdtemp(join(tmpdir(), 'cw-bench-survey-'));
  const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
  const previous = process.env.CW_ENTRY;
  if (entry) process.env.CW_ENTRY = entry;
  else delete process.env.CW_ENTRY;
  try {
    await build({
      root: projectRoot,
      configFile: join(projectRoot, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    if (previous === undefined) delete process.env.CW_ENTRY;
    else process.env.CW_ENTRY = previous;
  }
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs in every page before its own scripts: records long tasks and when the first question is painted. */
function probe(title) {
  const bench = (window.__bench = { longTasks: [], longestScript: 0, firstQuestion: 0, widget: NaN, layoutShift: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    // A long task may be the browser's own layout (the static form has one): the frames' script entries say how
    // long any one of the page's scripts ran without a break. Not this probe's (no source URL), and without the
    // layout a script forced (this probe's rAF callback measures the form, and so lays it out).
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        for (const script of frame.scripts) {
          if (!script.sourceURL) continue;
          bench.longestScript = Math.max(bench.longestScript, script.duration - script.forcedStyleAndLayoutDuration);
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No long-task or layout-shift support: reported as none.
  }
  const afterFrame = (record) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(0);
  };
  const widgetTick = () => {
    const form = document.querySelector('cw-satisfaction-survey')?.shadowRoot?.querySelector('form[part="form"]:not([hidden])');
    if (form && form.getBoundingClientRect().height > 0) return afterFrame((t) => (bench.widget = t));
    requestAnimationFrame(widgetTick);
  };
  requestAnimationFrame(widgetTick);
  const shown = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE && node.data.includes(title) && node.parentElement?.getBoundingClientRect().width > 0) return true;
      if (node.shadowRoot && shown(node.shadowRoot)) return true;
    }
    return false;
  };
  const tick = () => {
    if (document.body && shown(document.body)) {
      // A task queued in this frame's rAF runs after the frame is rendered: close to "painted".
      afterFrame((t) => (bench.firstQuestion = t));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function measure(chromium, page, conditions) {
  const context = await chromium.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  const loaded = new Set();
  tab.on('response', (response) => loaded.add(new URL(response.url()).pathname));
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    if (conditions) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', conditions);
    }
    await tab.addInitScript(probe, page.firstTitle ?? FIRST_TITLE);
    await tab.goto(page.url);
    await tab.waitForFunction(() => window.__bench?.firstQuestion > 0, undefined, { timeout: 60_000, polling: 50 });
    await tab.waitForTimeout(SETTLE_MS);
    const { firstQuestion, widget, layoutShift, longTasks, longestScript, fcp } = await tab.evaluate(() => ({
      ...window.__bench,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    return { firstQuestion, widget, layoutShift, longTasks, longestScript, fcp, loaded: [...loaded] };
  } finally {
    await context.close();
  }
}

/** The paths a cw page has loaded once a resident has focused its form, chosen 不满意 and pressed submit. */
async function loadedAfterAnswering(chromium, page) {
  const context = await chromium.newContext({ viewport: { width: 390, height: 844 } });
  const tab = await context.newPage();
  const loaded = new Set();
  tab.on('response', (response) => loaded.add(new URL(response.url()).pathname));
  try {
    await tab.goto(page.url);
    // The widget's own form once in view (on the pre-rendered page it is built hidden behind the plain one first).
    const form = tab.locator('cw-satisfaction-survey form[part="form"]:not([hidden])');
    await form.locator('input[value="dissatisfied"]').first().check({ force: true });
    await form.locator('[part~="submit"]').click();
    await tab.waitForLoadState('networkidle');
    return [...loaded];
  } finally {
    await context.close();
  }
}

/** gzip -9 sizes of what the page loaded, by type, and of every JS/CSS file the build produced. */
function sizeOf(page, loadedPaths) {
  const gz = (file) => gzipSync(readFileSyncSafe(file), { level: 9 }).length;
  const sizes = { js: 0, css: 0, html: 0, allBuilt: 0, files: 0 };
  for (const path of loadedPaths) {
    const file = join(page.dir, path.endsWith('/') ? `${path}index.html` : path);
    const ext = extname(file);
    if (ext === '.js') sizes.js += gz(file);
    else if (ext === '.css') sizes.css += gz(file);
    else if (ext === '.html') sizes.html += gz(file);
    else continue;
    sizes.files++;
  }
  for (const file of listFiles(page.dir)) if (['.js', '.css'].includes(extname(file))) sizes.allBuilt += gz(file);
  return sizes;
}

function readFileSyncSafe(file) {
  try {
    return readFileSync(file);
  } catch {
    return Buffer.alloc(0);
  }
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** `text` in Traditional characters, as the widget converts it (opencc-js, the Simplified → Traditional table). */
async function traditionalOf(text) {
  const [{ ConverterFactory }, { default: characters }] = await Promise.all([import('opencc-js/core'), import('opencc-js/dict/STCharacters')]);
  return ConverterFactory([characters])(text);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (v) => (Number.isFinite(v) ? v.toFixed(0) : '–');
const ratio = (v, base) => (Number.isFinite(v) && Number.isFinite(base) && base > 0 ? `${(v / base).toFixed(2)}×` : '–');
