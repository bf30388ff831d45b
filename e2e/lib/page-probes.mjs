/**
 * What the embedding checks observe in a page: CSP violations (caught from the first byte, before any page
 * script), console warnings, and the widgets' rendered state.
 */

/** Installs a `securitypolicyviolation` recorder before the page's own scripts run (CDP bypasses the CSP). */
export async function recordViolations(context) {
  await context.addInitScript(() => {
    const seen = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}`, sample: event.sample });
    });
  });
}

/** Widgets on the page (including open shadow roots) and whether each has left its loading state. */
export function widgetStates(page) {
  return page.evaluate(() => {
    const found = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (/^cw-(grid-map|worker-card|satisfaction-survey|volunteer-signup)$/.test(element.localName)) {
          const shadow = element.shadowRoot;
          const state = shadow?.querySelector('[part~="state"]')?.getAttribute('part') ?? (shadow?.children.length ? 'ready' : 'none');
          found.push({ tag: element.localName, defined: element.matches(':defined'), state, attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])) });
        }
        if (element.shadowRoot && !element.localName.startsWith('cw-')) walk(element.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
}

/** Waits until no widget shows its loading state any more (or the time is up). */
export async function settleWidgets(page, timeout = 15_000) {
  await page.evaluate(() => window.CommunityWidgets?.ready);
  await page
    .waitForFunction(
      () => {
        const tags = 'cw-grid-map,cw-worker-card,cw-satisfaction-survey,cw-volunteer-signup';
        return [...document.querySelectorAll(tags)].every((el) => {
          const shadow = el.shadowRoot;
          if (!shadow?.children.length || shadow.querySelector('[part~="loading"]')) return false;
          // The map's engine (Leaflet) loads after its data: settled means drawn, or failed visibly.
          return el.localName !== 'cw-grid-map' || !!shadow.querySelector('.leaflet-container, [part~="error"]');
        });
      },
      undefined,
      { timeout },
    )
    .catch(() => undefined);
  return widgetStates(page);
}
