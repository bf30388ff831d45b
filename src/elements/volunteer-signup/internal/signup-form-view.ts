import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { VolunteerOpportunity } from '../../../model/volunteer.js';
import { AGE_CHOICES } from './age-eligibility.js';
import type { SignupTexts } from './opportunity-facts-view.js';
import { visibleFields, type DraftField, type FieldProblem, type SignupDraft } from './signup-draft.js';

export interface SignupFormViewOptions {
  opportunity: VolunteerOpportunity;
  draft: SignupDraft;
  /** Problems to show next to their fields (after blur or submit). */
  problems: ReadonlyMap<DraftField, FieldProblem>;
  /** Show the error summary (after a submit with problems). */
  summary: boolean;
  submitting: boolean;
  retentionMonths: number;
  headingLevel: number;
  /** Prefix for every id: unique per widget, since light DOM puts two signups in one id space. */
  idPrefix: string;
  t: SignupTexts;
  input: (field: DraftField, value: string | boolean) => void;
  blur: (field: DraftField) => void;
  submit: () => void;
}


type TextField = 'name' | 'mobile' | 'guardianName' | 'guardianMobile' | 'community' | 'note';

/**
 * The signup form, GOV.UK style: label, hint, error above the control, `aria-describedby` tying them together,
 * `aria-invalid` on the control, and an error summary whose links move focus to the field.
 */
export function renderSignupForm(o: SignupFormViewOptions): TemplateResult {
  const { t, draft, opportunity } = o;
  const id = (name: string) => `${o.idPrefix}-${name}`;
  /** Id of the control a field's error links to; a radio group links to its first radio. */
  const fieldId = (field: DraftField) => id(`f-${field}`);
  const shown = new Set(visibleFields(draft, opportunity));
  const message = (field: DraftField) => {
    const problem = o.problems.get(field);
    return problem ? t.problems[`${field}-${problem}` as keyof SignupTexts['problems']].replace('{n}', String(opportunity.minAge ?? '')) : undefined;
  };
  const describedBy = (field: DraftField, ...extra: string[]) =>
    [...extra, o.problems.has(field) ? `${fieldId(field)}-error` : ''].filter(Boolean).join(' ') || nothing;
  const errorText = (field: DraftField) => {
    const text = message(field);
    return text
      ? html`<p class="error" id="${fieldId(field)}-error" part="field-error"><span class="cw-visually-hidden">${t.errorPrefix}</span>${text}</p>`
      : nothing;
  };

  const textField = (field: TextField, label: string, options: { hint?: string; type?: string; autocomplete?: string; multiline?: boolean } = {}) => {
    const hintId = options.hint ? `${fieldId(field)}-hint` : '';
    const attrs = {
      id: fieldId(field),
      invalid: o.problems.has(field) ? 'true' : 'false',
      describedBy: describedBy(field, hintId),
    };
    const onInput = (e: Event) => o.input(field, (e.target as HTMLInputElement).value);
    return html`<div class="field ${o.problems.has(field) ? 'field--error' : ''}">
      <label for=${attrs.id}>${label}</label>
      ${options.hint ? html`<p class="hint" id=${hintId}>${options.hint}</p>` : nothing} ${errorText(field)}
      ${options.multiline
        ? html`<textarea id=${attrs.id} name=${field} rows="3" .value=${live(draft[field])} aria-invalid=${attrs.invalid}
            aria-describedby=${attrs.describedBy} @input=${onInput} @blur=${() => o.blur(field)}></textarea>`
        : html`<input id=${attrs.id} name=${field} type=${options.type ?? 'text'} .value=${live(draft[field])}
            autocomplete=${options.autocomplete ?? 'off'} inputmode=${options.type === 'tel' ? 'tel' : nothing}
            aria-invalid=${attrs.invalid} aria-describedby=${attrs.describedBy} @input=${onInput} @blur=${() => o.blur(field)} />`}
    </div>`;
  };

  const checkbox = (field: 'ageConfirmed' | 'guardianConsent' | 'consent', label: string, describedByIds: string[] = []) =>
    html`<div class="field ${o.problems.has(field) ? 'field--error' : ''}">
      ${errorText(field)}
      <label class="choice">
        <input id=${fieldId(field)} name=${field} type="checkbox" .checked=${live(draft[field])}
          aria-invalid=${o.problems.has(field) ? 'true' : 'false'} aria-describedby=${describedBy(field, ...describedByIds)}
          @change=${(e: Event) => o.input(field, (e.target as HTMLInputElement).checked)} />
        <span>${label}</span>
      </label>
    </div>`;

  const ageHintId = opportunity.minAge ? `${fieldId('ageGroup')}-hint` : '';
  const problems = [...o.problems.entries()];
  const level = o.headingLevel + 1;

  return html`<form class="form" part="form" novalidate aria-labelledby=${id('form-title')}
    @submit=${(e: Event) => {
      e.preventDefault();
      o.submit();
    }}>
    <p class="form-title" id=${id('form-title')} role="heading" aria-level=${level}>${t.formTitle}</p>
    ${o.summary && problems.length
      ? html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby=${id('error-summary-title')}>
          <p class="error-summary__title" id=${id('error-summary-title')} role="heading" aria-level=${level + 1}>${t.errorSummary}</p>
          <ul>
            ${problems.map(
              ([field]) => html`<li>
                <a href="#${fieldId(field)}" @click=${(e: Event) => focusControl(e, fieldId(field))}>${message(field)}</a>
              </li>`,
            )}
          </ul>
        </div>`
      : nothing}
    <p class="hint">${t.requiredNote}</p>
    ${textField('name', t.name, { hint: t.nameHint, autocomplete: 'name' })}
    ${textField('mobile', t.mobile, { hint: t.mobileHint, type: 'tel', autocomplete: 'tel-national' })}
    <fieldset class="field ${o.problems.has('ageGroup') ? 'field--error' : ''}" aria-describedby=${describedBy('ageGroup', ageHintId)}>
      <legend>${t.ageGroup}</legend>
      ${opportunity.minAge ? html`<p class="hint" id=${ageHintId}>${t.ageHint(opportunity.minAge)}</p>` : nothing}
      ${errorText('ageGroup')}
      <div class="choices">
        ${AGE_CHOICES.map(
          (group, i) => html`<label class="choice">
            <input id=${i === 0 ? fieldId('ageGroup') : `${fieldId('ageGroup')}-${group}`} type="radio" name="ageGroup" .value=${group}
              .checked=${live(draft.ageGroup === group)} aria-invalid=${o.problems.has('ageGroup') ? 'true' : 'false'}
              @change=${() => o.input('ageGroup', group)} />
            <span>${t.ages[group]}</span>
          </label>`,
        )}
      </div>
    </fieldset>
    ${shown.has('ageConfirmed') ? checkbox('ageConfirmed', t.ageConfirmed(opportunity.minAge ?? 0)) : nothing}
    ${shown.has('guardianName')
      ? html`<fieldset class="group" part="guardian" aria-describedby=${id('guardian-intro')}>
          <legend>${t.guardianTitle}</legend>
          <p class="hint" id=${id('guardian-intro')}>${t.guardianIntro}</p>
          ${textField('guardianName', t.guardianName, { autocomplete: 'off' })}
          ${textField('guardianMobile', t.guardianMobile, { hint: t.mobileHint, type: 'tel' })}
          ${checkbox('guardianConsent', t.guardianConsent(opportunity.organizer))}
        </fieldset>`
      : nothing}
    ${textField('community', t.communityField, { autocomplete: 'off' })}
    ${textField('note', t.note, { hint: t.noteHint, multiline: true })}
    <section class="consent" part="consent" aria-labelledby=${id('consent-title')}>
      <p class="consent-title" id=${id('consent-title')} role="heading" aria-level=${level + 1}>${t.consentTitle}</p>
      <p id=${id('consent-text')}>${t.consentText(opportunity.organizer, o.retentionMonths)}</p>
      ${checkbox('consent', t.consent, [id('consent-text')])}
    </section>
    <div class="actions">
      <button type="submit" class="cw-button cw-button--primary" part="submit" aria-disabled=${o.submitting ? 'true' : 'false'}>
        ${o.submitting ? t.submitting : t.submit}
      </button>
    </div>
  </form>`;
}

/** Links inside a shadow root cannot scroll to an id by themselves: move focus to the field instead. */
function focusControl(event: Event, controlId: string): void {
  event.preventDefault();
  const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot | Document;
  const control = root.getElementById(controlId);
  control?.focus();
  control?.scrollIntoView?.({ block: 'center' });
}
