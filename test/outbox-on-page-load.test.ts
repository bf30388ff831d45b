import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/satisfaction-survey/satisfaction-survey.js';
import '../src/elements/worker-card/worker-card.js';
import { AdapterError } from '../src/adapters/adapter-error.js';
import type { DataAdapter, DataWriter } from '../src/adapters/data-adapter.js';
import { Outbox } from '../src/adapters/outbox/outbox.js';
import { createStaticAdapter } from '../src/adapters/static-adapter.js';
import type { SurveyResponse } from '../src/model/index.js';
import { communityData, until } from './helpers/fixtures.js';

// Runs in its own page: the outbox registry must not have been loaded by another test yet.

const NOTE = 'cw-outbox-pending:cw-outbox';
const SURVEY = { id: 'S-LAZY', version: '1', title: '满意度', questions: [{ id: 'overall', kind: 'rating5', title: '整体满意度', required: true }] };

const outboxRequested = () => performance.getEntriesByType('resource').some((entry) => /outbox-registry/.test(entry.name));
const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));

class Server implements DataWriter {
  readonly accepted = new Map<string, SurveyResponse>();
  down = false;
  submitSurveyResponse: DataWriter['submitSurveyResponse'] = async (response, { idempotencyKey }) => {
    if (this.down) throw new AdapterError('network', 'Failed to fetch');
    this.accepted.set(idempotencyKey, response);
    return { code: `SV-${this.accepted.size}`, receivedAt: new Date().toISOString() };
  };
  submitSignup: DataWriter['submitSignup'] = () => Promise.reject(new AdapterError('rejected', 'not here'));
  cancelSignup: DataWriter['cancelSignup'] = () => Promise.reject(new AdapterError('rejected', 'not here'));
}

const adapterFor = (id: string, server: Server): DataAdapter => ({
  ...createStaticAdapter({ data: { ...communityData(), surveys: [SURVEY] }, writer: server }),
  id,
});

describe('the outbox on page load', () => {
  it('is not downloaded for a survey nobody has touched, and is as soon as the resident starts answering', async () => {
    localStorage.setItem(NOTE, '0'); // nothing queued by an earlier visit
    const el = await fixture(html`<cw-satisfaction-survey survey="S-LAZY" .adapter=${adapterFor(`test:${crypto.randomUUID()}`, new Server())}></cw-satisfaction-survey>`);
    await until(() => !!el.shadowRoot!.querySelector('form'), 'form');
    await idle();
    await new Promise((r) => setTimeout(r, 200));
    expect(outboxRequested(), 'outbox loaded before any answer').to.equal(false);

    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="satisfied"]')!.focus();
    await until(outboxRequested, 'outbox requested on first focus');
    el.remove();
  });

  it('delivers what an earlier visit left queued, from a page that shows only a worker card', async () => {
    const id = `test:${crypto.randomUUID()}`;
    const server = new Server();
    server.down = true;
    const earlierVisit = new Outbox({ adapter: adapterFor(id, server) });
    const response: SurveyResponse = { surveyId: 'S-LAZY', surveyVersion: '1', answers: { overall: 'satisfied' }, locale: 'zh-Hans', submittedAt: new Date().toISOString() };
    const queued = await earlierVisit.submit('survey-response', response);
    expect(queued.state).to.equal('queued');
    await earlierVisit.close();
    expect(localStorage.getItem(NOTE)).to.equal('1');

    server.down = false;
    await fixture(html`<cw-worker-card worker="W-1" .adapter=${adapterFor(id, server)}></cw-worker-card>`);
    await until(() => server.accepted.has(queued.key), 'queued answers delivered');
    expect(server.accepted.size).to.equal(1);
    const { closeOutboxes } = await import('../src/core/outbox-registry.js');
    await closeOutboxes();
  });
});
