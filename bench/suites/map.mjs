/**
 * Grid map suite: the canvas-tile engine beside plain Leaflet (SVG renderer and canvas renderer) on the same
 * generated grids, in the same Chromium. Each run gets a fresh page; metrics are medians over runs.
 */
import { fileURLToPath } from 'node:url';
import { buildPage } from '../lib/build-page.mjs';
import { heapAfterGc } from '../lib/browser.mjs';
import { serveDirectory } from '../lib/serve.mjs';
import { median, quantile } from '../lib/stats.mjs';

const KINDS = ['engine', 'leaflet-canvas', 'leaflet-svg'];
const LABEL = { engine: 'cw engine (canvas tiles)', 'leaflet-canvas': 'Leaflet canvas', 'leaflet-svg': 'Leaflet SVG' };

export default {
  name: 'map',
  description: 'cw-grid-map engine vs plain Leaflet: add+paint, pan/zoom frames, click→select, heap',
  async run({ browser, quick, log }) {
    const sizes = [1_000, 10_000, 50_000];
    const settings = quick
      ? { runs: 1, panFrames: 40, zoomSteps: 2, clicks: 5, capMs: 3_000 }
      : { runs: 3, panFrames: 90, zoomSteps: 4, clicks: 8, capMs: 5_000 };

    const page = await buildPage(fileURLToPath(new URL('../map/', import.meta.url)));
    const server = await serveDirectory(page.dir);
    const chromium = await browser();
    const context = await chromium.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 });
    const results = new Map();
    let wrongClicks = 0;
    try {
      for (const n of sizes) {
        // Leaflet SVG at 50k takes seconds per frame; fewer runs keep the suite within a few minutes.
        for (let run = 0; run < settings.runs; run++) {
          for (const kind of KINDS) {
            if (kind === 'leaflet-svg' && n >= 50_000 && run > 0) continue;
            const t = performance.now();
            const r = await measure(context, server.url, kind, n, settings);
            wrongClicks += kind === 'engine' ? r.wrong : 0;
            const key = `${n}:${kind}`;
            if (!results.has(key)) results.set(key, []);
            results.get(key).push(r);
            log(`${n} ${kind} run ${run + 1}: add ${r.addMs.toFixed(0)} ms, pan p95 ${r.panP95.toFixed(1)} ms (${((performance.now() - t) / 1000).toFixed(1)} s)`);
          }
        }
      }
    } finally {
      await context.close();
      await server.close();
      await page.dispose();
    }

    const rows = [];
    for (const n of sizes) {
      const base = summarize(results.get(`${n}:leaflet-canvas`));
      for (const kind of KINDS) {
        const s = summarize(results.get(`${n}:${kind}`));
        rows.push([
          n.toLocaleString('en'),
          LABEL[kind],
          ms(s.addMs),
          ratio(s.addMs, base.addMs),
          `${ms(s.panMedian, 1)} / ${ms(s.panP95, 1)}`,
          ratio(s.panP95, base.panP95),
          `${ms(s.zoomP95, 1)} / ${ms(s.zoomMax, 0)}`,
          ms(s.clickMs, 2),
          ratio(s.clickMs, base.clickMs),
          (s.heap / 2 ** 20).toFixed(1),
          String(s.runs),
        ]);
      }
    }
    return [
      {
        title: `Grid map, ${quick ? 'quick' : 'full'} run (1024×768, headless Chromium, medians over runs)`,
        columns: ['grids', 'renderer', 'add + first paint ms', '× canvas', 'pan frame p50 / p95 ms', '× canvas', 'zoom frame p95 / max ms', 'click → select ms', '× canvas', 'heap MB', 'runs'],
        rows,
        notes: [
          'add + first paint: data handed over → every visible tile/path drawn and two frames produced (map creation not timed).',
          `pan: ${settings.panFrames} frames of panBy(14 px, animate: false), a move end per frame; zoom: ${settings.zoomSteps} animated ±1 zooms incl. redraw; frame = rAF-to-rAF interval; each capped at ${settings.capMs / 1000} s.`,
          'click: mousedown/mouseup/click dispatched on the element under a known grid → the select callback; heap: used JS heap + ArrayBuffer stores after GC, with the layer minus without (canvas bitmaps not included).',
          `engine clicks that selected the wrong grid: ${wrongClicks}.`,
        ],
      },
    ];
  },
};

async function measure(context, url, kind, n, { panFrames, zoomSteps, clicks, capMs }) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'mapBench' in window);
    await page.evaluate((count) => window.mapBench.prepare(count), n);
    const heapBefore = await heapAfterGc(page);
    const addMs = await page.evaluate((k) => window.mapBench.add(k), kind);
    const heap = (await heapAfterGc(page)) - heapBefore;
    const clickResults = await page.evaluate((c) => window.mapBench.clicks(c), clicks);
    const pan = await page.evaluate(([f, cap]) => window.mapBench.pan(f, cap), [panFrames, capMs]);
    const zoom = await page.evaluate(([s, cap]) => window.mapBench.zoom(s, cap), [zoomSteps, capMs * 1.6]);
    return {
      addMs,
      heap,
      clickMs: median(clickResults.map(([t]) => t)),
      wrong: clickResults.filter(([, ok]) => !ok).length,
      panMedian: median(pan),
      panP95: quantile(pan, 0.95),
      zoomMax: Math.max(...zoom),
      zoomP95: quantile(zoom, 0.95),
    };
  } finally {
    await page.close();
  }
}

function summarize(runs) {
  const pick = (key) => median(runs.map((r) => r[key]));
  return {
    runs: runs.length,
    addMs: pick('addMs'),
    heap: pick('heap'),
    clickMs: pick('clickMs'),
    panMedian: pick('panMedian'),
    panP95: pick('panP95'),
    zoomMax: pick('zoomMax'),
    zoomP95: pick('zoomP95'),
  };
}

const ms = (v, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const ratio = (v, base) => (Number.isFinite(v) && Number.isFinite(base) && base > 0 ? `${(v / base).toFixed(2)}×` : '–');
