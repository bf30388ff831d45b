import { createMemoryWriter } from '../../src/adapters/memory-writer.js';
import { createStaticAdapter } from '../../src/adapters/static-adapter.js';
import { AdapterError } from '../../src/adapters/adapter-error.js';
import type { DataAdapter } from '../../src/adapters/data-adapter.js';
import data from '../../demo/public/data/tianning.json';

/** The demo's data, served from memory: stories never need a server. Writes are accepted in memory. */
export function demoAdapter(): DataAdapter {
  const reader = createStaticAdapter({ data });
  return createStaticAdapter({ data, writer: createMemoryWriter({ getOpportunity: reader.getOpportunity }) });
}

/** An adapter that never answers, to show the loading state. */
export function loadingAdapter(): DataAdapter {
  const never = () => new Promise<never>(() => {});
  return new Proxy(demoAdapter(), { get: (target, key) => (key === 'id' ? 'loading' : typeof (target as never)[key] === 'function' ? never : (target as never)[key]) });
}

/** An adapter whose reads fail with the given code, to show the error state. */
export function failingAdapter(code: 'network' | 'server' | 'timeout' = 'network'): DataAdapter {
  const fail = () => Promise.reject(new AdapterError(code, 'Simulated failure'));
  return new Proxy(demoAdapter(), { get: (target, key) => (key === 'id' ? `failing-${code}` : typeof (target as never)[key] === 'function' ? fail : (target as never)[key]) });
}

/** Data with hostile strings where names and addresses go: they must show as plain text. */
export function hostileAdapter(): DataAdapter {
  return createStaticAdapter({
    data: {
      workers: [
        {
          id: 'W-EVIL',
          name: '<img src=x onerror=alert(1)>',
          role: 'other',
          community: '"><script>alert(1)</script>',
          photo: { url: 'javascript:alert(1)', publish: true },
          phones: [{ number: '0519-86600009', publish: true }],
          duties: ['<b>bold?</b>'],
        },
      ],
    },
  });
}
