import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Pages without frames (a hidden tab) still get the rest after this long. */
const HIDDEN_PAGE_FALLBACK_MS = 100;

/**
 * Shows a long form in two steps: the first few questions in the first frame, the rest in the task after that
 * frame. Laying out and painting three questions instead of ten puts the start of the survey on screen sooner on
 * a slow phone, and splits one long task in two. The host's `updateComplete` should wait for {@link pending} so
 * that code awaiting it finds every question.
 *
 * @example
 * const count = this.reveal.limit(questions.length); // then render questions.slice(0, count)
 */
export class StagedReveal implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #firstCount: number;
  #complete = false;
  #limited = false;
  #pending: Promise<void> | undefined;
  #finish: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, firstCount: number) {
    this.#host = host;
    this.#firstCount = firstCount;
    host.addController(this);
  }

  /** How many of `count` items to render in this update. */
  limit(count: number): number {
    if (this.#complete || count <= this.#firstCount) return count;
    this.#limited = true;
    return this.#firstCount;
  }

  /** Whether everything is shown (the second step is done, or was never needed). */
  get complete(): boolean {
    return this.#complete || !this.#limited;
  }

  /** Resolves once the second step has been requested; undefined when none is waiting. */
  get pending(): Promise<void> | undefined {
    return this.#pending;
  }

  hostUpdated(): void {
    if (!this.#limited || this.#complete || this.#pending) return;
    this.#pending = new Promise((resolve) => (this.#finish = resolve));
    let done = false;
    const showAll = () => {
      if (done) return;
      done = true;
      this.#showAll();
    };
    // A task queued from a frame callback runs after that frame is painted.
    requestAnimationFrame(() => setTimeout(showAll));
    setTimeout(showAll, HIDDEN_PAGE_FALLBACK_MS);
  }

  hostDisconnected(): void {
    // Nothing to paint first any more; whoever awaits the host must not wait for a frame that will not come.
    if (this.#pending) this.#showAll();
  }

  #showAll(): void {
    if (this.#complete) return;
    this.#complete = true;
    this.#host.requestUpdate();
    this.#finish?.();
  }
}
