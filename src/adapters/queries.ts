import type { Grid, ServicePoint, VolunteerOpportunity, Worker } from '../model/index.js';
import type { GridQuery, OpportunityQuery, ServicePointQuery, WorkerQuery } from './data-adapter.js';

/**
 * The query semantics of the adapter contract, as pure filters. Any in-memory backend (the static adapter,
 * a test double, the reference server's seed check) uses these so all of them agree.
 */
export function filterGrids(grids: readonly Grid[], query: GridQuery = {}): Grid[] {
  return grids.filter((g) => (!query.ids || query.ids.includes(g.id)) && (!query.community || g.community === query.community));
}

/** A grid's team: workers listed on the grid, or who list the grid themselves; notice-board order by role. */
export function filterWorkers(workers: readonly Worker[], grids: readonly Grid[], query: WorkerQuery = {}): Worker[] {
  let result = workers.filter((w) => !query.ids || query.ids.includes(w.id));
  if (query.gridId) {
    const listed = new Set(grids.find((g) => g.id === query.gridId)?.workerIds ?? []);
    result = result.filter((w) => listed.has(w.id) || w.gridIds.includes(query.gridId!));
  }
  return result;
}

export function filterServicePoints(points: readonly ServicePoint[], query: ServicePointQuery = {}): ServicePoint[] {
  return points.filter((p) => (!query.community || p.community === query.community) && (!query.kinds || query.kinds.includes(p.kind)));
}

/** Activities overlapping [from, to], soonest first. */
export function filterOpportunities(items: readonly VolunteerOpportunity[], query: OpportunityQuery = {}): VolunteerOpportunity[] {
  const from = query.from ? Date.parse(query.from) : -Infinity;
  const to = query.to ? Date.parse(query.to) : Infinity;
  return items
    .filter((o) => (!query.community || o.community === query.community) && (!query.kind || o.kind === query.kind))
    .filter((o) => Date.parse(o.end) >= from && Date.parse(o.start) <= to)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
