// What a widget does with a submission, without the widget: the page's shared outbox (outboxFor, started, so it
// delivers leftovers on load) over the REST adapter. e2e/faults.mjs drives it through `window.harness`.
import type { OutboxKind, OutboxPayload } from '../../src/adapters/outbox/index.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { outboxFor } from '../../src/core/outbox-registry.js';

const params = new URLSearchParams(location.search);
const baseUrl = params.get('api');
if (!baseUrl) throw new Error('outbox.html needs ?api=<base URL>');
document.getElementById('api')!.textContent = baseUrl;

const adapter = createRestAdapter({ baseUrl, timeoutMs: Number(params.get('timeout') ?? 10_000) });
const outbox = outboxFor(adapter);
const changes: unknown[] = [];
outbox.subscribe((change) => changes.push(change));

const harness = {
  submit: <K extends OutboxKind>(kind: K, payload: OutboxPayload<K>, key: string) => outbox.submit(kind, payload, { idempotencyKey: key }),
  /** Submits when the clock reaches `at` (epoch ms): two pages fire together for a race. */
  submitAt: async <K extends OutboxKind>(at: number, kind: K, payload: OutboxPayload<K>, key: string) => {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
    return outbox.submit(kind, payload, { idempotencyKey: key });
  },
  pending: async () => (await outbox.pending()).map((e) => ({ key: e.key, state: e.state, attempts: e.attempts, error: e.lastError?.code })),
  receipt: async (key: string) => (await outbox.receipt(key))?.receipt,
  changes: () => changes,
  getOpportunity: (id: string) => adapter.getOpportunity(id),
};

Object.assign(window, { harness, harnessReady: true });
