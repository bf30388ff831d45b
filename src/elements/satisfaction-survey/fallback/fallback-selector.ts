/**
 * A pre-rendered survey form inside the tag (see surveyFallbackHtml, which writes `data-cw-survey`). Apart from
 * fallback-names.ts on purpose: the widget's entry needs only this, and a module it shared with the lazily loaded
 * reader would turn the entry into a facade with one more file to fetch.
 */
export const FALLBACK_FORM_SELECTOR = ':scope > form[data-cw-survey]';
