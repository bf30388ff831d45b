import type { GridQuery, OpportunityQuery, ServicePointQuery, WorkerQuery } from '../../../src/adapters/data-adapter.js';
import { filterGrids, filterOpportunities, filterServicePoints, filterWorkers } from '../../../src/adapters/queries.js';
import type { Grid, ServicePoint, Survey, VolunteerOpportunity, Worker } from '../../../src/model/index.js';
import type { Db } from '../database.js';

type Table = 'grids' | 'workers' | 'service_points' | 'surveys' | 'opportunities';

/**
 * The read half. Lists use the same filter functions as the static adapter, so both backends answer every
 * query alike; the data sets of a district (tens of grids, hundreds of workers) fit that comfortably.
 *
 * @example
 * const catalog = createCatalog(db);
 * catalog.listWorkers({ gridId: 'G-JQJ-01' });
 */
export function createCatalog(db: Db) {
  const all = <T>(table: Table): T[] =>
    db.prepare<[], { data: string }>(`SELECT data FROM ${table} ORDER BY rowid`).all().map((row) => JSON.parse(row.data) as T);
  const one = <T>(table: Table, id: string): T | undefined => {
    const row = db.prepare<[string], { data: string }>(`SELECT data FROM ${table} WHERE id = ?`).get(id);
    return row ? (JSON.parse(row.data) as T) : undefined;
  };
  return {
    listGrids: (query: GridQuery) => filterGrids(all<Grid>('grids'), query),
    getGrid: (id: string) => one<Grid>('grids', id),
    listWorkers: (query: WorkerQuery) => filterWorkers(all<Worker>('workers'), all<Grid>('grids'), query),
    getWorker: (id: string) => one<Worker>('workers', id),
    listServicePoints: (query: ServicePointQuery) => filterServicePoints(all<ServicePoint>('service_points'), query),
    getSurvey: (id: string) => one<Survey>('surveys', id),
    listOpportunities: (query: OpportunityQuery) => filterOpportunities(all<VolunteerOpportunity>('opportunities'), query),
    getOpportunity: (id: string) => one<VolunteerOpportunity>('opportunities', id),
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
