import type { DataAdapter } from '../adapters/data-adapter.js';
import type { Outbox } from '../adapters/outbox/outbox.js';
import { mayHavePending } from '../adapters/outbox/pending-hint.js';

type Registry = typeof import('./outbox-registry.js');
let registry: Promise<Registry> | undefined;

/**
 * The page's outbox for `adapter`, loaded on first use: IndexedDB code is not needed to paint a widget, so it stays
 * out of the initial bundle. A failed load (offline before it arrived) is forgotten so the next call tries again.
 *
 * @example
 * const outbox = await outboxOf(adapter);
 */
export function outboxOf(adapter: DataAdapter): Promise<Outbox> {
  if (!registry) {
    registry = import('./outbox-registry.js');
    registry.catch(() => (registry = undefined));
  }
  return registry.then((module) => module.outboxFor(adapter));
}

const looked = new Set<string>();

/**
 * The "next page load" retry: when the browser is idle, starts the outbox of `adapter` if an earlier visit may have
 * left answers or signups queued in it, from a page with any widget on it. Once per adapter and page; a page with
 * nothing queued does not download the outbox for this.
 */
export function deliverQueuedWhenIdle(adapter: DataAdapter): void {
  if (looked.has(adapter.id)) return;
  looked.add(adapter.id);
  // A failure (offline while the outbox code loads) is left for the next page load to try again.
  const look = () => void mayHavePending().then((maybe) => (maybe ? outboxOf(adapter) : undefined)).catch(() => {});
  if (typeof requestIdleCallback === 'function') requestIdleCallback(look, { timeout: 3000 });
  else setTimeout(look, 1000);
}
