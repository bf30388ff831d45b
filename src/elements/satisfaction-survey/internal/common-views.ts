import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from './problem.js';
import type { ViewContext } from './view-context.js';

/** The inline error under a question, with a hidden "错误:" so a screen reader says what kind of text it is. */
export function renderInlineError(ctx: ViewContext, problem: Problem | undefined, id: string): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  return html`<p class="error" id=${id} part="error"><span class="cw-visually-hidden">${ctx.t.errorPrefix}</span>${problem.message(ctx.t)}</p>`;
}

export function renderRequired(ctx: ViewContext, required: boolean): TemplateResult | typeof nothing {
  return required ? html` <span class="required">${ctx.t.required}</span>` : nothing;
}

export function renderHelp(text: string | undefined, id: string): TemplateResult | typeof nothing {
  return text ? html`<p class="help" id=${id}>${text}</p>` : nothing;
}
