import { supportsAdoptingStyleSheets, unsafeCSS } from 'lit';

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
 * Adds Leaflet's and the engine's styles to the element's render root, once, ahead of the element's own styles so
 * that those (elder-mode control sizes, inherited fonts) win at equal specificity. A constructed sheet needs no
 * inline `<style>`, so a strict CSP holds. In light DOM the styles are scoped to the widget in the page instead.
 */
export function adoptEngineStyles(host: HTMLElement, engine: Engine): void {
  const root = host.shadowRoot;
  if (!root) {
    const css = unsafeCSS(engine.leafletCss + engine.gridMapCss);
    const page = host.getRootNode() as Document | ShadowRoot;
    // Already loaded by the element itself in light DOM; unstyled tiles are still usable if it failed.
    void import('../../core/light-dom-styles.js').then(
      ({ adoptLightStyles }) => adoptLightStyles(host.localName, [css], page, { key: `${host.localName}/engine`, insist: false, prepend: true }),
      () => {},
    );
    return;
  }
  if (!supportsAdoptingStyleSheets) {
    // Safari before 16.4 cannot construct a sheet: a `<style>` first in the root, as Lit does for the element's own.
    if (root.querySelector('style[data-cw-engine]')) return;
    const style = document.createElement('style');
    style.dataset.cwEngine = '';
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce) style.nonce = nonce;
    style.textContent = engine.leafletCss + engine.gridMapCss;
    root.prepend(style);
    return;
  }
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(engine.leafletCss + engine.gridMapCss);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}
