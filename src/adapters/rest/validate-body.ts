import * as v from 'valibot';
import { describeIssue } from '../../model/index.js';
import { AdapterError } from '../adapter-error.js';
import type { InvalidItemReport, ReadOptions } from '../data-adapter.js';

/**
 * A list answer (`{ "items": [...] }`) validated item by item, as the static adapter does with its file: a bad
 * item is named in the console (for the webmaster) and left out, so one broken grid does not blank the map.
 *
 * @example
 * const grids = validateItems(GridSchema, body, 'grids', 'GET /grids');
 */
export function validateItems<T>(
  schema: v.GenericSchema<unknown, T>,
  body: unknown,
  name: string,
  what: string,
  onInvalid?: ReadOptions['onInvalid'],
): T[] {
  const items = (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) {
    throw new AdapterError('invalid-data', `${what}: the answer must be an object with an "items" array`, { path: 'items' });
  }
  const valid: T[] = [];
  const invalid: InvalidItemReport[] = [];
  items.forEach((item, index) => {
    const parsed = v.safeParse(schema, item);
    if (parsed.success) valid.push(parsed.output);
    else {
      const { path, message } = describeIssue(`${name}[${index}]`, parsed.issues);
      console.warn(`[community-widgets] ${what}: ${path}: ${message}`);
      const id = (item as { id?: unknown } | null)?.id;
      invalid.push({ id: typeof id === 'string' ? id : undefined, path, message });
    }
  });
  if (invalid.length) onInvalid?.(invalid);
  return valid;
}

/**
 * A single-object answer, or `invalid-data` naming the path of the first problem.
 *
 * @example
 * const grid = validateItem(GridSchema, body, 'grid', 'GET /grids/G-01');
 */
export function validateItem<T>(schema: v.GenericSchema<unknown, T>, body: unknown, name: string, what: string): T {
  const parsed = v.safeParse(schema, body);
  if (parsed.success) return parsed.output;
  const { path, message } = describeIssue(name, parsed.issues);
  console.warn(`[community-widgets] ${what}: ${path}: ${message}`);
  throw new AdapterError('invalid-data', `${what}: ${path}: ${message}`, { path, detail: message });
}
