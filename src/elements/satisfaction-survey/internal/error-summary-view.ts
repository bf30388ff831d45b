import { html, type TemplateResult } from 'lit';
import type { Problem } from './problem.js';
import type { ViewContext } from './view-context.js';

/**
 * The GOV.UK error summary: at the top, announced as an alert and focused, one link per problem. Links carry a real
 * `href` (for reading and copying) but move focus themselves, because a fragment cannot reach into a shadow root.
 */
export function renderErrorSummary(problems: readonly Problem[], ctx: ViewContext, focus: (target: string) => void): TemplateResult {
  const titleId = ctx.id('summary--title');
  return html`<div class="summary" part="error-summary" tabindex="-1" aria-labelledby=${titleId}>
    <div role="alert">
      <p class="block-title" id=${titleId} role="heading" aria-level=${ctx.headingLevel + 1}>${ctx.t.summaryTitle}</p>
      <ul class="summary-list">
        ${problems.map(
          (problem) => html`<li>
            <a
              href="#${ctx.id(problem.target)}"
              @click=${(event: Event) => {
                event.preventDefault();
                focus(problem.target);
              }}
              >${problem.message(ctx.t)}</a
            >
          </li>`,
        )}
      </ul>
    </div>
  </div>`;
}
