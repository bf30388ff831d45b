/**
 * The page config as the loader reads and sets it. The library build gives `loader.js` a copy of
 * `core/page-config.ts` of its own (vite.config.ts, `loaderOwnPageConfig`): importing the elements' copy, a chunk,
 * cost the loader a round trip before it could start anything. The two copies share one state (see there).
 */
export { configure, pageConfig } from '../core/page-config.js';
