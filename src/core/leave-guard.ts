/**
 * Asks the browser to confirm leaving the page while something the resident entered exists only in this page: not
 * sent, and not stored on the device. The listener is there only while that is so, since a standing `beforeunload`
 * listener keeps some browsers from keeping the page in their back/forward cache. Browsers word the question
 * themselves and many phone browsers skip it: the widget's own message says not to close the page.
 *
 * @example
 * readonly #leaveGuard = new LeaveGuard();
 * this.#leaveGuard.armed = answersExistOnlyHere;
 */
export class LeaveGuard {
  #armed = false;
  readonly #onBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    // The older signal, for in-app browsers built on older engines.
    event.returnValue = true;
  };

  get armed(): boolean {
    return this.#armed;
  }

  set armed(on: boolean) {
    if (on === this.#armed) return;
    this.#armed = on;
    if (on) globalThis.addEventListener?.('beforeunload', this.#onBeforeUnload);
    else globalThis.removeEventListener?.('beforeunload', this.#onBeforeUnload);
  }
}
