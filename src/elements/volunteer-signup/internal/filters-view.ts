import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { OpportunityFilters } from './filter-opportunities.js';
import type { SignupTexts } from './opportunity-facts-view.js';

export interface FiltersViewOptions {
  filters: OpportunityFilters;
  choices: { communities: string[]; kinds: string[] };
  t: SignupTexts;
  /** Prefix for ids: unique per widget, since light DOM puts two signups in one id space. */
  idPrefix: string;
  change: (next: OpportunityFilters) => void;
}

/**
 * Filters as ordinary labelled form controls — selects, date inputs and a checkbox — that apply as soon as they
 * change; the count below them is announced, so a screen-reader user hears the effect.
 */
export function renderFilters({ filters, choices, t, idPrefix, change }: FiltersViewOptions): TemplateResult {
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = (patch: Partial<OpportunityFilters>) => change({ ...filters, ...patch });
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  const active = filters.community || filters.kind || filters.from || filters.to || filters.showPast;
  return html`<fieldset class="filters" part="filters">
    <legend>${t.filters}</legend>
    <div class="filter">
      <label for=${id('filter-community')}>${t.community}</label>
      <select id=${id('filter-community')} @change=${(e: Event) => set({ community: value(e) })}>
        <option value="" ?selected=${!filters.community}>${t.allCommunities}</option>
        ${choices.communities.map((c) => html`<option .value=${c} ?selected=${filters.community === c}>${c}</option>`)}
      </select>
    </div>
    <div class="filter">
      <label for=${id('filter-kind')}>${t.kind}</label>
      <select id=${id('filter-kind')} @change=${(e: Event) => set({ kind: value(e) })}>
        <option value="" ?selected=${!filters.kind}>${t.allKinds}</option>
        ${choices.kinds.map((k) => html`<option .value=${k} ?selected=${filters.kind === k}>${k}</option>`)}
      </select>
    </div>
    <div class="filter">
      <label for=${id('filter-from')}>${t.from}</label>
      <input id=${id('filter-from')} type="date" .value=${live(filters.from)} max=${filters.to || '9999-12-31'} @change=${(e: Event) => set({ from: value(e) })} />
    </div>
    <div class="filter">
      <label for=${id('filter-to')}>${t.to}</label>
      <input id=${id('filter-to')} type="date" .value=${live(filters.to)} min=${filters.from || '1970-01-01'} @change=${(e: Event) => set({ to: value(e) })} />
    </div>
    <div class="filter filter--wide">
      <label class="choice">
        <input id=${id('filter-past')} type="checkbox" .checked=${live(filters.showPast)} @change=${(e: Event) => set({ showPast: (e.target as HTMLInputElement).checked })} />
        <span>${t.showPast}</span>
      </label>
      ${active
        ? html`<button type="button" class="cw-button" part="clear-filters" @click=${() => change({ community: '', kind: '', from: '', to: '', showPast: false })}>
            ${t.clearFilters}
          </button>`
        : ''}
    </div>
  </fieldset>`;
}
