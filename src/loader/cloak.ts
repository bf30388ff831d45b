/**
 * Space each widget reserves before its definition has loaded: the same minimum height as its loading state,
 * so the upgrade moves nothing below it. Fallback content stays visible (a phone number is never hidden while
 * a script is on its way); it only sits in a box of the final size. The sheet exists only where this module
 * ran, so a browser that cannot run the widgets gets the plain fallback, not an empty reserved box.
 * Heights follow each widget's own reservation and read the same custom property, so a webmaster who knows a
 * widget's final height sets it once, for before and after the upgrade:
 * `cw-satisfaction-survey { --cw-state-min-height: 40em }`.
 */
const RESERVED: Record<string, string> = {
  'cw-grid-map': 'var(--cw-map-height,24em)',
  'cw-worker-card': 'var(--cw-state-min-height,10em)',
  'cw-satisfaction-survey': 'var(--cw-state-min-height,12em)',
  'cw-volunteer-signup': 'var(--cw-state-min-height,10em)',
};

/** The rules as text, for the adopted sheet and for tests. */
export function cloakCss(): string {
  return Object.entries(RESERVED)
    .map(([tag, height]) => `${tag}:not(:defined){display:block;box-sizing:border-box;min-height:${height}}`)
    .join('');
}

/**
 * Adopts the sheet into the document. A constructed sheet needs no `<style>` element, so it passes
 * `style-src 'self'`; browsers without constructable sheets simply show the fallback at its natural size.
 */
export function adoptCloak(): void {
  if (!('adoptedStyleSheets' in Document.prototype)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cloakCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
