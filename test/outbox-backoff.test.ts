import { expect } from '@open-wc/testing';
import { backoffDelay, DEFAULT_BACKOFF } from '../src/adapters/outbox/index.js';

describe('backoffDelay', () => {
  it('grows from 2 s by a factor of 2 and stops at 5 minutes', () => {
    const delays = [1, 2, 3, 4, 8, 9, 20].map((attempts) => backoffDelay({ attempts, random: () => 0 }));
    expect(delays).to.deep.equal([2_000, 4_000, 8_000, 16_000, 256_000, 300_000, 300_000]);
    expect(DEFAULT_BACKOFF).to.deep.equal({ baseMs: 2_000, factor: 2, capMs: 300_000 });
  });

  it('jitters down by at most half, never above the exponential delay', () => {
    expect(backoffDelay({ attempts: 3, random: () => 0.999_999 })).to.equal(4_000);
    expect(backoffDelay({ attempts: 3, random: () => 0.5 })).to.equal(6_000);
    expect(backoffDelay({ attempts: 30, random: () => 0.5 })).to.equal(225_000);
  });

  it('waits at least as long as the server asked with Retry-After, even past the cap', () => {
    expect(backoffDelay({ attempts: 1, random: () => 0, retryAfterSeconds: 120 })).to.equal(120_000);
    expect(backoffDelay({ attempts: 9, random: () => 0, retryAfterSeconds: 3_600 })).to.equal(3_600_000);
    // A Retry-After shorter than the backoff does not shorten it.
    expect(backoffDelay({ attempts: 4, random: () => 0, retryAfterSeconds: 1 })).to.equal(16_000);
  });

  it('follows a custom policy', () => {
    const policy = { baseMs: 500, factor: 3, capMs: 10_000 };
    const delays = [1, 2, 3, 4, 5].map((attempts) => backoffDelay({ attempts, random: () => 0, policy }));
    expect(delays).to.deep.equal([500, 1_500, 4_500, 10_000, 10_000]);
  });
});
