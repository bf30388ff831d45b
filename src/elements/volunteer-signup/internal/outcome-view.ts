import { html, nothing, type TemplateResult } from 'lit';
import type { AdapterErrorCode } from '../../../adapters/adapter-error.js';
import type { Locale } from '../../../core/config.js';
import { commonMessages } from '../../../i18n/common.js';
import type { SignupReceipt } from '../../../model/volunteer.js';
import type { SignupTexts } from './opportunity-facts-view.js';
import { waitsForNetwork, type SignupPhase } from './signup-phase.js';

export interface OutcomeActions {
  addToCalendar: () => void;
  askCancel: () => void;
  keepSignup: () => void;
  confirmCancel: () => void;
  retry: () => void;
  discard: () => void;
  edit: () => void;
  /** Back to the list, or `undefined` when the widget shows one activity only. */
  backToList?: () => void;
}

export interface OutcomeViewOptions {
  phase: Exclude<SignupPhase, { name: 'form' } | { name: 'submitting' } | { name: 'restoring' }>;
  t: SignupTexts;
  locale: Locale;
  headingLevel: number;
  /** Prefix for ids: unique per widget, since light DOM puts two signups in one id space. */
  idPrefix: string;
  /** The national platform link, already through `safeUrl`, or `undefined` to leave it out. */
  platformHref?: string;
  /** Why the calendar file was not offered: it could not be built, or the browser drops downloads (WeChat). */
  calendarProblem?: 'failed' | 'blocked';
  actions: OutcomeActions;
}

type Tone = 'success' | 'info' | 'warning' | 'error';

/** Every outcome reads the same way: a focusable heading naming the state, what it means, what to do next. */
interface Heading {
  level: number;
  id: string;
}

/** Outcomes sit one level below the widget's heading; the component moves focus to this id. */
export const outcomeHeading = (o: Pick<OutcomeViewOptions, 'headingLevel' | 'idPrefix'>): Heading => ({
  level: o.headingLevel + 1,
  id: `${o.idPrefix}-outcome-title`,
});

function box(tone: Tone, heading: Heading, title: string, body: TemplateResult | string, actions: TemplateResult | typeof nothing = nothing) {
  return html`<section class="outcome outcome--${tone}" part="outcome ${tone}" aria-labelledby=${heading.id}>
    <p class="outcome__title" id=${heading.id} role="heading" aria-level=${heading.level} tabindex="-1">${title}</p>
    <div class="outcome__body">${body}</div>
    ${actions === nothing ? nothing : html`<div class="actions">${actions}</div>`}
  </section>`;
}

const button = (label: string, onClick: () => void, part: string, primary = false) =>
  html`<button type="button" class="cw-button ${primary ? 'cw-button--primary' : ''}" part=${part} @click=${onClick}>${label}</button>`;

function errorText(code: AdapterErrorCode, locale: Locale): string {
  return commonMessages.of(locale).errors[code];
}

function receiptView(receipt: SignupReceipt, o: OutcomeViewOptions): TemplateResult {
  const { t, actions } = o;
  const heading = outcomeHeading(o);
  const waiting = receipt.status === 'waitlisted';
  const body = html`<p>${waiting ? t.waitlistedBody(receipt.position ?? 1) : t.confirmedBody}</p>
    <p class="receipt">${t.receiptCode}<strong class="receipt__code" part="receipt-code">${receipt.code}</strong></p>
    ${o.calendarProblem
      ? html`<p class="error" role="alert">${o.calendarProblem === 'failed' ? t.calendarFailed : t.calendarBlocked}</p>`
      : nothing}
    ${o.platformHref
      ? html`<p><a class="platform" part="platform-link" href=${o.platformHref} target="_blank" rel="noopener noreferrer">${t.platform}</a></p>`
      : nothing}`;
  return box(
    waiting ? 'info' : 'success',
    heading,
    waiting ? t.waitlistedTitle : t.confirmedTitle,
    body,
    html`${button(t.addToCalendar, actions.addToCalendar, 'calendar', true)} ${button(t.cancel, actions.askCancel, 'cancel')}
    ${actions.backToList ? button(t.otherActivities, actions.backToList, 'back') : nothing}`,
  );
}

/**
 * The states after "submit": the server's verdict, saved-for-later, refused, and the cancellation steps.
 */
export function renderOutcome(o: OutcomeViewOptions): TemplateResult {
  const { phase, t, actions, locale } = o;
  const heading = outcomeHeading(o);
  const back = actions.backToList ? button(t.otherActivities, actions.backToList, 'back') : nothing;
  switch (phase.name) {
    case 'result': {
      const { receipt } = phase;
      if (receipt.status === 'confirmed' || receipt.status === 'waitlisted') return receiptView(receipt, o);
      const titles = { full: [t.fullTitle, t.fullBody], closed: [t.closedTitle, t.closedBody], duplicate: [t.duplicateTitle, t.duplicateBody] } as const;
      const [title, body] = titles[receipt.status];
      return box(receipt.status === 'duplicate' ? 'info' : 'warning', heading, title, html`<p>${body}</p>`, back);
    }
    case 'queued':
      return box(
        'info',
        heading,
        t.queuedTitle,
        html`<p>${t.queuedBody}</p>
          ${phase.reason ? html`<p class="reason">${t.queuedReason(errorText(phase.reason, locale))}</p>` : nothing}`,
        html`${button(t.retryNow, actions.retry, 'retry-now', true)} ${button(t.discard, actions.discard, 'discard')}`,
      );
    case 'failed':
      return box(
        'error',
        heading,
        t.failedTitle,
        html`<p>${phase.code === 'rejected' ? t.failedRejected : phase.code === 'not-configured' ? t.failedNotConfigured : errorText(phase.code, locale)}</p>
          ${waitsForNetwork(phase) ? html`<p>${t.failedOffline}</p>` : nothing}`,
        html`${button(t.edit, actions.edit, 'edit', true)} ${button(commonMessages.of(locale).retry, actions.retry, 'retry-now')}`,
      );
    case 'confirm-cancel':
      return box(
        'warning',
        heading,
        t.cancelConfirmTitle,
        html`<p>${t.cancelConfirmBody}</p>`,
        html`${button(t.cancelYes, actions.confirmCancel, 'confirm-cancel', true)} ${button(t.cancelNo, actions.keepSignup, 'keep')}`,
      );
    case 'cancelling':
      return html`<div class="cw-state cw-state--loading" part="state cancelling" role="status">
        <span class="cw-spinner" aria-hidden="true"></span>${t.cancelling}
      </div>`;
    case 'cancel-queued':
      return box(
        'info',
        heading,
        t.cancelQueued,
        html`<p class="receipt">${t.receiptCode}<strong class="receipt__code" part="receipt-code">${phase.receipt.code}</strong></p>
          ${phase.reason ? html`<p class="reason">${t.queuedReason(errorText(phase.reason, locale))}</p>` : nothing}`,
      );
    case 'cancel-failed':
      return box(
        'error',
        heading,
        t.cancelFailed,
        html`<p>${errorText(phase.code, locale)}</p>`,
        html`${button(commonMessages.of(locale).retry, actions.confirmCancel, 'retry-now', true)} ${button(t.cancelNo, actions.keepSignup, 'keep')}`,
      );
    case 'cancelled':
      return box(
        phase.status === 'not-found' ? 'warning' : 'success',
        heading,
        phase.status === 'not-found' ? t.cancelNotFound : t.cancelledTitle,
        html`<p>${t.cancelledBody}</p>`,
        back,
      );
  }
}
