/**
 * Page suite: the demo portal page as a resident loads it, all four widgets on the embedded default data,
 * beside the same page with the widget script removed (what a browser without scripts, or before upgrade,
 * shows). Each run is a fresh page in the same Chromium; figures are medians over runs. Last, the page once
 * more in the portal's 长者模式 at 1280 and 360 px, measured for the smallest target and the lowest contrast.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { heapAfterGc } from '../lib/browser.mjs';
import { serveDirectory } from '../lib/serve.mjs';
import { median } from '../lib/stats.mjs';

const WIDGETS = ['grid-map', 'worker-card', 'satisfaction-survey', 'volunteer-signup'];

/** Collects, from the first script on: when each widget said `cw-ready`, paint timings and layout shifts. */
function instrument() {
  window.__cw = { ready: {}, cls: 0 };
  document.addEventListener('cw-ready', (event) => {
    window.__cw.ready[event.detail.widget] ??= performance.now();
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cw.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

async function buildDemo() {
  const dir = await mkdtemp(join(tmpdir(), 'cw-bench-page-'));
  await build({
    configFile: fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false },
  });
  // The baseline: the same page and data without the module script, so only the widgets' cost differs.
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  await writeFile(join(dir, 'no-widgets.html'), html.replace(/<script type="module"[^>]*><\/script>/g, ''));
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

async function measure(context, url, withWidgets) {
  const page = await context.newPage();
  await page.addInitScript(instrument);
  try {
    await page.goto(`${url}${withWidgets ? 'index.html' : 'no-widgets.html'}`, { waitUntil: 'load' });
    if (withWidgets) {
      await page.waitForFunction((n) => Object.keys(window.__cw.ready).length >= n, WIDGETS.length, { timeout: 20_000 }).catch(() => {});
    }
    await page.waitForTimeout(500); // let late layout shifts land
    const result = await page.evaluate(() => ({
      ready: window.__cw.ready,
      cls: window.__cw.cls,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      load: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN,
      transferred: performance.getEntriesByType('resource').reduce((sum, r) => sum + (r.encodedBodySize || 0), 0),
    }));
    return { ...result, heap: await heapAfterGc(page) };
  } finally {
    await page.close();
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * With the portal's 长者模式 on: the smallest interactive target in any widget (a radio counts with its label,
 * each measured while focused) and the lowest text contrast axe finds (its AAA rule reports every ratio).
 */
async function measureElder(context, url, width) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript(instrument);
  // As a returning resident has it: the portal's own saved 长者模式 choice (its script owns the <html> class).
  await page.addInitScript(() => localStorage.setItem('tn-portal:elder', '1'));
  try {
    await page.goto(`${url}index.html`, { waitUntil: 'load' });
    await page.waitForFunction((n) => Object.keys(window.__cw.ready).length >= n, WIDGETS.length, { timeout: 20_000 });
    await page.waitForTimeout(500);
    await page.addScriptTag({ content: axeSource });
    return await page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('cw-grid-map, cw-worker-card, cw-satisfaction-survey, cw-volunteer-signup')];
      let target = { size: Infinity, where: '' };
      let contrast = { ratio: Infinity, where: '' };
      for (const widget of widgets) {
        const root = widget.shadowRoot ?? widget;
        for (const control of root.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [role=option]')) {
          if (!control.getClientRects().length || control.closest('.leaflet-control-attribution')) continue;
          control.focus({ preventScroll: true });
          const label = control.labels?.[0] ?? control.closest('label');
          const own = control.getBoundingClientRect();
          const labelBox = label?.getBoundingClientRect();
          const box = labelBox && labelBox.width * labelBox.height > own.width * own.height ? labelBox : own;
          const size = Math.min(box.width, box.height);
          if (size < target.size) target = { size, where: `${widget.localName} ${control.localName}` };
        }
        const result = await window.axe.run(widget, { runOnly: ['color-contrast-enhanced'], resultTypes: ['passes', 'violations'] });
        for (const rule of [...result.passes, ...result.violations]) {
          for (const node of rule.nodes) {
            const ratio = node.any?.[0]?.data?.contrastRatio;
            if (ratio && ratio < contrast.ratio) contrast = { ratio, where: widget.localName };
          }
        }
      }
      return { target, contrast };
    });
  } finally {
    await page.close();
  }
}

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'not ready');
const mb = (v) => `${(v / 1024 / 1024).toFixed(1)} MB`;

export default {
  name: 'page',
  description: 'demo portal page: each widget to cw-ready, paint, JS heap, layout shift — with vs without widgets',
  async run({ browser, quick, log }) {
    const runs = quick ? 3 : 7;
    const demo = await buildDemo();
    const server = await serveDirectory(demo.dir);
    const chromium = await browser();
    const context = await chromium.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    const samples = { with: [], without: [] };
    try {
      for (let run = 0; run < runs; run++) {
        // Alternate the variants so machine load affects both alike.
        samples.without.push(await measure(context, server.url, false));
        samples.with.push(await measure(context, server.url, true));
        log(`run ${run + 1}/${runs}: ready ${JSON.stringify(samples.with.at(-1).ready)}`);
      }
      for (const width of [1280, 360]) samples[`elder${width}`] = await measureElder(context, server.url, width);
    } finally {
      await context.close();
      await server.close();
      await demo.dispose();
    }
    const m = (variant, pick) => median(samples[variant].map(pick));
    const rows = WIDGETS.map((widget) => [`<cw-${widget}> ready`, ms(m('with', (s) => s.ready[widget] ?? NaN)), '–', '–']);
    const fcpWith = m('with', (s) => s.fcp);
    const fcpWithout = m('without', (s) => s.fcp);
    rows.push(['first contentful paint', ms(fcpWith), ms(fcpWithout), `${(fcpWith / fcpWithout).toFixed(2)}×`]);
    const heapWith = m('with', (s) => s.heap);
    const heapWithout = m('without', (s) => s.heap);
    rows.push(['JS heap after load (after GC)', mb(heapWith), mb(heapWithout), `${(heapWith / heapWithout).toFixed(2)}×`]);
    rows.push(['bytes fetched (encoded)', mb(m('with', (s) => s.transferred)), mb(m('without', (s) => s.transferred)), '–']);
    rows.push(['cumulative layout shift', m('with', (s) => s.cls).toFixed(3), m('without', (s) => s.cls).toFixed(3), '–']);
    for (const width of [1280, 360]) {
      const { target, contrast } = samples[`elder${width}`];
      rows.push([`长者模式 at ${width} px: smallest target`, `${target.size.toFixed(1)} px (${target.where})`, '≥ 60 px required', '–']);
      rows.push([`长者模式 at ${width} px: lowest text contrast`, `${contrast.ratio.toFixed(2)}:1 (${contrast.where})`, '≥ 7:1 required', '–']);
    }
    return [
      {
        title: `Demo page, ${runs} runs each, medians (times from navigation start)`,
        columns: ['metric', 'with widgets', 'page without widgets', 'ratio'],
        rows,
        notes: ['"page without widgets" is the same built page with its module script removed: the fallback content only.'],
      },
    ];
  },
};
