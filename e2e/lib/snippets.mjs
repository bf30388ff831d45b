import { readFileSync } from 'node:fs';

/** The ```html cms blocks of one page in docs/embedding/: the snippets editors copy, and the tests check. */
export function docSnippets(page) {
  const markdown = readFileSync(new URL(`../../docs/embedding/${page}`, import.meta.url), 'utf8');
  return [...markdown.matchAll(/```html cms\n([\s\S]*?)```/g)].map((match) => match[1].trim());
}

/** A page holding the given article HTML, the demo data in the page config, and the loader. */
export function articlePage(title, body) {
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/community/page.css">
<script type="application/json" id="cw-config">{ "data": "/data/tianning.json" }</script>
<script type="module" blocking="render" src="/static/cw/loader.js"></script></head>
<body><main class="page">${body}</main></body></html>`;
}
