import * as v from 'valibot';
import { DATASET_COLLECTIONS, describeIssue, type CollectionItem, type CollectionName } from '../model/index.js';
import { AdapterError } from './adapter-error.js';

export interface InvalidItem {
  id?: string;
  /** The raw item's community, when it had one: list queries filter by it. */
  community?: string;
  path: string;
  message: string;
}

export interface ValidatedCollection<C extends CollectionName> {
  items: CollectionItem<C>[];
  byId: Map<string, CollectionItem<C>>;
  /** Items that failed validation, by id where they had one: asking for one yields its error, not "not found". */
  invalid: InvalidItem[];
}

export type ValidatedDataset = { [C in CollectionName]: ValidatedCollection<C> };

export interface DatasetOptions {
  /** Resolves links written relative to the data file (photos, results pages, activity pages). */
  resolveUrl?: (url: string) => string;
}

type Item = Record<string, unknown> & { photo?: { url: string } };

/** The link fields of each collection, written relative to the file as in CSS. */
const LINK_FIELDS: Partial<Record<CollectionName, (item: Item, resolve: (url: string) => string) => void>> = {
  workers: (worker, resolve) => {
    if (worker.photo) worker.photo.url = resolve(worker.photo.url);
  },
  surveys: (survey, resolve) => {
    if (typeof survey.resultsUrl === 'string') survey.resultsUrl = resolve(survey.resultsUrl);
  },
  opportunities: (opportunity, resolve) => {
    if (typeof opportunity.url === 'string') opportunity.url = resolve(opportunity.url);
  },
};

/**
 * Validates a data file item by item. A wrong top-level shape fails the whole file (nothing can be trusted);
 * a bad item is reported with its path and left out, so one broken grid does not blank the map.
 *
 * Each collection is validated when first read: a page with one worker card on a file of 10,000 grid polygons
 * does not pay for checking every polygon.
 */
export function validateDataset(raw: unknown, source: string, options: DatasetOptions = {}): ValidatedDataset {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new AdapterError('invalid-data', `${source}: the data file must be a JSON object`, { path: '(root)' });
  }
  const record = raw as Record<string, unknown>;
  const result = {} as ValidatedDataset;
  for (const name of Object.keys(DATASET_COLLECTIONS) as CollectionName[]) {
    const value = record[name] ?? [];
    if (!Array.isArray(value)) {
      throw new AdapterError('invalid-data', `${source}: ${name} must be an array`, { path: name });
    }
    let validated: ValidatedCollection<CollectionName> | undefined;
    Object.defineProperty(result, name, {
      enumerable: true,
      get: () => (validated ??= validateCollection(name, value, source, options.resolveUrl)),
    });
  }
  return result;
}

function validateCollection<C extends CollectionName>(
  name: C,
  values: unknown[],
  source: string,
  resolveUrl: ((url: string) => string) | undefined,
): ValidatedCollection<C> {
  const schema = DATASET_COLLECTIONS[name] as v.GenericSchema<unknown, CollectionItem<C>>;
  const resolveLinks = resolveUrl && LINK_FIELDS[name];
  const collection: ValidatedCollection<C> = { items: [], byId: new Map(), invalid: [] };
  values.forEach((value, index) => {
    const parsed = v.safeParse(schema, value);
    if (parsed.success) {
      if (resolveLinks) resolveLinks(parsed.output as Item, resolveUrl!);
      collection.items.push(parsed.output);
      collection.byId.set((parsed.output as { id: string }).id, parsed.output);
      return;
    }
    const { path, message } = describeIssue(`${name}[${index}]`, parsed.issues);
    const { id, community } = (value ?? {}) as { id?: unknown; community?: unknown };
    collection.invalid.push({
      id: typeof id === 'string' ? id : undefined,
      community: typeof community === 'string' ? community : undefined,
      path,
      message,
    });
    // For the webmaster: the console names the exact place to fix.
    console.warn(`[community-widgets] ${source}: ${path}: ${message}`);
  });
  return collection;
}

/**
 * Tells a list call which invalid items its query would have returned: those with a matching id or community,
 * or all when the query names neither.
 */
export function reportInvalid(
  collection: ValidatedCollection<CollectionName>,
  query: { ids?: readonly string[]; community?: string },
  onInvalid: ((items: InvalidItem[]) => void) | undefined,
): void {
  if (!onInvalid) return;
  const matching = collection.invalid.filter(
    (item) => (!query.ids || (item.id !== undefined && query.ids.includes(item.id))) && (!query.community || item.community === query.community),
  );
  if (matching.length) onInvalid(matching);
}

/** The item, or `invalid-data` naming the path if it failed validation, or `not-found`. */
export function pick<C extends CollectionName>(collection: ValidatedCollection<C>, kind: string, id: string): CollectionItem<C> {
  const item = collection.byId.get(id);
  if (item) return item;
  const invalid = collection.invalid.find((entry) => entry.id === id);
  if (invalid) throw new AdapterError('invalid-data', `${kind} ${id} is malformed: ${invalid.path}: ${invalid.message}`, { path: invalid.path, detail: invalid.message });
  throw new AdapterError('not-found', `No ${kind} with id ${id}`);
}
