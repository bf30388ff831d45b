import type { DataAdapter } from '../adapters/data-adapter.js';
import { Outbox } from '../adapters/outbox/outbox.js';

const outboxes = new Map<string, Outbox>();

/**
 * One started outbox per adapter for the whole page: the survey and the signup share it, and the first widget
 * that needs it also delivers whatever an earlier visit left queued (the "next page load" retry).
 *
 * @example
 * const result = await outboxFor(adapter).submit('survey-response', response, { idempotencyKey });
 */
export function outboxFor(adapter: DataAdapter): Outbox {
  let outbox = outboxes.get(adapter.id);
  if (!outbox) {
    outbox = new Outbox({ adapter });
    outbox.start();
    outboxes.set(adapter.id, outbox);
  }
  return outbox;
}

/** For tests: stop and forget every outbox. */
export async function closeOutboxes(): Promise<void> {
  const all = [...outboxes.values()];
  outboxes.clear();
  await Promise.all(all.map((outbox) => outbox.close()));
}
