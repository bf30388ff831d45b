import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError } from '../src/adapters/adapter-error.js';
import type { DataAdapter } from '../src/adapters/data-adapter.js';
import type { Outbox } from '../src/adapters/outbox/outbox.js';
import { SurveySubmission, type SubmissionPhase } from '../src/elements/satisfaction-survey/internal/submission.js';
import type { SurveyResponse } from '../src/model/index.js';

// Given the outbox's code could not load (the network went down before the resident first focused the form),
// when they submit, the answers are tried directly and then again, outbox first, once the browser is online.

class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {}
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

/** An adapter whose every submit fails with `code`. */
const refusing = (code: 'network' | 'rejected' | 'not-configured', onCall = () => {}) =>
  ({
    submitSurveyResponse: async () => {
      onCall();
      throw new AdapterError(code, 'Simulated failure');
    },
  }) as unknown as DataAdapter;

/** An outbox that keeps every submission queued for `code`, noting the keys it was given. */
function queuingOutbox(code: string, keys: string[] = []): Outbox {
  return {
    subscribe: () => () => {},
    submit: async (_kind: string, _payload: unknown, { idempotencyKey }: { idempotencyKey: string }) => {
      keys.push(idempotencyKey);
      return { state: 'queued', key: idempotencyKey, error: { code, message: '' } };
    },
  } as unknown as Outbox;
}

const response = { surveyId: 'S', surveyVersion: '1', answers: { overall: 'satisfied' } } as unknown as SurveyResponse;

describe('survey submission without the outbox', () => {
  it('waits for the network, then stores the answers in the outbox once its code loads', async () => {
    const host = new Host();
    const phases: SubmissionPhase[] = [];
    const queued: string[] = [];
    const submission = new SurveySubmission(host, {
      sent: () => {},
      queued: (key) => queued.push(key),
      changed: (phase) => phases.push(phase),
    });
    host.controllers.forEach((c) => c.hostConnected?.());
    const submitted: string[] = [];
    const adapter = refusing('network');
    const outbox = queuingOutbox('network', submitted);
    let online = false;
    const loadOutbox = () => (online ? Promise.resolve(outbox) : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));

    await submission.submit(loadOutbox, adapter, response, 'K-1');
    expect(submission.phase).to.equal('failed');
    expect(submission.errorCode).to.equal('network');
    expect(submission.waitsForNetwork).to.equal(true);

    online = true;
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(submitted).to.deep.equal(['K-1']);
    expect(submission.phase).to.equal('queued');
    expect(submission.waitsForNetwork).to.equal(false);
    expect(queued).to.deep.equal(['K-1']); // the form's draft may go: the outbox holds the answers now
    expect(phases).to.deep.equal(['submitting', 'failed', 'queued']);
    host.controllers.forEach((c) => c.hostDisconnected?.());
  });

  it('does not try again by itself when the server refused the answers', async () => {
    const host = new Host();
    const submission = new SurveySubmission(host, { sent: () => {}, queued: () => {}, changed: () => {} });
    host.controllers.forEach((c) => c.hostConnected?.());
    let calls = 0;
    const adapter = refusing('rejected', () => calls++);
    await submission.submit(() => Promise.reject(new TypeError('no outbox')), adapter, response, 'K-2');
    expect(submission.errorCode).to.equal('rejected');
    expect(submission.waitsForNetwork).to.equal(false);
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).to.equal(1);
    host.controllers.forEach((c) => c.hostDisconnected?.());
  });

  it('keeps trying, once online, answers a site cannot take yet: the outbox, once loaded, keeps them', async () => {
    const host = new Host();
    const queued: string[] = [];
    const submission = new SurveySubmission(host, { sent: () => {}, queued: (key) => queued.push(key), changed: () => {} });
    host.controllers.forEach((c) => c.hostConnected?.());
    const adapter = refusing('not-configured');
    const outbox = queuingOutbox('not-configured');
    let online = false;
    const loadOutbox = () => (online ? Promise.resolve(outbox) : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await submission.submit(loadOutbox, adapter, response, 'K-3');
    expect(submission.phase).to.equal('failed');
    expect(submission.errorCode).to.equal('not-configured');
    expect(submission.waitsForNetwork, 'not a network failure: no promise to send it when online').to.equal(false);
    online = true;
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(submission.phase).to.equal('queued');
    expect(queued).to.deep.equal(['K-3']);
    host.controllers.forEach((c) => c.hostDisconnected?.());
  });
});
