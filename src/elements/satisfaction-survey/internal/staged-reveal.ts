import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Pages without frames (a hidden tab) still get the next batch after this long. */
const HIDDEN_PAGE_FALLBACK_MS = 100;

/**
 * Shows a long form a few items at a time: the first ones in the first frame, then a batch more in the task after
 * each painted frame, until all are there. On a slow phone the start of the survey is on screen sooner, and
 * rendering and laying out ten questions is split into tasks short enough not to block a tap (each batch is a
 * render plus a layout of its own). The host's `updateComplete` should wait for {@link pending} so that code
 * awaiting it finds every item.
 *
 * @example
 * const count = this.reveal.limit(questions.length); // then render questions.slice(0, count)
 */
export class StagedReveal implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #batchCount: number;
  /** How many items the next render may show; Infinity once everything is shown. */
  #shown: number;
  /** The item count of the latest render that was cut short. */
  #wanted = 0;
  /** The items have been rendered at least once: only that first showing is staged. */
  #used = false;
  #scheduled = false;
  #pending: Promise<void> | undefined;
  #finish: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, firstCount: number, batchCount: number) {
    this.#host = host;
    this.#batchCount = batchCount;
    this.#shown = firstCount;
    host.addController(this);
  }

  /** How many of `count` items to render in this update. */
  limit(count: number): number {
    this.#used = true;
    if (count <= this.#shown) return count;
    this.#wanted = count;
    return this.#shown;
  }

  /** Whether everything is shown (the last batch is done, or was never needed). */
  get complete(): boolean {
    return this.#wanted <= this.#shown;
  }

  /** Resolves once every item has been requested; undefined when nothing is waiting. */
  get pending(): Promise<void> | undefined {
    return this.#pending;
  }

  /**
   * Shows everything from the next render on, unstaged: e.g. when the items replace a pre-rendered form of the same
   * length, where showing a few first would shrink the page under a resident who is reading further down.
   */
  finish(): void {
    this.#used = true;
    if (this.complete) this.#shown = Infinity;
    else this.#showMore(Infinity); // mid-way: whoever awaits the rest must not wait for batches that will not come
  }

  hostUpdated(): void {
    if (this.#scheduled) return;
    if (this.complete) {
      // Later renders (another step, a question shown by an answer) show everything at once.
      if (this.#used) this.#shown = Infinity;
      return;
    }
    this.#scheduled = true;
    this.#pending ??= new Promise((resolve) => (this.#finish = resolve));
    let done = false;
    const next = () => {
      if (done) return;
      done = true;
      this.#scheduled = false;
      this.#showMore(this.#batchCount);
    };
    // A task queued from a frame callback runs after that frame is painted.
    requestAnimationFrame(() => setTimeout(next));
    setTimeout(next, HIDDEN_PAGE_FALLBACK_MS);
  }

  hostDisconnected(): void {
    // Nothing to paint first any more; whoever awaits the host must not wait for frames that will not come.
    if (!this.complete) this.#showMore(Infinity);
  }

  #showMore(count: number): void {
    if (this.complete) return;
    this.#shown = this.#shown + count >= this.#wanted ? Infinity : this.#shown + count;
    this.#host.requestUpdate();
    if (this.complete) {
      this.#finish?.();
      this.#pending = undefined;
      this.#finish = undefined;
    }
  }
}
