import type {
  CancelReceipt,
  Grid,
  ServicePoint,
  SignupCancellation,
  SignupReceipt,
  Survey,
  SurveyReceipt,
  SurveyResponse,
  VolunteerOpportunity,
  VolunteerSignup,
  Worker,
} from '../model/index.js';

/** Every call can be cancelled: a widget aborts when it is removed or asks again. */
export interface ReadOptions {
  signal?: AbortSignal;
  /**
   * List calls: told about items left out because they failed validation (with the path for the webmaster),
   * so a widget can say "2 grids could not be shown" instead of silently showing fewer.
   */
  onInvalid?: (items: readonly InvalidItemReport[]) => void;
}

export interface InvalidItemReport {
  id?: string;
  path: string;
  message: string;
}

/**
 * Writes carry an idempotency key made before the first attempt and kept across retries, reloads and tabs,
 * so a server can return the first result for a repeated request instead of storing it twice.
 */
export interface WriteOptions extends ReadOptions {
  idempotencyKey: string;
}

export interface GridQuery {
  ids?: readonly string[];
  community?: string;
}
export interface WorkerQuery {
  ids?: readonly string[];
  gridId?: string;
}
export interface ServicePointQuery {
  community?: string;
  kinds?: readonly string[];
}
export interface OpportunityQuery {
  community?: string;
  /** Inclusive ISO date-times; activities overlapping the range are returned. */
  from?: string;
  to?: string;
  kind?: string;
}

/**
 * Where widgets get their data and send their submissions. Implement it to connect any backend, and prove
 * the implementation with `runAdapterContract` from `community-widgets/adapters/contract`.
 *
 * Rules every implementation keeps:
 * - throw only `AdapterError` (a missing single item is `not-found`);
 * - return data that passed the model schemas: never trust the wire;
 * - honour `signal` and `idempotencyKey`.
 *
 * @example
 * const adapter = createStaticAdapter({ url: '/data/community.json' });
 * const workers = await adapter.listWorkers({ gridId: 'G-01' }, { signal });
 */
export interface DataAdapter {
  /** Short stable name of the backend (e.g. `static:/data/community.json`); the outbox keys queued writes by it. */
  readonly id: string;

  listGrids(query?: GridQuery, options?: ReadOptions): Promise<Grid[]>;
  getGrid(id: string, options?: ReadOptions): Promise<Grid>;
  listWorkers(query?: WorkerQuery, options?: ReadOptions): Promise<Worker[]>;
  getWorker(id: string, options?: ReadOptions): Promise<Worker>;
  listServicePoints(query?: ServicePointQuery, options?: ReadOptions): Promise<ServicePoint[]>;
  getSurvey(id: string, options?: ReadOptions): Promise<Survey>;
  listOpportunities(query?: OpportunityQuery, options?: ReadOptions): Promise<VolunteerOpportunity[]>;
  getOpportunity(id: string, options?: ReadOptions): Promise<VolunteerOpportunity>;

  submitSurveyResponse(response: SurveyResponse, options: WriteOptions): Promise<SurveyReceipt>;
  submitSignup(signup: VolunteerSignup, options: WriteOptions): Promise<SignupReceipt>;
  cancelSignup(cancellation: SignupCancellation, options: WriteOptions): Promise<CancelReceipt>;
}

/** The write half, which the static adapter can delegate to another backend. */
export type DataWriter = Pick<DataAdapter, 'submitSurveyResponse' | 'submitSignup' | 'cancelSignup'>;
