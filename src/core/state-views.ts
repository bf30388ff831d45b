import { html, nothing, type TemplateResult } from 'lit';
import type { AdapterError } from '../adapters/adapter-error.js';
import { commonMessages } from '../i18n/common.js';
import type { Locale } from './config.js';
import type { DataState } from './data-controller.js';

/** What the error state needs from a data source: the error, and a way to ask again. */
export interface RetrySource {
  readonly error: AdapterError | undefined;
  retry(): void;
}

export interface StateViewOptions {
  locale: Locale;
  /** What the webmaster must set, e.g. `worker="…" or grid="…"`. */
  missing: string;
  emptyText?: string;
}

/**
 * The four states every widget shares. `ready` is the widget's own; the rest look and read the same
 * everywhere, each reserving the widget's space so nothing jumps when data arrives.
 */
export function renderState(state: Exclude<DataState, 'ready'>, controller: RetrySource, options: StateViewOptions): TemplateResult {
  const t = commonMessages.of(options.locale);
  switch (state) {
    case 'loading':
      return html`<div class="cw-state cw-state--loading" part="state loading" role="status" aria-live="polite">
        <span class="cw-spinner" aria-hidden="true"></span>${t.loading}
      </div>`;
    case 'empty':
      return html`<div class="cw-state" part="state empty" role="status">${options.emptyText ?? t.empty}</div>`;
    case 'not-configured':
      return html`<div class="cw-state cw-state--note" part="state not-configured" role="note">
        <strong>${t.notConfigured}</strong> <span>${t.notConfiguredHint(options.missing)}</span>
      </div>`;
    case 'error':
      return renderError(controller.error, options.locale, () => controller.retry());
  }
}

export function renderError(error: AdapterError | undefined, locale: Locale, retry?: () => void): TemplateResult {
  const t = commonMessages.of(locale);
  const code = error?.code ?? 'network';
  return html`<div class="cw-state cw-state--error" part="state error" role="alert">
    <p>${t.errors[code]}</p>
    ${code === 'invalid-data' && error?.path ? html`<p class="cw-state__detail">${t.dataPath(error.path)}</p>` : nothing}
    ${retry ? html`<button type="button" class="cw-button" part="retry" @click=${retry}>${t.retry}</button>` : nothing}
  </div>`;
}
