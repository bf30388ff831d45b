import { expect } from '@open-wc/testing';
import { AdapterError } from '../src/adapters/adapter-error.js';
import { CONTRACT_FIXTURE } from '../src/adapters/contract/index.js';
import { createRestAdapter, type RestAdapterOptions } from '../src/adapters/rest/index.js';
import { retryAfterSeconds } from '../src/adapters/rest/retry-after.js';
import { adapterFor, clearAdapterCache } from '../src/core/adapter-registry.js';

// ---------------------------------------------------------------------------------------------------------------
// A scripted fetch: each call takes the next answer; every request is recorded.

type Answer = Response | Error | ((init: RequestInit) => Promise<Response>);

interface Recorded {
  url: string;
  init: RequestInit;
  headers: Headers;
}

function scriptedFetch(...answers: Answer[]) {
  const calls: Recorded[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init, headers: new Headers(init.headers) });
    if (init.signal?.aborted) throw init.signal.reason;
    const answer = answers.shift() ?? new Error('no more scripted answers');
    if (answer instanceof Error) throw answer;
    if (typeof answer === 'function') return answer(init);
    return answer;
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const problem = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', status, ...body }), { status, headers: { 'content-type': 'application/problem+json', ...headers } });
const offline = () => new TypeError('Failed to fetch');

const BASE = 'https://api.example/v1';
const adapterWith = (fetch: typeof globalThis.fetch, options: Partial<RestAdapterOptions> = {}) =>
  createRestAdapter({ baseUrl: `${BASE}/`, fetch, retryDelayMs: 1, ...options });

const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a rejection'), (error: unknown) => error as AdapterError);

const [grid] = CONTRACT_FIXTURE.grids;
const signup = {
  opportunityId: 'O-OPEN',
  name: '测试',
  mobile: '13800000001',
  ageGroup: 'adult' as const,
  consent: { version: 'v1', at: '2026-05-01T09:00:00+08:00' },
};

/** Collects console.warn lines while `run` runs. */
async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => lines.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------

describe('REST adapter: requests', () => {
  it('builds URLs from the contract: path ids encoded, lists comma-separated, an empty list kept, absent values left out', async () => {
    const { fetch, calls } = scriptedFetch(json({ items: [] }), json({ items: [] }), json(grid), json({ items: [] }));
    const adapter = adapterWith(fetch);
    await adapter.listGrids({ ids: ['G-A1', 'G-B1'], community: undefined });
    await adapter.listGrids({ ids: [] });
    await adapter.getGrid('G/../x');
    await adapter.listOpportunities({ from: '2099-03-01T00:00:00+08:00', community: '甲社区' });
    expect(calls.map((c) => c.url)).to.deep.equal([
      `${BASE}/grids?ids=G-A1%2CG-B1`,
      `${BASE}/grids?ids=`,
      `${BASE}/grids/G%2F..%2Fx`,
      `${BASE}/opportunities?community=%E7%94%B2%E7%A4%BE%E5%8C%BA&from=2099-03-01T00%3A00%3A00%2B08%3A00`,
    ]);
    expect(calls[0]!.init.method).to.equal('GET');
    expect(calls[0]!.init.credentials).to.equal('same-origin');
  });

  it('sends configured headers and credentials, and names itself by its base URL', async () => {
    const { fetch, calls } = scriptedFetch(json({ items: [] }));
    const adapter = adapterWith(fetch, { headers: { 'x-api-key': 'k1' }, credentials: 'include' });
    await adapter.listWorkers({ gridId: 'G-A1' });
    expect(calls[0]!.headers.get('x-api-key')).to.equal('k1');
    expect(calls[0]!.init.credentials).to.equal('include');
    expect(adapter.id).to.equal(`rest:${BASE}`);
  });

  it('sends the idempotency key as an Idempotency-Key header and the body as JSON on every write', async () => {
    const { fetch, calls } = scriptedFetch(
      json({ status: 'confirmed', opportunityId: 'O-OPEN', code: 'VS-1', cancelToken: 't' }, 201),
      json({ code: 'SV-1', receivedAt: '2026-05-01T09:00:00+08:00' }, 201),
      json({ status: 'cancelled' }),
    );
    const adapter = adapterWith(fetch);
    await adapter.submitSignup(signup, { idempotencyKey: 'key-1' });
    await adapter.submitSurveyResponse({ surveyId: 'S-1', answers: {}, locale: 'en', submittedAt: '2026-05-01T09:00:00+08:00' }, { idempotencyKey: 'key-2' });
    await adapter.cancelSignup({ code: 'VS-1', cancelToken: 't' }, { idempotencyKey: 'key-3' });
    expect(calls.map((c) => [c.init.method, c.url, c.headers.get('idempotency-key'), c.headers.get('content-type')])).to.deep.equal([
      ['POST', `${BASE}/signups`, 'key-1', 'application/json'],
      ['POST', `${BASE}/survey-responses`, 'key-2', 'application/json'],
      ['POST', `${BASE}/signup-cancellations`, 'key-3', 'application/json'],
    ]);
    expect(JSON.parse(calls[0]!.init.body as string)).to.deep.equal(signup);
    // The cancel token travels in the body only.
    expect(calls[2]!.url).not.to.contain('t=');
  });
});

describe('REST adapter: read retries', () => {
  it('retries a network failure and a 5xx, then succeeds', async () => {
    const { fetch, calls } = scriptedFetch(offline(), problem(503, { title: 'Unavailable' }), json(grid));
    expect((await adapterWith(fetch).getGrid('G-A1')).id).to.equal('G-A1');
    expect(calls).to.have.length(3);
  });

  it('gives up after `retries` extra attempts with the last error', async () => {
    const { fetch, calls } = scriptedFetch(problem(500, {}), problem(502, {}), problem(503, { detail: 'db down' }), json(grid));
    const error = await failure(adapterWith(fetch, { retries: 2 }).getGrid('G-A1'));
    expect([error.code, error.status, error.detail, error.retryable]).to.deep.equal(['server', 503, 'db down', true]);
    expect(calls).to.have.length(3);
  });

  it('honours Retry-After on a 429 before trying again', async () => {
    const { fetch, calls } = scriptedFetch(problem(429, { title: 'Slow down' }, { 'retry-after': '1' }), json(grid));
    const started = performance.now();
    await adapterWith(fetch).getGrid('G-A1');
    expect(performance.now() - started).to.be.at.least(950);
    expect(calls).to.have.length(2);
  });

  it('does not wait out a long Retry-After: the widget gets rate-limited with the delay', async () => {
    const { fetch, calls } = scriptedFetch(problem(429, { detail: 'quota' }, { 'retry-after': '120' }), json(grid));
    const error = await failure(adapterWith(fetch).getGrid('G-A1'));
    expect([error.code, error.retryAfter, error.status]).to.deep.equal(['rate-limited', 120, 429]);
    expect(calls).to.have.length(1);
  });

  it('never retries what a retry cannot fix: 400, 404, 422, invalid data', async () => {
    for (const answer of [problem(400, {}), problem(404, {}), problem(422, {}), json({ id: 'G-A1' })]) {
      const { fetch, calls } = scriptedFetch(answer, json(grid));
      await failure(adapterWith(fetch).getGrid('G-A1'));
      expect(calls).to.have.length(1);
    }
  });

  it('times out a stalled request per attempt as timeout, without retrying it', async () => {
    const stall = (init: RequestInit) => new Promise<Response>((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    const { fetch, calls } = scriptedFetch(stall, json(grid));
    const error = await failure(adapterWith(fetch, { timeoutMs: 30 }).getGrid('G-A1'));
    expect([error.code, error.retryable]).to.deep.equal(['timeout', true]);
    expect(calls).to.have.length(1);
  });

  it('stops at once when the caller aborts, also while waiting to retry', async () => {
    const pre = new AbortController();
    pre.abort();
    const first = scriptedFetch(json(grid));
    expect((await failure(adapterWith(first.fetch).getGrid('G-A1', { signal: pre.signal }))).code).to.equal('aborted');

    const controller = new AbortController();
    const second = scriptedFetch(problem(503, {}, { 'retry-after': '5' }), json(grid));
    const pending = failure(adapterWith(second.fetch).getGrid('G-A1', { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    expect((await pending).code).to.equal('aborted');
    expect(performance.now() - started).to.be.below(1000);
    expect(second.calls).to.have.length(1);
  });
});

describe('REST adapter: writes are tried once (the outbox retries them)', () => {
  it('reports a 503 as server, retryable, after one attempt', async () => {
    const { fetch, calls } = scriptedFetch(problem(503, { detail: 'maintenance' }, { 'retry-after': '30' }), json({}));
    const error = await failure(adapterWith(fetch).submitSignup(signup, { idempotencyKey: 'k' }));
    expect([error.code, error.retryable, error.retryAfter]).to.deep.equal(['server', true, 30]);
    expect(calls).to.have.length(1);
  });

  it('reports no network as network and a stall as timeout, after one attempt each', async () => {
    const down = scriptedFetch(offline(), json({}));
    expect((await failure(adapterWith(down.fetch).submitSignup(signup, { idempotencyKey: 'k' }))).code).to.equal('network');
    expect(down.calls).to.have.length(1);
    const stall = (init: RequestInit) => new Promise<Response>((_r, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    const slow = scriptedFetch(stall, json({}));
    expect((await failure(adapterWith(slow.fetch, { timeoutMs: 30 }).submitSignup(signup, { idempotencyKey: 'k' }))).code).to.equal('timeout');
    expect(slow.calls).to.have.length(1);
  });
});

describe('REST adapter: problem+json becomes AdapterError', () => {
  const cases: [number, string][] = [
    [400, 'rejected'],
    [413, 'rejected'],
    [422, 'rejected'],
    [403, 'rejected'],
    [404, 'not-found'],
    [429, 'rate-limited'],
    [500, 'server'],
  ];
  for (const [status, code] of cases) {
    it(`${status} → ${code}`, async () => {
      const { fetch } = scriptedFetch(problem(status, { title: 'T', detail: `detail ${status}`, path: 'signup.mobile' }, { 'retry-after': '99' }));
      const error = await failure(adapterWith(fetch, { retries: 0 }).submitSignup(signup, { idempotencyKey: 'k' }));
      expect(error).to.be.instanceOf(AdapterError);
      expect([error.code, error.status, error.detail, error.path]).to.deep.equal([code, status, `detail ${status}`, 'signup.mobile']);
      expect(error.message).to.contain(`POST /signups answered ${status}`);
    });
  }

  it('reads the status alone when the error body is not a problem document (a proxy page)', async () => {
    const { fetch } = scriptedFetch(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const error = await failure(adapterWith(fetch, { retries: 0 }).listGrids());
    expect([error.code, error.status, error.detail]).to.deep.equal(['server', 502, undefined]);
  });
});

describe('REST adapter: answers are validated with the model schemas', () => {
  it('drops a bad list item, names its path in the console, keeps the rest', async () => {
    const bad = { ...CONTRACT_FIXTURE.workers[1], phones: [{ number: 'javascript:alert(1)', publish: true }] };
    const { fetch } = scriptedFetch(json({ items: [CONTRACT_FIXTURE.workers[0], bad, CONTRACT_FIXTURE.workers[2]] }));
    let workers: { id: string }[] = [];
    const lines = await warnings(async () => (workers = await adapterWith(fetch).listWorkers()));
    expect(workers.map((w) => w.id)).to.deep.equal(['W-1', 'W-3']);
    expect(lines.join('\n')).to.contain('workers[1].phones[0].number');
  });

  it('fails a bad single item as invalid-data with its path', async () => {
    const { fetch } = scriptedFetch(json({ ...grid, boundary: { type: 'Polygon', coordinates: [[[0, 0], [1, 1]]] } }));
    let error: AdapterError | undefined;
    await warnings(async () => (error = await failure(adapterWith(fetch).getGrid('G-A1'))));
    expect(error!.code).to.equal('invalid-data');
    expect(error!.path).to.equal('grid.boundary.coordinates[0]');
  });

  it('fails a list answer without an items array, a body that is not JSON, and a malformed receipt', async () => {
    const notList = scriptedFetch(json([grid]));
    expect((await failure(adapterWith(notList.fetch).listGrids())).path).to.equal('items');
    const notJson = scriptedFetch(new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    expect((await failure(adapterWith(notJson.fetch).getGrid('G-A1'))).code).to.equal('invalid-data');
    const badReceipt = scriptedFetch(json({ status: 'maybe', opportunityId: 'O-OPEN' }));
    let error: AdapterError | undefined;
    await warnings(async () => (error = await failure(adapterWith(badReceipt.fetch).submitSignup(signup, { idempotencyKey: 'k' }))));
    expect([error!.code, error!.path]).to.deep.equal(['invalid-data', 'receipt.status']);
  });
});

describe('REST adapter: registration and helpers', () => {
  afterEach(() => clearAdapterCache());

  it('makes api="…" resolve to a REST adapter, loaded on first use', async () => {
    const adapter = adapterFor({ api: '/api/v1/' })!;
    expect(adapter.id).to.equal(`rest:${new URL('/api/v1', document.baseURI).href}`);
    expect(adapterFor({ api: '/api/v1/' })).to.equal(adapter);
    const requested: string[] = [];
    const realFetch = window.fetch;
    window.fetch = async (input) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return new Response('{"items": []}', { headers: { 'content-type': 'application/json' } });
    };
    try {
      expect(await adapter.listGrids()).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
    expect(requested).to.have.length(1);
    expect(requested[0]).to.contain('/api/v1/');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('120')).to.equal(120);
    const now = Date.parse('Wed, 21 Oct 2026 07:27:00 GMT');
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:28:00 GMT', now)).to.equal(60);
    expect(retryAfterSeconds('soon')).to.equal(undefined);
    expect(retryAfterSeconds(null)).to.equal(undefined);
  });
});
