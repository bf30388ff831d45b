import { LeaveGuard } from './leave-guard.js';

/**
 * A submission the device could not store, held in this page (and only here) until it is sent. While one is held
 * and its widget is in the page, leaving the page asks first; while the widget is in the page, the browser coming
 * back online calls `onOnline`, which decides whether to send it again.
 *
 * @example
 * readonly #held = new HeldSubmission<VolunteerSignup>(() => this.#sendAgainIfWorthIt());
 * this.#held.active = true; // in the page
 * this.#held.value = signup; // sent directly; cleared once sent or stored
 */
export class HeldSubmission<T> {
  #value: T | undefined;
  #active = false;
  readonly #leaveGuard = new LeaveGuard();
  readonly #onOnline: () => void;

  constructor(onOnline: () => void) {
    this.#onOnline = onOnline;
  }

  get value(): T | undefined {
    return this.#value;
  }

  set value(value: T | undefined) {
    this.#value = value;
    this.#sync();
  }

  /** Whether its widget is in the page: only then does it listen, and guard leaving. */
  set active(on: boolean) {
    if (on === this.#active) return;
    this.#active = on;
    if (on) globalThis.addEventListener?.('online', this.#onOnline);
    else globalThis.removeEventListener?.('online', this.#onOnline);
    this.#sync();
  }

  #sync(): void {
    this.#leaveGuard.armed = this.#active && this.#value !== undefined;
  }
}
