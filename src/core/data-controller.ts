import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController } from 'lit';
import { AdapterError } from '../adapters/adapter-error.js';
import type { DataAdapter } from '../adapters/data-adapter.js';
import { warmAdapter } from '../adapters/lazy-adapter.js';
import type { CwElement } from './cw-element.js';
import { deliverQueuedWhenIdle } from './load-outbox.js';
import { nextTask } from './next-task.js';
import { convertStrings, loadTraditional } from './traditional.js';

export type DataState = 'not-configured' | 'loading' | 'empty' | 'error' | 'ready';

/**
 * How long new data on a zh-Hant page waits for the character table (about 22 KB gzip, fetched beside the data)
 * before it is shown in Simplified meanwhile: on a very slow link a resident reads something rather than nothing.
 */
const CONVERTER_WAIT_MS = 3000;

export interface DataControllerOptions<A extends readonly unknown[], T> {
  /** Widget name for `cw-ready`/`cw-error` events. */
  widget: string;
  /** The request's arguments, or `undefined` while a required setting (e.g. `worker`) is missing. */
  args: () => A | undefined;
  load: (adapter: DataAdapter, args: A, signal: AbortSignal) => Promise<T>;
  isEmpty?: (value: T) => boolean;
}

/**
 * Loads a widget's data through its adapter and names the state the widget is in. Built on @lit/task, so a
 * change of adapter or arguments aborts the old request and starts a new one.
 *
 * @example
 * private data = new DataController(this, {
 *   widget: 'worker-card',
 *   args: () => (this.worker ? [this.worker] as const : undefined),
 *   load: (adapter, [id], signal) => adapter.getWorker(id, { signal }),
 * });
 */
export class DataController<A extends readonly unknown[], T> implements ReactiveController {
  private readonly host: CwElement;
  private readonly options: DataControllerOptions<A, T>;
  private readonly task: Task<unknown[], T>;
  private attempt = 0;
  private convert?: (text: string) => string;
  /**
   * The converter is on its way; on its way for longer than new data waits for it; or could not be loaded (data
   * then stays in Simplified until retry, or until the browser is back online).
   */
  private converter?: 'loading' | 'late' | 'failed';
  private converted?: { raw: T; value: T };
  /** The data last reported ready, in either script: a later switch to zh-Hant keeps it shown meanwhile. */
  private shown?: unknown;
  /** `cw-ready` was due while the data waited for the converter. */
  private readyHeld = false;

  constructor(host: CwElement, options: DataControllerOptions<A, T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
    this.task = new Task(host, {
      // Flat, so @lit/task's shallow comparison sees equal ids as equal: a fresh array from `args()` on every
      // update would otherwise restart the request forever.
      args: () => [host.resolvedAdapter, this.attempt, ...(options.args() ?? [undefined])],
      task: async ([adapter, , ...rest], { signal }) => {
        const args = options.args();
        if (!adapter || !args || rest[0] === undefined) return initialState;
        // Any widget's page delivers what an earlier visit left queued for its data source (once per adapter).
        deliverQueuedWhenIdle(adapter as DataAdapter);
        try {
          return await options.load(adapter as DataAdapter, args, signal);
        } catch (error) {
          throw AdapterError.from(error);
        }
      },
      onComplete: () => host.updateComplete.then(() => this.announce()),
      onError: (error) => this.reportError(error as AdapterError),
    });
  }

  /** A converter that could not be loaded is asked for again once the browser says it is back online. */
  private readonly converterOnline = (): void => {
    if (this.converter !== 'failed') return;
    this.converter = undefined;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener('online', this.converterOnline);
    // The request itself starts at the first render, which waits for a task of its own and maybe for a language's
    // strings; the adapter's code and a data file can start downloading before that. In a task of its own too:
    // starting those requests is not free on a slow phone, and the upgrade that runs this is part of the script's
    // long first task.
    void nextTask().then(() => {
      if (!this.host.isConnected || !this.options.args()) return;
      warmAdapter(this.host.resolvedAdapter);
      // On a 繁體 page the character table is needed as soon as the data is: fetched beside it, not after it.
      if (this.host.targetLocale === 'zh-Hant') this.loadConverter();
    });
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.converterOnline);
  }

  get state(): DataState {
    if (!this.host.resolvedAdapter || !this.options.args()) return 'not-configured';
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        if (this.awaitsConverter()) return 'loading';
        this.shown = this.task.value;
        return this.options.isEmpty?.(this.task.value as T) ? 'empty' : 'ready';
      case TaskStatus.ERROR:
        return (this.task.error as AdapterError).code === 'aborted' ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  /** The data, with its strings in Traditional characters while the widget shows zh-Hant. */
  get value(): T | undefined {
    const raw = this.task.value;
    if (raw === undefined || this.host.currentLocale !== 'zh-Hant') return raw;
    if (this.converted?.raw === raw) return this.converted.value;
    if (this.convert) {
      this.converted = { raw, value: convertStrings(raw, this.convert) };
      return this.converted.value;
    }
    // The page switched to 繁體 after the data was shown (or the converter is late or failed): Simplified until it
    // arrives.
    this.loadConverter();
    return raw;
  }

  /**
   * New data on a zh-Hant page waits for the converter, so a resident never sees a question's text change script
   * under them. Data already shown stays meanwhile (the page's own 繁體 toggle), and a failed or late converter
   * holds nothing back.
   */
  private awaitsConverter(): boolean {
    if (this.host.currentLocale !== 'zh-Hant' || this.convert || this.shown === this.task.value) return false;
    this.loadConverter();
    return this.converter === 'loading';
  }

  private loadConverter(): void {
    if (this.convert || this.converter) return;
    this.converter = 'loading';
    const late = setTimeout(() => this.stopWaiting('late'), CONVERTER_WAIT_MS);
    loadTraditional().then(
      (convert) => {
        clearTimeout(late);
        this.convert = convert;
        this.stopWaiting(undefined);
      },
      () => {
        clearTimeout(late);
        console.warn('[community-widgets] Could not load the Traditional Chinese converter; data stays in Simplified.');
        this.stopWaiting('failed');
      },
    );
  }

  /** New data waits no longer: the converter arrived (`undefined`), is late, or failed. */
  private stopWaiting(converter: 'late' | 'failed' | undefined): void {
    this.converter = converter;
    this.host.requestUpdate();
    if (this.readyHeld) void this.host.updateComplete.then(() => this.announce());
  }

  /**
   * A string from outside the data (an attribute such as `community="朝二社区"`) in the script the data is shown
   * in, so it still equals the data's own values while they are shown in Traditional.
   */
  display(text: string): string {
    return this.host.currentLocale === 'zh-Hant' && this.convert ? this.convert(text) : text;
  }

  get error(): AdapterError | undefined {
    return this.task.status === TaskStatus.ERROR ? (this.task.error as AdapterError) : undefined;
  }

  /** Asks again: a new attempt even with the same arguments (the adapter forgot the failure). */
  retry(): void {
    if (this.converter === 'failed') this.converter = undefined;
    this.attempt++;
    this.host.requestUpdate();
  }

  private announce(): void {
    this.readyHeld = this.task.status === TaskStatus.COMPLETE && this.state === 'loading';
    if (this.state === 'ready' || this.state === 'empty') {
      this.host.dispatchEvent(new CustomEvent('cw-ready', { detail: { widget: this.options.widget }, bubbles: true, composed: true }));
    }
  }

  private reportError(error: AdapterError): void {
    if (error.code === 'aborted') return;
    // The console line is for the webmaster: it names the request and, for bad data, the exact path.
    console.warn(`[community-widgets] <cw-${this.options.widget}>: ${error.message}`);
    this.host.dispatchEvent(
      new CustomEvent('cw-error', { detail: { widget: this.options.widget, code: error.code, path: error.path }, bubbles: true, composed: true }),
    );
  }
}
