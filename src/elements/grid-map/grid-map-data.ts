import { AdapterError } from '../../adapters/adapter-error.js';
import type { DataAdapter, ReadOptions } from '../../adapters/data-adapter.js';
import type { Grid, ServicePoint, Worker } from '../../model/index.js';

/** What the map shows. Plain records and arrays only: the data controller copies it to convert 繁體 strings. */
export interface GridMapData {
  grids: Grid[];
  points: ServicePoint[];
  /** Staff per grid id: the grid's `workerIds` and the workers who list the grid, as a worker card counts them. */
  workerCounts: Record<string, number>;
  /** Grids the adapter left out because their data failed validation (bad geometry …). */
  skipped: number;
}

/** Which service points to show: none, every kind, or the listed kinds. */
export type PointsSetting = boolean | readonly string[];

/**
 * Grids (of one community, or all), service points when asked for, and a staff count per grid.
 *
 * @example
 * const data = await loadGridMapData(adapter, { community: '局前街社区', points: ['meal'] }, signal);
 */
export async function loadGridMapData(
  adapter: DataAdapter,
  { community, points }: { community?: string; points: PointsSetting },
  signal: AbortSignal,
): Promise<GridMapData> {
  let skipped = 0;
  // Adapters report the grids they had to leave out, so the map can say how many it could not draw.
  const gridOptions: ReadOptions = { signal, onInvalid: (items) => (skipped += items.length) };
  const [grids, servicePoints, workers] = await Promise.all([
    adapter.listGrids(community ? { community } : {}, gridOptions),
    points === false ? Promise.resolve([]) : adapter.listServicePoints(pointQuery(community, points), { signal }),
    // Counts are a courtesy: without the worker list, the grids' own `workerIds` still give a number.
    adapter.listWorkers({}, { signal }).catch((error: unknown) => {
      if (AdapterError.from(error).code === 'aborted') throw error;
      return undefined;
    }),
  ]);
  return { grids, points: servicePoints, workerCounts: countWorkers(grids, workers), skipped };
}

function pointQuery(community: string | undefined, points: PointsSetting) {
  return { ...(community ? { community } : {}), ...(Array.isArray(points) ? { kinds: points } : {}) };
}

/** Same membership rule as the adapters' `listWorkers({ gridId })`: listed on the grid, or listing the grid. */
export function countWorkers(grids: readonly Grid[], workers: readonly Worker[] | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  if (!workers) {
    for (const grid of grids) counts[grid.id] = grid.workerIds.length;
    return counts;
  }
  const known = new Set(workers.map((w) => w.id));
  const members = new Map<string, Set<string>>(grids.map((g) => [g.id, new Set(g.workerIds.filter((id) => known.has(id)))]));
  for (const worker of workers) {
    for (const gridId of worker.gridIds) members.get(gridId)?.add(worker.id);
  }
  for (const [id, set] of members) counts[id] = set.size;
  return counts;
}
