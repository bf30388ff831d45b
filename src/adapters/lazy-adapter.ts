import { AdapterError } from './adapter-error.js';
import type { DataAdapter } from './data-adapter.js';

type Method = Exclude<keyof DataAdapter, 'id'>;
const METHODS: readonly Method[] = [
  'listGrids',
  'getGrid',
  'listWorkers',
  'getWorker',
  'listServicePoints',
  'getSurvey',
  'listOpportunities',
  'getOpportunity',
  'submitSurveyResponse',
  'submitSignup',
  'cancelSignup',
];

/** Each lazy adapter's way to start loading its implementation (and what that loads with it, such as a data file). */
const warmers = new WeakMap<DataAdapter, () => void>();

/**
 * Starts loading the adapter's implementation now, if it is a lazy one, rather than at its first call: a widget
 * can then ask for its data while its first render still waits (for a language's strings, or a turn of its own).
 */
export function warmAdapter(adapter: DataAdapter | undefined): void {
  if (adapter) warmers.get(adapter)?.();
}

/**
 * An adapter whose implementation is imported on first use. A widget can then paint its loading state before
 * the validation code arrives, and a page pays only for the backend kind it uses.
 *
 * `id` must equal the real adapter's id: the outbox files queued submissions under it.
 */
export function lazyAdapter(id: string, load: () => Promise<DataAdapter>): DataAdapter {
  let real: Promise<DataAdapter> | undefined;
  const get = () => {
    if (!real) {
      real = load();
      real.catch(() => (real = undefined)); // a failed chunk load (network) may be retried
    }
    return real;
  };
  const adapter = { id } as DataAdapter;
  warmers.set(adapter, () => void get());
  for (const method of METHODS) {
    (adapter as unknown as Record<Method, unknown>)[method] = async (...args: unknown[]) => {
      let target: DataAdapter;
      try {
        target = await get();
      } catch (error) {
        throw new AdapterError('network', `Could not load the data adapter: ${(error as Error).message}`, { cause: error });
      }
      return (target[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    };
  }
  return adapter;
}
