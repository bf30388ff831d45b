/** The map engine module: Leaflet, canvas tiles, spatial index. */
export type Engine = typeof import('./internal/index.js');

let loading: Promise<Engine> | undefined;
let sheet: CSSStyleSheet | undefined;

/**
 * Imports the engine on first use, so Leaflet is not part of the element's first download and a page whose map
 * is not configured never fetches it. A failed import (a dropped connection) is forgotten, so a retry loads again.
 *
 * @example const { createGridMapView } = await loadEngine();
 */
export function loadEngine(): Promise<Engine> {
  if (!loading) {
    loading = import('./internal/index.js');
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/**
 * Adds Leaflet's and the engine's styles to a shadow root, once, ahead of the element's own styles so that those
 * (elder-mode control sizes, inherited fonts) win at equal specificity. A constructed sheet needs no inline
 * `<style>`, so a strict CSP holds.
 */
export function adoptEngineStyles(root: ShadowRoot, engine: Engine): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(engine.leafletCss + engine.gridMapCss);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}
