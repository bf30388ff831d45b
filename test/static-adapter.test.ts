import { expect } from '@open-wc/testing';
import { AdapterError, createMemoryWriter, createStaticAdapter } from '../src/adapters/index.js';
import { CONTRACT_FIXTURE, runAdapterContract } from '../src/adapters/contract/index.js';

function withMemoryWrites() {
  const reader = createStaticAdapter({ data: structuredClone(CONTRACT_FIXTURE) });
  return createStaticAdapter({ data: structuredClone(CONTRACT_FIXTURE), writer: createMemoryWriter({ getOpportunity: reader.getOpportunity }) });
}

runAdapterContract('static adapter (inline data, memory writer)', withMemoryWrites);

const json = (body: unknown, status = 200) =>
  Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

describe('static adapter', () => {
  it('fetches the file once for many calls', async () => {
    let calls = 0;
    const adapter = createStaticAdapter({ url: '/data.json', fetch: () => (calls++, json(CONTRACT_FIXTURE)) });
    await Promise.all([adapter.listGrids(), adapter.getWorker('W-1'), adapter.listOpportunities()]);
    expect(calls).to.equal(1);
  });

  it('fetches again after a failure, so retry works', async () => {
    let calls = 0;
    const adapter = createStaticAdapter({ url: '/data.json', fetch: () => (++calls === 1 ? json('oops', 503) : json(CONTRACT_FIXTURE)) });
    const error = await adapter.listGrids().catch((e: unknown) => e);
    expect((error as AdapterError).code).to.equal('server');
    expect(await adapter.listGrids()).to.have.length(2);
  });

  it('reports a file that is not JSON as invalid-data', async () => {
    const adapter = createStaticAdapter({ url: '/data.json', fetch: () => json('{"grids": [', 200) });
    const error = (await adapter.listGrids().catch((e: unknown) => e)) as AdapterError;
    expect(error.code).to.equal('invalid-data');
    expect(error.message).to.contain('not valid JSON');
  });

  it('reports a network failure and a timeout with retryable codes', async () => {
    const offline = createStaticAdapter({ url: '/x.json', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(((await offline.listGrids().catch((e: unknown) => e)) as AdapterError).code).to.equal('network');
    const stalled = createStaticAdapter({
      url: '/x.json',
      timeoutMs: 20,
      fetch: (_url, init) => new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason))),
    });
    const error = (await stalled.listGrids().catch((e: unknown) => e)) as AdapterError;
    expect(error.code).to.equal('timeout');
    expect(error.retryable).to.equal(true);
  });

  it('keeps good items and names the path of a bad one', async () => {
    const data = structuredClone(CONTRACT_FIXTURE) as { workers: Record<string, unknown>[] };
    data.workers[1] = { ...data.workers[1], phones: [{ number: 'javascript:alert(1)', publish: true }] };
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const adapter = createStaticAdapter({ data });
      expect((await adapter.listWorkers()).map((w) => w.id)).to.deep.equal(['W-1', 'W-3']);
      const error = (await adapter.getWorker('W-2').catch((e: unknown) => e)) as AdapterError;
      expect(error.code).to.equal('invalid-data');
      expect(error.path).to.equal('workers[1].phones[0].number');
      expect(warnings.join('\n')).to.contain('workers[1].phones[0].number');
    } finally {
      console.warn = warn;
    }
  });

  it('fails the whole file when a collection is not an array', async () => {
    const adapter = createStaticAdapter({ data: { grids: {} } });
    const error = (await adapter.listGrids().catch((e: unknown) => e)) as AdapterError;
    expect(error.code).to.equal('invalid-data');
    expect(error.path).to.equal('grids');
  });

  it('keeps writes queued-able when no endpoint is configured', async () => {
    const adapter = createStaticAdapter({ data: CONTRACT_FIXTURE });
    const error = (await adapter
      .submitSurveyResponse({ surveyId: 'S-1', answers: {}, locale: 'en', submittedAt: new Date().toISOString() }, { idempotencyKey: 'k' })
      .catch((e: unknown) => e)) as AdapterError;
    expect(error.code).to.equal('not-configured');
    expect(error.retryable).to.equal(true);
  });
});

describe('static adapter URLs', () => {
  it('resolves links in the file against the file, not the page', async () => {
    const data = structuredClone(CONTRACT_FIXTURE) as { workers: Record<string, unknown>[] };
    data.workers[0]!.photo = { url: '../photos/wang.svg', publish: true };
    const adapter = createStaticAdapter({
      url: '/cms/data/community.json',
      fetch: async () => {
        const response = new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
        Object.defineProperty(response, 'url', { value: `${location.origin}/cms/data/community.json` });
        return response;
      },
    });
    expect((await adapter.getWorker('W-1')).photo!.url).to.equal(`${location.origin}/cms/photos/wang.svg`);
  });
});

describe('static adapter: lazy validation', () => {
  it('checks a collection only when it is first read', async () => {
    const data = structuredClone(CONTRACT_FIXTURE) as { grids: Record<string, unknown>[] };
    data.grids[0]!.boundary = { type: 'Polygon', coordinates: [] };
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const adapter = createStaticAdapter({ data });
      expect((await adapter.getWorker('W-1')).name).to.equal('王网格长');
      expect(warnings, 'grids not yet checked').to.deep.equal([]);
      expect((await adapter.listGrids()).map((g) => g.id)).to.deep.equal(['G-B1']);
      expect(warnings.join('\n')).to.contain('grids[0].boundary');
      await adapter.listGrids();
      expect(warnings, 'checked once').to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
