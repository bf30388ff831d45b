export { createRestAdapter, type RestAdapterOptions } from './rest-adapter.js';
export { ROUTES, IDEMPOTENCY_HEADER, REPLAY_HEADER, type Route, type ReadRoute, type WriteRoute, type RouteName } from './routes.js';
export { PROBLEM_MEDIA_TYPE, type ProblemDetails } from './problem.js';
