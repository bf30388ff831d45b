#!/usr/bin/env node
/**
 * Layout shift while the widgets load: the demo article and the embedding pages, served from the built dist/ with
 * the loader, at 1280 and 360 px, normal and elder mode. Prints CLS per page and which widget caused each shift,
 * and saves full-page screenshots to /tmp/cw-embed-*.png.
 *
 * Measured in a normal window (what a resident's CLS is), and in a window tall enough to hold the whole page, so
 * shifts below the fold are caught and attributed too. Two things fail the run:
 * - the upgrade itself shifting anything (every form, data that never arrives): the loader's reservation must
 *   equal each widget's loading state, so this must be 0.000;
 * - the demo article's CLS in a normal window above 0.1 (the "good" threshold; the target is 0.00).
 * Shifts when data arrives (a widget growing from its loading height to its content) are reported per widget.
 *
 *   npm run build && node e2e/embedding-cls.mjs
 */
import { existsSync } from 'node:fs';
import { assert, check, launch, requireDist, runChecks } from './lib/checks.mjs';
import { layoutShifts, recordLayoutShifts } from './lib/layout-shift.mjs';
import { settleWidgets } from './lib/page-probes.mjs';
import { DIST, startSite } from './lib/static-server.mjs';

const PAGES = { 'demo article': '/', 'link form': '/community/link-form.html', 'upgrade only': '/community/upgrade-only.html' };
const WIDTHS = { 1280: 900, 360: 740 };
/** [page, width, elder, whole page in view] — elder and the tall window on the demo article, where all four widgets are. */
const RUNS = [
  ...[1280, 360].flatMap((width) => [
    ['demo article', width, false, false],
    ['demo article', width, true, false],
    ['demo article', width, false, true],
    ['link form', width, false, false],
    ['upgrade only', width, false, true],
  ]),
];
const GOOD = 0.1;

/** Every embedding form, with data that never arrives: only the upgrade (fallback → loading state) can shift. */
const UPGRADE_ONLY = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>upgrade only</title>
<link rel="stylesheet" href="/community/page.css">
<script type="application/json" id="cw-config">{ "data": "/data/never.json" }</script>
<script type="module" blocking="render" src="/static/cw/loader.js"></script></head><body><main class="page"><h1>升级时不应移动</h1>
<cw-worker-card worker="W-0501"><p>工作电话 <a href="tel:0519-86605551">0519-86605551</a></p></cw-worker-card><p>after card</p>
<cw-grid-map><p>网格地图 <a href="/community/services.html#grids">文字版</a></p></cw-grid-map><p>after map</p>
<cw-satisfaction-survey survey="S-HCP-2026"><p>请拨打 0519-86600000 评价</p></cw-satisfaction-survey><p>after survey</p>
<cw-volunteer-signup community="朝二社区"><p>报名请致电 0519-86604404</p></cw-volunteer-signup><p>after signup</p>
<p><a href="/community/services.html?cw=worker-card&worker=W-0501">网格长联系方式</a></p><p>after link</p>
<div data-cw="worker-card" data-worker="W-0501"><p>网格长联系方式</p></div><p>after block</p></main></body></html>`;

await runChecks(async () => {
  requireDist(existsSync, DIST);
  // The shift figure is about the widgets, so the page runs without the CSP here (embedding-csp.mjs checks it).
  const site = await startSite({ csp: false, hang: ['/data/never.json'], pages: { '/community/upgrade-only.html': UPGRADE_ONLY } });
  const browser = await launch();
  const rows = [];
  try {
    for (const [label, width, elder, tall] of RUNS) {
      const mode = `${label} ${width}px${elder ? ' elder' : ''}${tall ? ' (whole page in view)' : ''}`;
      const context = await browser.newContext({ viewport: { width, height: tall ? 6000 : WIDTHS[width] } });
      await recordLayoutShifts(context);
      // The demo portal keeps 长者模式 in localStorage and applies it before first paint (demo/public/js/prefs.js).
      if (elder) await context.addInitScript(() => localStorage.setItem('tn-portal:elder', '1'));
      const page = await context.newPage();
      await page.goto(`${site.origin}${PAGES[label]}`, { waitUntil: 'domcontentloaded' });
      if (label === 'upgrade only') await page.waitForTimeout(1500);
      else await settleWidgets(page);
      await page.waitForTimeout(500);
      const { total, shifts } = await layoutShifts(page);
      rows.push({ mode, total, tall, shifts });
      if (!tall) await page.screenshot({ path: `/tmp/cw-embed-${label.replace(/\s+/g, '-')}-${width}${elder ? '-elder' : ''}.png`, fullPage: true });
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }

  console.log('\n| page | CLS | shifts blamed on |');
  console.log('|---|---|---|');
  for (const row of rows) {
    const blamed = new Map();
    for (const shift of row.shifts) {
      // A shift moves up to five nodes; its score is shared among the widgets blamed for them.
      const culprits = [...new Set(shift.sources.map((source) => source.blame))];
      for (const culprit of culprits) blamed.set(culprit, (blamed.get(culprit) ?? 0) + shift.value / culprits.length);
    }
    const who = [...blamed].map(([what, value]) => `${what} ${value.toFixed(3)}`).join(', ') || '–';
    console.log(`| ${row.mode} | ${row.total.toFixed(3)} | ${who} |`);
  }
  if (process.argv.includes('--verbose')) for (const row of rows) console.log(row.mode, JSON.stringify(row.shifts, null, 1));
  console.log('');

  for (const row of rows.filter((r) => r.mode.startsWith('upgrade only'))) {
    await check(`no shift from the upgrade itself, ${row.mode}: ${row.total.toFixed(3)}`, () => assert(row.total === 0, `CLS ${row.total.toFixed(4)}`));
  }
  for (const row of rows.filter((r) => r.mode.startsWith('demo article') && !r.tall)) {
    await check(`CLS ${row.mode}: ${row.total.toFixed(3)} ≤ ${GOOD}`, () => assert(row.total <= GOOD, `CLS ${row.total.toFixed(3)}`));
  }
});
