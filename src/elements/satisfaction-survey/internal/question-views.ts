import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Question } from '../../../model/survey.js';
import { NEGATIVE_LEVELS, RATING5_LEVELS } from '../../../model/vocabulary.js';
import type { AnswerValue } from './answers.js';
import { renderHelp, renderInlineError, renderRequired } from './common-views.js';
import { controlIds } from './control-ids.js';
import { starMeter } from './stars.js';
import { describedBy, onLeave, type QuestionHandlers, type ViewContext } from './view-context.js';

type Of<K extends Question['kind']> = Extract<Question, { kind: K }>;

/** One question as a form control group. Each kind is a real fieldset of radios/checkboxes or a labelled field. */
export function renderQuestion(question: Question, value: AnswerValue | undefined, ctx: ViewContext, on: QuestionHandlers): TemplateResult {
  switch (question.kind) {
    case 'rating5':
      return renderRating5(question, value, ctx, on);
    case 'rating-matrix':
      return renderMatrix(question, value, ctx, on);
    case 'single':
      return renderSingle(question, value, ctx, on);
    case 'multiple':
      return renderMultiple(question, value, ctx, on);
    case 'scale':
      return renderScale(question, value, ctx, on);
    case 'text':
      return renderText(question, value, ctx, on);
  }
}

/** The parts every fieldset-based question shares: legend, help, error, and what describes the group. */
function groupParts(question: Question, ctx: ViewContext) {
  const problem = ctx.problem(question.id);
  const helpId = question.help ? ctx.id(controlIds.help(question.id)) : undefined;
  const errorId = problem ? ctx.id(controlIds.error(question.id)) : undefined;
  return {
    problem,
    helpId,
    errorId,
    legend: html`<legend class="question-title" part="question-title">${question.title}${renderRequired(ctx, question.required)}</legend>`,
    help: renderHelp(question.help, helpId ?? ''),
    error: renderInlineError(ctx, problem, errorId ?? ''),
  };
}

type GroupParts = ReturnType<typeof groupParts>;

interface FieldsetOptions {
  /** One answer (radios): the fieldset is the radio group and carries its invalid and required states. */
  radiogroup: boolean;
  /** A hint between help and error (choice limits, scale anchors), and its id for aria-describedby. */
  hint?: { id: string; content: TemplateResult };
}

/** The fieldset every grouped question is: legend, help, hint, error, then the controls. */
function renderFieldset(question: Question, kind: string, p: GroupParts, on: QuestionHandlers, options: FieldsetOptions, controls: TemplateResult): TemplateResult {
  const radio = options.radiogroup;
  return html`<fieldset
    class="question question--${kind}"
    part="question"
    role=${radio ? 'radiogroup' : nothing}
    data-question=${question.id}
    aria-describedby=${describedBy(p.helpId, options.hint?.id, p.errorId) ?? nothing}
    aria-invalid=${radio && p.problem ? 'true' : nothing}
    aria-required=${radio && question.required ? 'true' : nothing}
    @focusout=${onLeave(on.leave)}
  >
    ${p.legend}${p.help}${options.hint?.content ?? nothing}${p.error}
    ${controls}
  </fieldset>`;
}

function renderRating5(question: Of<'rating5'>, value: AnswerValue | undefined, ctx: ViewContext, on: QuestionHandlers): TemplateResult {
  const p = groupParts(question, ctx);
  const name = ctx.id(question.id);
  return renderFieldset(
    question,
    'rating5',
    p,
    on,
    { radiogroup: true },
    html`<div class="stars">
      ${RATING5_LEVELS.map((level, index) => {
        const checked = value === level;
        const negative = NEGATIVE_LEVELS.includes(level);
        return html`<label class="star ${checked ? 'is-checked' : ''} ${negative ? 'is-negative' : ''}" part="star${checked ? ' star-checked' : ''}">
          <input
            class="cover-input"
            type="radio"
            id=${ctx.id(controlIds.option(question.id, index))}
            name=${name}
            value=${level}
            .checked=${live(checked)}
            @change=${() => on.change(level)}
          />
          <span class="star-face">${starMeter(RATING5_LEVELS.length - index)}<span class="star-text">${ctx.t.levels[level]}</span></span>
        </label>`;
      })}
    </div>`,
  );
}

function renderMatrix(question: Of<'rating-matrix'>, value: AnswerValue | undefined, ctx: ViewContext, on: QuestionHandlers): TemplateResult {
  const p = groupParts(question, ctx);
  const rows = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const setRow = (item: string, level: string) =>
    on.change((current) => ({ ...(current && typeof current === 'object' && !Array.isArray(current) ? current : {}), [item]: level }));
  return renderFieldset(
    question,
    'matrix',
    p,
    on,
    // Each row is its own radio group, with its own states.
    { radiogroup: false },
    html`<div class="matrix" part="matrix">
      <div class="matrix-head" aria-hidden="true">
        <span></span>
        ${RATING5_LEVELS.map((level) => html`<span>${ctx.t.levels[level]}</span>`)}
      </div>
      ${question.items.map((item, itemIndex) => {
        const rowLabel = ctx.id(`${question.id}--row-${itemIndex}`);
        const missing = !!p.problem && !rows[item.value];
        return html`<div
          class="matrix-row"
          role="radiogroup"
          aria-labelledby=${rowLabel}
          aria-invalid=${missing ? 'true' : nothing}
          aria-required=${question.required ? 'true' : nothing}
          aria-describedby=${missing ? (p.errorId ?? nothing) : nothing}
        >
          <span class="matrix-item" id=${rowLabel}>${item.label}</span>
          ${RATING5_LEVELS.map((level, levelIndex) => {
            const checked = rows[item.value] === level;
            return html`<label class="matrix-cell ${checked ? 'is-checked' : ''}">
              <input
                type="radio"
                id=${ctx.id(controlIds.matrixCell(question.id, itemIndex, levelIndex))}
                name=${ctx.id(`${question.id}--${itemIndex}`)}
                value=${level}
                .checked=${live(checked)}
                @change=${() => setRow(item.value, level)}
              />
              <span class="matrix-level">${ctx.t.levels[level]}</span>
            </label>`;
          })}
        </div>`;
      })}
    </div>`,
  );
}

function renderSingle(question: Of<'single'>, value: AnswerValue | undefined, ctx: ViewContext, on: QuestionHandlers): TemplateResult {
  const p = groupParts(question, ctx);
  return renderFieldset(
    question,
    'single',
    p,
    on,
    { radiogroup: true },
    html`<div class="choices">
      ${question.options.map(
        (option, index) => html`<label class="choice">
          <input
            type="radio"
            id=${ctx.id(controlIds.option(question.id, index))}
            name=${ctx.id(question.id)}
            value=${option.value}
            .checked=${live(value === option.value)}
            @change=${() => on.change(option.value)}
          />
          <span>${option.label}</span>
        </label>`,
      )}
    </div>`,
  );
}

function renderMultiple(question: Of<'multiple'>, value: AnswerValue | undefined, ctx: ViewContext, on: QuestionHandlers): TemplateResult {
  const p = groupParts(question, ctx);
  const chosen = Array.isArray(value) ? value : [];
  const hasLimits = question.min !== undefined || question.max !== undefined;
  const hintId = hasLimits ? ctx.id(controlIds.hint(question.id)) : undefined;
  const toggle = (option: string, ticked: boolean) =>
    on.change((current) => {
      const before = Array.isArray(current) ? current : [];
      // Keep the survey's option order, whatever order they were ticked in.
      const next = question.options.map((o) => o.value).filter((v) => (v === option ? ticked : before.includes(v)));
      return next.length ? next : undefined;
    });
  const hint = hasLimits ? { id: hintId!, content: html`<p class="help" id=${hintId!}>${ctx.t.choiceCount(question.min, question.max)}</p>` } : undefined;
  return renderFieldset(
    question,
    'multiple',
    p,
    on,
    // Checkboxes: each box carries the invalid state; a group role would be wrong.
    { radiogroup: false, hint },
    html`<div class="choices">
      ${question.options.map(
        (option, index) => html`<label class="choice">
          <input
            type="checkbox"
            id=${ctx.id(controlIds.option(question.id, index))}
            value=${option.value}
            aria-invalid=${p.problem ? 'true' : nothing}
            .checked=${live(chosen.includes(option.value))}
            @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}
          />
          <span>${option.label}</span>
        </label>`,
      )}
    </div>`,
  );
}

function renderScale(question: Of<'scale'>, value: AnswerValue | undefined, ctx: ViewContext, on: QuestionHandlers): TemplateResult {
  const p = groupParts(question, ctx);
  const points = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
  const anchorsId = ctx.id(controlIds.hint(question.id));
  const anchors = html`<p class="help scale-anchors" id=${anchorsId}>
    <span>${question.min}${question.minLabel ? ` = ${question.minLabel}` : ''}</span>
    <span>${question.max}${question.maxLabel ? ` = ${question.maxLabel}` : ` (${ctx.t.scaleRange(question.min, question.max)})`}</span>
  </p>`;
  return renderFieldset(
    question,
    'scale',
    p,
    on,
    { radiogroup: true, hint: { id: anchorsId, content: anchors } },
    html`<div class="scale">
      ${points.map(
        (point, index) => html`<label class="scale-point ${value === point ? 'is-checked' : ''}">
          <input
            class="cover-input"
            type="radio"
            id=${ctx.id(controlIds.option(question.id, index))}
            name=${ctx.id(question.id)}
            value=${point}
            .checked=${live(value === point)}
            @change=${() => on.change(point)}
          />
          <span class="scale-face">${point}</span>
        </label>`,
      )}
    </div>`,
  );
}

function renderText(question: Of<'text'>, value: AnswerValue | undefined, ctx: ViewContext, on: QuestionHandlers): TemplateResult {
  const problem = ctx.problem(question.id);
  const text = typeof value === 'string' ? value : '';
  const controlId = ctx.id(controlIds.text(question.id));
  const helpId = question.help ? ctx.id(controlIds.help(question.id)) : undefined;
  const limitId = ctx.id(controlIds.hint(question.id));
  const errorId = problem ? ctx.id(controlIds.error(question.id)) : undefined;
  const left = question.maxLength - text.length;
  const input = (event: Event) => on.change((event.target as HTMLInputElement | HTMLTextAreaElement).value || undefined);
  // No `maxlength`: it would silently cut a pasted text; the counter and the validation say what is too long instead.
  const attrs = {
    describedBy: describedBy(helpId, limitId, errorId),
    invalid: problem ? 'true' : undefined,
    required: question.required ? 'true' : undefined,
  };
  return html`<div class="question question--text" part="question" data-question=${question.id} @focusout=${onLeave(on.leave)}>
    <label class="question-title" part="question-title" for=${controlId}>${question.title}${renderRequired(ctx, question.required)}</label>
    ${renderHelp(question.help, helpId ?? '')}
    <p class="help" id=${limitId}>${ctx.t.charLimit(question.maxLength)}</p>
    ${renderInlineError(ctx, problem, errorId ?? '')}
    ${question.multiline
      ? html`<textarea
          id=${controlId}
          part="textarea"
          rows="4"
          aria-describedby=${attrs.describedBy ?? nothing}
          aria-invalid=${attrs.invalid ?? nothing}
          aria-required=${attrs.required ?? nothing}
          .value=${live(text)}
          @input=${input}
        ></textarea>`
      : html`<input
          id=${controlId}
          part="input"
          type="text"
          aria-describedby=${attrs.describedBy ?? nothing}
          aria-invalid=${attrs.invalid ?? nothing}
          aria-required=${attrs.required ?? nothing}
          .value=${live(text)}
          @input=${input}
        />`}
    <p class="counter ${left < 0 ? 'is-over' : ''}" aria-hidden="true">${left < 0 ? ctx.t.charsOver(-left) : ctx.t.charsLeft(left)}</p>
    <p class="cw-visually-hidden" aria-live="polite">${on.announcement ?? ''}</p>
  </div>`;
}
