import type { DataAdapter } from '../../../adapters/data-adapter.js';
import type { Outbox } from '../../../adapters/outbox/outbox.js';

type Registry = typeof import('../../../core/outbox-registry.js');
let registry: Promise<Registry> | undefined;

/**
 * The page's outbox for `adapter`, loaded on first use: IndexedDB code is not needed to paint the first question,
 * so it stays out of the initial bundle. A failed load (offline before it arrived) is forgotten so the next call
 * tries again.
 *
 * @example
 * const outbox = await outboxOf(adapter);
 */
export function outboxOf(adapter: DataAdapter): Promise<Outbox> {
  if (!registry) {
    registry = import('../../../core/outbox-registry.js');
    registry.catch(() => (registry = undefined));
  }
  return registry.then((module) => module.outboxFor(adapter));
}

/**
 * Once the form is on screen and the browser is idle, starts the outbox: it delivers answers an earlier visit left
 * queued (the "next page load" retry), and it is in memory before the resident submits, even if the network has
 * gone by then.
 */
export function warmOutbox(adapter: DataAdapter): void {
  const start = () => outboxOf(adapter).catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 1000);
}
