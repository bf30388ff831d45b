import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../../core/config.js';
import type { VolunteerSignupMessages } from '../../../i18n/volunteer-signup.js';
import type { VolunteerOpportunity } from '../../../model/volunteer.js';
import { formatDateTime, formatTimeRange } from './format-time.js';
import { remainingPlaces, type OpportunityState } from './opportunity-status.js';

export type SignupTexts = VolunteerSignupMessages;

/** The status as a badge: colour for the eye, the same words for everyone. */
export function renderStatusBadge(state: OpportunityState, t: SignupTexts): TemplateResult {
  return html`<span class="status status--${state}" part="status ${state}">${t.states[state]}</span>`;
}

/** Places left while there are any; once full, the state already says so. */
function placesText(opportunity: VolunteerOpportunity, state: OpportunityState, t: SignupTexts): string {
  return state === 'open' ? t.remaining(remainingPlaces(opportunity), opportunity.capacity) : t.states[state];
}

/**
 * What a resident needs to decide: when (with weekday, in China's time), where, who organizes, hours credited,
 * places left, until when signup is open, and what is asked of volunteers. All data goes in as text.
 */
export function renderFacts(opportunity: VolunteerOpportunity, state: OpportunityState, t: SignupTexts, locale: Locale): TemplateResult {
  const place = [opportunity.place.name, opportunity.place.address].filter(Boolean).join(' · ');
  // Organizers often write the age limit into the requirements as well: say it once.
  const requirements = [...new Set([...(opportunity.minAge ? [t.minAge(opportunity.minAge)] : []), ...opportunity.requirements])];
  return html`<dl class="facts" part="facts">
      <div><dt>${t.time}</dt><dd>${formatTimeRange(opportunity.start, opportunity.end, locale)}</dd></div>
      <div><dt>${t.place}</dt><dd>${place}</dd></div>
      <div><dt>${t.organizer}</dt><dd>${opportunity.organizer} · ${opportunity.community}</dd></div>
      <div><dt>${t.hours}</dt><dd>${t.hoursValue(opportunity.serviceHours)}</dd></div>
      <div><dt>${t.places}</dt><dd>${placesText(opportunity, state, t)}</dd></div>
      ${opportunity.deadline ? html`<div><dt>${t.deadline}</dt><dd>${formatDateTime(opportunity.deadline, locale)}</dd></div>` : nothing}
    </dl>
    ${requirements.length
      ? html`<p class="requirements-title">${t.requirements}</p>
          <ul class="requirements">${requirements.map((r) => html`<li>${r}</li>`)}</ul>`
      : nothing}`;
}
