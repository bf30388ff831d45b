/**
 * Cumulative layout shift as Chromium reports it ('layout-shift' entries without recent input), with each shift
 * blamed on a widget: the widget the moved node is inside, or else the nearest widget above it (whose growth
 * pushed it down).
 */

/** Starts recording before the page's first byte is parsed. */
export async function recordLayoutShifts(context) {
  await context.addInitScript(() => {
    const shifts = [];
    Object.defineProperty(window, '__layoutShifts', { value: shifts });
    const widgetTag = /^cw-(grid-map|worker-card|satisfaction-survey|volunteer-signup)$/;
    const describe = (node) => {
      if (!(node instanceof Element)) return node?.nodeName ?? 'unknown';
      return `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
    };
    const blame = (node) => {
      // A widget that moved was pushed by something above it; only what is inside a widget is the widget's own.
      const up = (n) => (n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode);
      for (let n = node && up(node); n; n = up(n)) {
        if (n instanceof Element && widgetTag.test(n.localName)) return `inside <${n.localName}>`;
      }
      if (!(node instanceof Element)) return 'page';
      const top = node.getBoundingClientRect().top;
      const above = [...document.querySelectorAll('cw-grid-map,cw-worker-card,cw-satisfaction-survey,cw-volunteer-signup')]
        .filter((w) => w.getBoundingClientRect().bottom <= top + 1)
        .pop();
      return above ? `below <${above.localName}>` : 'page';
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          sources: (entry.sources ?? []).map((s) => ({ node: describe(s.node), blame: blame(s.node), from: s.previousRect?.y, to: s.currentRect?.y })),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The total and the shifts, after the page has settled. */
export function layoutShifts(page) {
  return page.evaluate(() => ({ total: window.__layoutShifts.reduce((sum, s) => sum + s.value, 0), shifts: window.__layoutShifts }));
}
