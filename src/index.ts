/**
 * The all-in-one entry: registers every element and exports the public API.
 * Per-element entries (`community-widgets/elements/worker-card`) load only what a page uses.
 */
export * from './elements/provider/provider.js';
export * from './elements/worker-card/worker-card.js';
export * from './elements/grid-map/grid-map.js';
export * from './adapters/index.js';
export { configure } from './core/page-config.js';
export { CwElement } from './core/cw-element.js';
export type { WidgetConfig, Locale, RenderMode } from './core/config.js';
export type { CwEventMap, CwEventName, CwEvent } from './core/events.js';
export type * from './model/index.js';
export * from './elements/volunteer-signup/volunteer-signup.js';
export * from './elements/satisfaction-survey/satisfaction-survey.js';
