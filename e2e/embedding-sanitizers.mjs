#!/usr/bin/env node
/**
 * Every documented CMS snippet through sanitize-html and js-xss with their default settings (in Node: sanitize-html
 * needs postcss, which does not load in a browser), then served with the built dist/: what the docs promise
 * survives must mount the same widgets, with data, as the unsanitized snippet. (The CSP is embedding-csp.mjs's
 * concern; here it would only repeat the grid map's Trusted Types failure on every page.)
 * DOMPurify runs in the browser test (test/sanitizer.test.ts).
 *
 *   npm run build && node e2e/embedding-sanitizers.mjs
 */
import { existsSync } from 'node:fs';
import sanitizeHtml from 'sanitize-html';
import xss from 'xss';
import { assert, check, launch, requireDist, runChecks } from './lib/checks.mjs';
import { settleWidgets } from './lib/page-probes.mjs';
import { articlePage, docSnippets } from './lib/snippets.mjs';
import { DIST, startSite } from './lib/static-server.mjs';

const SANITIZERS = {
  'sanitize-html': (dirty) => sanitizeHtml(dirty),
  'js-xss': (dirty) => xss(dirty),
};

const describe = (widgets) => widgets.map((w) => `${w.tag}${JSON.stringify(w.attributes)}:${w.state}`).sort();

await runChecks(async () => {
  requireDist(existsSync, DIST);
  const links = docSnippets('link-form.md');
  const blocks = docSnippets('data-attributes.md');
  assert(links.length >= 4 && blocks.length >= 4, 'docs snippets not found');
  const pages = { '/community/original-links.html': articlePage('links', links.join('\n')), '/community/original-blocks.html': articlePage('blocks', blocks.join('\n')) };
  for (const [name, clean] of Object.entries(SANITIZERS)) {
    pages[`/community/${name}-links.html`] = articlePage(`${name} links`, links.map(clean).join('\n'));
    pages[`/community/${name}-blocks.html`] = articlePage(`${name} blocks`, blocks.map(clean).join('\n'));
  }
  const site = await startSite({ pages, csp: false });
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const visit = async (path) => {
      await page.goto(`${site.origin}${path}`);
      return settleWidgets(page);
    };

    const expected = describe(await visit('/community/original-links.html'));
    await check(`the ${links.length} link snippets mount ${links.length} widgets with data`, () => {
      assert(expected.length === links.length, `mounted: ${expected.join(' | ')}`);
      assert(expected.every((w) => w.endsWith(':ready')), `not ready: ${expected.join(' | ')}`);
    });
    for (const name of Object.keys(SANITIZERS)) {
      await check(`${name} keeps every link snippet; the same widgets mount`, async () => {
        const got = describe(await visit(`/community/${name}-links.html`));
        assert(JSON.stringify(got) === JSON.stringify(expected), `got ${got.join(' | ')}\nwant ${expected.join(' | ')}`);
      });
    }

    const original = describe(await visit('/community/original-blocks.html'));
    await check(`the ${blocks.length} data-attribute snippets mount with data (unsanitized)`, () => {
      assert(original.length === blocks.length && original.every((w) => w.endsWith(':ready')), `mounted: ${original.join(' | ')}`);
    });
    for (const name of Object.keys(SANITIZERS)) {
      await check(`${name} drops the data-attribute form as documented, keeping the fallback links`, async () => {
        const got = await visit(`/community/${name}-blocks.html`);
        assert(got.length === 0, `unexpectedly mounted: ${describe(got).join(' | ')}`);
        const fallbackLinks = await page.locator('main a').count();
        assert(fallbackLinks >= blocks.length, `fallback links left: ${fallbackLinks}`);
      });
    }
  } finally {
    await browser.close();
    await site.close();
  }
});
