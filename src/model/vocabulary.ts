// Closed vocabularies, apart from the schemas: elements need them to render and sort, and importing them
// must not pull the validation library into a widget's first download.

/** Roles as listed on grid notice boards, in their usual order of appearance. */
export const WORKER_ROLES = ['grid-leader', 'grid-worker', 'micro-grid-leader', 'social-worker', 'police', 'lawyer', 'other'] as const;
export type WorkerRole = (typeof WORKER_ROLES)[number];

/** The five official 好差评 levels (国办发〔2019〕51号), best first. */
export const RATING5_LEVELS = ['very-satisfied', 'satisfied', 'basic', 'dissatisfied', 'very-dissatisfied'] as const;
export type Rating5Level = (typeof RATING5_LEVELS)[number];
/** Answers that must be followed up (回访). */
export const NEGATIVE_LEVELS: readonly Rating5Level[] = ['dissatisfied', 'very-dissatisfied'];

export const SERVICE_POINT_KINDS = ['meal', 'childcare', 'activity', 'health', 'service-hall', 'other'] as const;
export type ServicePointKind = (typeof SERVICE_POINT_KINDS)[number];
