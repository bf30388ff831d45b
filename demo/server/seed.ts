import { validateDataset } from '../../src/adapters/dataset-validation.js';
import type { Db } from './database.js';

/**
 * Loads a static data file (the same JSON the static adapter reads) into an empty database, validated item by
 * item with the model schemas: a bad item is named on the console and left out. A database that already has
 * data is left alone, so a restart keeps every submission.
 *
 * @example
 * seedIfEmpty(db, JSON.parse(readFileSync('demo/public/data/tianning.json', 'utf8')), 'tianning.json');
 */
export function seedIfEmpty(db: Db, raw: unknown, source: string): boolean {
  const { count } = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM grids').get()!;
  if (count > 0) return false;
  const data = validateDataset(raw, source);
  const insert = db.transaction(() => {
    const grid = db.prepare('INSERT INTO grids (id, community, data) VALUES (?, ?, ?)');
    for (const item of data.grids.items) grid.run(item.id, item.community, JSON.stringify(item));
    for (const [table, items] of [
      ['workers', data.workers.items],
      ['service_points', data.servicePoints.items],
      ['surveys', data.surveys.items],
      ['opportunities', data.opportunities.items],
    ] as const) {
      const statement = db.prepare(`INSERT INTO ${table} (id, data) VALUES (?, ?)`);
      for (const item of items) statement.run(item.id, JSON.stringify(item));
    }
  });
  insert.immediate();
  return true;
}
