import { html, nothing, type TemplateResult } from 'lit';
import type { AdapterErrorCode } from '../../../adapters/adapter-error.js';
import type { Locale } from '../../../core/config.js';
import { commonMessages } from '../../../i18n/common.js';
import type { ViewContext } from './view-context.js';

export interface OutcomeOptions {
  receiptCode?: string;
  errorCode?: AdapterErrorCode;
  resultsUrl?: string;
  /** The resident left a phone number for a call back. */
  calledBack?: boolean;
  locale: Locale;
  busy: boolean;
  /** Not stored on the device for want of storage, and the network is down: sent again once it is back. */
  waitsForNetwork?: boolean;
  retry: () => void;
  discard: () => void;
}

const heading = (ctx: ViewContext, text: string) =>
  html`<p class="outcome-title" part="outcome-title" role="heading" aria-level=${ctx.headingLevel} tabindex="-1">${text}</p>`;

/** Acknowledged by the server: the thank-you with the short receipt code and, if published, where results appear. */
export function renderSent(ctx: ViewContext, o: OutcomeOptions): TemplateResult {
  const { t } = ctx;
  return html`<section class="outcome outcome--sent" part="outcome sent">
    ${heading(ctx, t.sentTitle)}
    <p>${t.sentBody}</p>
    ${o.receiptCode
      ? html`<p class="receipt">${t.receipt}<strong class="receipt-code" part="receipt">${o.receiptCode}</strong></p>
          <p class="help">${t.receiptHint}</p>`
      : nothing}
    ${o.calledBack ? html`<p>${t.followUpPromise}</p>` : nothing}
    ${o.resultsUrl ? html`<p><a part="results-link" href=${o.resultsUrl}>${t.resultsLink}</a></p>` : nothing}
  </section>`;
}

/** Stored on the device, waiting for the network (or for the webmaster to configure an endpoint). */
export function renderQueued(ctx: ViewContext, o: OutcomeOptions): TemplateResult {
  const { t } = ctx;
  return html`<section class="outcome outcome--queued" part="outcome queued">
    ${heading(ctx, t.queuedTitle)}
    <p>${o.errorCode === 'not-configured' ? t.queuedNotConfigured : t.queuedBody}</p>
    <div class="actions">
      <button type="button" class="cw-button" part="send-now" ?disabled=${o.busy} @click=${o.retry}>${t.sendNow}</button>
    </div>
    <p class="cw-visually-hidden" role="status">${o.busy ? t.submitting : ''}</p>
  </section>`;
}

/** Refused by the server as it is: say why, and offer both ways out. */
export function renderFailed(ctx: ViewContext, o: OutcomeOptions): TemplateResult {
  const { t } = ctx;
  // Only answers nothing could keep fail for this: a site without an endpoint queues them otherwise.
  const reason = o.errorCode === 'not-configured' ? t.failedNotConfigured : commonMessages.of(o.locale).errors[o.errorCode ?? 'rejected'];
  return html`<section class="outcome outcome--failed" part="outcome failed">
    ${heading(ctx, o.waitsForNetwork ? t.failedOfflineTitle : t.failedTitle)}
    <p>${reason}</p>
    <p>${o.waitsForNetwork ? t.failedOffline : t.failedHint}</p>
    <div class="actions">
      <button type="button" class="cw-button cw-button--primary" part="retry-submit" ?disabled=${o.busy} @click=${o.retry}>${t.retry}</button>
      <button type="button" class="cw-button" part="discard" ?disabled=${o.busy} @click=${o.discard}>${t.discard}</button>
    </div>
  </section>`;
}
