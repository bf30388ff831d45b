import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Survey } from '../../../model/survey.js';
import { renderInlineError, renderRequired } from './common-views.js';
import { controlIds } from './control-ids.js';
import { DEFAULT_RETENTION_DAYS, type FollowUpInput } from './follow-up-input.js';
import { FOLLOW_UP_FIELDS } from './problem.js';
import { describedBy, onLeave, type ViewContext } from './view-context.js';

export interface FollowUpHandlers {
  update: (patch: Partial<FollowUpInput>) => void;
  leave: (field: string) => void;
}

/**
 * Shown after a 不满意 / 非常不满意 answer: the reason, then an optional call back. The contact fields appear only
 * once the resident ticks a consent that names the purpose, the receiver and how long the number is kept (PIPL);
 * without it nothing personal is sent.
 */
export function renderFollowUp(survey: Survey, input: FollowUpInput, ctx: ViewContext, on: FollowUpHandlers): TemplateResult {
  const { t } = ctx;
  const policy = survey.followUpPolicy;
  const receiver = policy?.receiver ?? t.defaultReceiver;
  const days = policy?.retentionDays ?? DEFAULT_RETENTION_DAYS;
  const titleId = ctx.id('follow-up--title');
  const consentNoteId = ctx.id('follow-up--consent-note');
  return html`<section class="follow-up" part="follow-up" aria-labelledby=${titleId}>
    <p class="block-title" id=${titleId} role="heading" aria-level=${ctx.headingLevel + 1}>${t.followUpTitle}</p>
    ${textField(ctx, {
      field: FOLLOW_UP_FIELDS.reason,
      label: html`${t.reasonLabel}${renderRequired(ctx, true)}`,
      hint: t.reasonHint,
      value: input.reason,
      multiline: true,
      required: true,
      input: (reason) => on.update({ reason }),
      leave: () => on.leave(FOLLOW_UP_FIELDS.reason),
    })}
    <fieldset class="contact" part="contact">
      <legend class="question-title">${t.contactTitle}</legend>
      <label class="choice consent">
        <input
          type="checkbox"
          part="consent"
          id=${ctx.id('follow-up-consent')}
          aria-describedby=${consentNoteId}
          .checked=${live(input.consent)}
          @change=${(event: Event) => {
            const consent = (event.target as HTMLInputElement).checked;
            // Withdrawing consent also forgets what was typed, so it cannot be sent by mistake later.
            on.update(consent ? { consent, consentAt: new Date().toISOString() } : { consent, consentAt: undefined, phone: '', name: '' });
          }}
        />
        <span>${t.consentLabel(receiver, days)}</span>
      </label>
      <p class="help" id=${consentNoteId}>${t.consentNote}</p>
      ${input.consent
        ? html`${textField(ctx, {
            field: FOLLOW_UP_FIELDS.phone,
            label: html`${t.phoneLabel}${renderRequired(ctx, true)}`,
            hint: t.phoneHint,
            value: input.phone,
            type: 'tel',
            autocomplete: 'tel',
            required: true,
            input: (phone) => on.update({ phone }),
            leave: () => on.leave(FOLLOW_UP_FIELDS.phone),
          })}
          ${textField(ctx, {
            field: FOLLOW_UP_FIELDS.name,
            label: t.nameLabel,
            hint: t.nameHint,
            value: input.name,
            autocomplete: 'name',
            input: (name) => on.update({ name }),
            leave: () => on.leave(FOLLOW_UP_FIELDS.name),
          })}`
        : nothing}
    </fieldset>
  </section>`;
}

interface TextFieldOptions {
  field: string;
  label: TemplateResult | string;
  hint: string;
  value: string;
  multiline?: boolean;
  required?: boolean;
  type?: 'text' | 'tel';
  autocomplete?: string;
  input: (value: string) => void;
  leave: () => void;
}

function textField(ctx: ViewContext, o: TextFieldOptions): TemplateResult {
  const problem = ctx.problem(o.field);
  const id = ctx.id(o.field);
  const hintId = ctx.id(controlIds.hint(o.field));
  const errorId = problem ? ctx.id(controlIds.error(o.field)) : undefined;
  const describe = describedBy(hintId, errorId);
  const onInput = (event: Event) => o.input((event.target as HTMLInputElement).value);
  return html`<div class="field" @focusout=${onLeave(o.leave)}>
    <label class="field-label" for=${id}>${o.label}</label>
    <p class="help" id=${hintId}>${o.hint}</p>
    ${renderInlineError(ctx, problem, errorId ?? '')}
    ${o.multiline
      ? html`<textarea
          id=${id}
          rows="3"
          aria-describedby=${describe ?? nothing}
          aria-invalid=${problem ? 'true' : nothing}
          aria-required=${o.required ? 'true' : nothing}
          .value=${live(o.value)}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${id}
          type=${o.type ?? 'text'}
          inputmode=${o.type === 'tel' ? 'tel' : nothing}
          autocomplete=${o.autocomplete ?? nothing}
          aria-describedby=${describe ?? nothing}
          aria-invalid=${problem ? 'true' : nothing}
          aria-required=${o.required ? 'true' : nothing}
          .value=${live(o.value)}
          @input=${onInput}
        />`}
  </div>`;
}
