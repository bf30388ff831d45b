import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DataAdapter } from '../../adapters/data-adapter.js';
import { CwElement } from '../../core/cw-element.js';
import { DataController } from '../../core/data-controller.js';
import { safeUrl } from '../../core/safe-url.js';
import { renderState } from '../../core/state-views.js';
import { shared } from '../../core/styles/shared.js';
import { tokens } from '../../core/styles/tokens.js';
import { commonMessages } from '../../i18n/common.js';
import { volunteerSignupMessages } from '../../i18n/volunteer-signup.js';
import type { VolunteerOpportunity } from '../../model/volunteer.js';
import { downloadText } from '../../core/download.js';
import { renderSpeakButton } from '../../core/speak-button.js';
import { buildCalendarFile } from './internal/calendar-file.js';
import { guardianConsentVersion, signupConsentVersion } from './internal/consent-version.js';
import { applyFilters, filterChoices, noFilters, type OpportunityFilters } from './internal/filter-opportunities.js';
import { renderFilters } from './internal/filters-view.js';
import { renderFacts, renderStatusBadge } from './internal/opportunity-facts-view.js';
import { ACCEPTS_SIGNUPS, opportunityState, type OpportunityState } from './internal/opportunity-status.js';
import { renderOutcome } from './internal/outcome-view.js';
import {
  buildSignup,
  draftProblems,
  emptyDraft,
  fieldProblem,
  visibleFields,
  type DraftField,
  type FieldProblem,
  type SignupDraft,
} from './internal/signup-draft.js';
import { SignupFlow } from './internal/signup-flow.js';
import { renderSignupForm } from './internal/signup-form-view.js';
import type { SignupPhase } from './internal/signup-phase.js';
import { readSignupRecord } from './internal/signup-record.js';
import { volunteerSignupStyles } from './volunteer-signup.styles.js';

/** 中国志愿服务网, where volunteers' real-name service hours are recorded (志愿服务条例 Art. 19). */
export const NATIONAL_VOLUNTEER_PLATFORM = 'https://chinavolunteer.mca.gov.cn/';

type Target = readonly ['one', string] | readonly ['all'];

async function loadOpportunities(adapter: DataAdapter, target: Target, signal: AbortSignal): Promise<VolunteerOpportunity[]> {
  if (target[0] === 'one') return [await adapter.getOpportunity(target[1], { signal })];
  return adapter.listOpportunities({}, { signal });
}

/**
 * @tagname cw-volunteer-signup
 * @summary Volunteer activities (志愿服务) to browse and sign up for in a minute, with nothing lost on the way.
 *
 * Lists activities with time (in China's time zone, with weekday), place, hours, places left and status; filters
 * by community, date and kind. The signup form asks for the minimum (no ID number), with a separate consent and a
 * guardian's consent for children under 14, and sends through the page's durable outbox: offline, the signup is
 * kept on the device and sent later, exactly once. The confirmation offers a calendar file, cancellation, and a
 * link to record real-name service hours on the national platform; it survives a reload.
 *
 * @attr community - Preset the community filter (the resident can change it).
 * @attr opportunity - Activity id: show this one activity and its form, without the list.
 * @attr platform-url - Link for real-name service hours (default 中国志愿服务网); empty to hide it.
 * @attr retention-months - How long the organizer keeps signups after the activity, stated in the consent (default 6).
 * @attr heading-level - Level of the activity titles in the page outline (default 3).
 * @attr src - URL of a static JSON data file (else the provider's or the page's).
 * @attr api - Base URL of a REST backend.
 * @attr elder - Elder mode: larger text and targets, stronger contrast.
 *
 * @fires cw-ready - Activities are shown.
 * @fires cw-error - Loading failed; `detail.code` names why.
 * @fires cw-signup-result - The server decided: `detail.status` is confirmed, waitlisted, full, closed or duplicate.
 * @fires cw-signup-queued - The signup is stored on the device and will be sent later; `detail.reason` is an error code.
 * @fires cw-signup-cancelled - A cancellation was accepted; `detail.status` is cancelled, already-cancelled or not-found.
 *
 * @csspart filters - The filter controls.
 * @csspart list - The list of activities.
 * @csspart item - One activity in the list.
 * @csspart status - An activity's status badge (with `open`, `waitlist`, `full`, `closed`, `cancelled`, `past`).
 * @csspart facts - Time, place, organizer, hours, places and deadline.
 * @csspart open - The button that opens an activity.
 * @csspart detail - One activity with its form or outcome.
 * @csspart back - The back-to-list buttons.
 * @csspart form - The signup form.
 * @csspart error-summary - The list of problems shown after a submit.
 * @csspart field-error - A field's error message.
 * @csspart guardian - The guardian's fields.
 * @csspart consent - The personal-information statement and its checkbox.
 * @csspart submit - The submit button.
 * @csspart outcome - A result, queued, failed or cancellation box (with `success`, `info`, `warning`, `error`).
 * @csspart receipt-code - The signup code.
 * @csspart calendar - The add-to-calendar button.
 * @csspart cancel - The cancel-signup button.
 * @csspart platform-link - The link to the national volunteer platform.
 * @csspart state - Loading, empty, error and not-configured boxes (with `loading`, `empty`, `error`, `not-configured`).
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --cw-color-primary - Accent colour (buttons, open status).
 * @cssprop --cw-color-text - Text colour.
 * @cssprop --cw-color-border - Borders of cards and fields.
 * @cssprop --cw-color-danger - Errors.
 * @cssprop --cw-color-success - Confirmation.
 * @cssprop --cw-target-size - Minimum size of buttons, fields and choices (2.75em; 60px in elder mode).
 *
 * @example
 * <cw-volunteer-signup community="朝二社区"></cw-volunteer-signup>
 * <cw-volunteer-signup opportunity="OP-CE-PC-2612" platform-url=""></cw-volunteer-signup>
 */
export class CwVolunteerSignup extends CwElement {
  static override styles = [tokens, shared, volunteerSignupStyles];
  static override catalogs = [commonMessages, volunteerSignupMessages];

  @property() community?: string;
  @property() opportunity?: string;
  @property({ attribute: 'platform-url' }) platformUrl = NATIONAL_VOLUNTEER_PLATFORM;
  @property({ type: Number, attribute: 'retention-months' }) retentionMonths = 6;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** The current time; statuses (deadline passed, ended) and consent times use it. Replace it in tests and stories. */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  @state() private filters: OpportunityFilters = noFilters();
  @state() private selectedId?: string;
  @state() private phase: SignupPhase = { name: 'restoring' };
  @state() private problems = new Map<DraftField, FieldProblem>();
  @state() private summary = false;
  @state() private calendarProblem?: 'failed' | 'blocked';
  @state() private announcement = '';

  /** Typed answers per activity, kept while the element lives: going back to the list loses nothing. */
  private readonly drafts = new Map<string, SignupDraft>();
  /** Fields the resident has typed in: only those are checked on blur, so tabbing through stays quiet. */
  private readonly dirty = new Set<DraftField>();
  private flow?: SignupFlow;
  private flowAdapter?: DataAdapter;
  private focusAfterUpdate?: string;

  private readonly data = new DataController(this, {
    widget: 'volunteer-signup',
    args: (): Target => (this.opportunity ? ['one', this.opportunity] : ['all']),
    load: loadOpportunities,
    isEmpty: (items) => items.length === 0,
  });

  private get t() {
    return volunteerSignupMessages.of(this.locale);
  }

  /** The activity being shown on its own, if any. */
  private get activeId(): string | undefined {
    return this.opportunity ?? this.selectedId;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flow?.dispose();
    this.flow = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a move in the page: the flow was disposed, so look the signup up again.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('community')) this.filters = { ...this.filters, community: this.community ?? '' };
    this.syncFlow();
  }

  protected override updated(): void {
    const id = this.focusAfterUpdate;
    if (!id) return;
    this.focusAfterUpdate = undefined;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  /** One flow per shown activity and adapter; it restores what an earlier visit left. */
  private syncFlow(): void {
    const adapter = this.resolvedAdapter;
    const id = this.activeId;
    if (this.flow && this.flow.opportunityId === id && this.flowAdapter === adapter) return;
    this.flow?.dispose();
    this.flow = undefined;
    this.flowAdapter = adapter;
    this.phase = { name: 'restoring' };
    if (!adapter || !id) return;
    const opportunityId = id;
    const flow = new SignupFlow(adapter, opportunityId, {
      changed: (phase, cause) => {
        if (this.flow !== flow) return;
        // The form of a chosen activity is shown: load the outbox now, off the first render but while the network
        // is up, so a signup sent offline later is still stored. The list of activities never loads it.
        if (phase.name === 'form') flow.warm();
        this.phase = phase;
        this.afterPhaseChange(phase, cause);
      },
      result: (key, status) => this.emit('cw-signup-result', { opportunityId, key, status }),
      queued: (key, reason) => this.emit('cw-signup-queued', { opportunityId, key, reason }),
      cancelled: (status) => this.emit('cw-signup-cancelled', { opportunityId, status }),
    });
    this.flow = flow;
    this.problems = new Map();
    this.summary = false;
    this.calendarProblem = undefined;
    void flow.restore();
  }

  /** Focus follows what the resident did; changes they did not cause are announced instead. */
  private afterPhaseChange(phase: SignupPhase, cause: 'user' | 'background' | 'restore'): void {
    if (phase.name === 'submitting' || phase.name === 'restoring' || cause === 'restore') return;
    if (cause === 'user') {
      this.focusAfterUpdate =
        phase.name === 'form' ? `${this.idPrefix}-form-title` : phase.name === 'cancelling' ? undefined : `${this.idPrefix}-outcome-title`;
      return;
    }
    void this.updateComplete.then(() => {
      this.announcement = this.renderRoot.querySelector(`#${CSS.escape(`${this.idPrefix}-outcome-title`)}`)?.textContent ?? '';
    });
  }

  private get draft(): SignupDraft {
    return (this.activeId && this.drafts.get(this.activeId)) || emptyDraft();
  }

  override render() {
    const state = this.data.state;
    if (state !== 'ready') {
      return renderState(state, this.data, { locale: this.locale, missing: this.t.missing, emptyText: this.t.noActivities });
    }
    const items = this.data.value!;
    const selected = this.activeId ? items.find((o) => o.id === this.activeId) : undefined;
    return html`${selected ? this.renderDetail(selected) : this.renderList(items)}
      <p class="cw-visually-hidden" role="status">${this.announcement}</p>`;
  }

  private renderList(items: VolunteerOpportunity[]): TemplateResult {
    const t = this.t;
    const now = this.clock();
    // Filter values set in Simplified (the `community` attribute) must still match data shown in Traditional.
    const filters = { ...this.filters, community: this.data.display(this.filters.community) };
    const shown = applyFilters(items, filters, now);
    return html`<section class="browse" aria-label=${t.label}>
      ${renderFilters({
        filters,
        choices: filterChoices(items, this.community && this.data.display(this.community)),
        t,
        idPrefix: this.idPrefix,
        change: (next) => (this.filters = next),
      })}
      <p class="count" role="status">${shown.length ? t.count(shown.length) : t.noMatch}</p>
      ${shown.length ? html`<ul class="list" part="list">${shown.map((o) => this.renderItem(o, opportunityState(o, now)))}</ul>` : nothing}
    </section>`;
  }

  private renderItem(opportunity: VolunteerOpportunity, state: OpportunityState): TemplateResult {
    const t = this.t;
    const titleId = `${this.idPrefix}-title-${opportunity.id}`;
    const mine = this.resolvedAdapter && readSignupRecord(this.resolvedAdapter.id, opportunity.id);
    const badge = mine ? (mine.receipt ? (mine.receipt.status === 'waitlisted' ? t.badges.waitlisted : t.badges.confirmed) : t.badges.pending) : '';
    return html`<li class="item" part="item">
      <article aria-labelledby=${titleId}>
        <p class="title" id=${titleId} role="heading" aria-level=${this.headingLevel}>${opportunity.title}</p>
        <p class="badges">${renderStatusBadge(state, t)} ${badge ? html`<span class="mine">${badge}</span>` : nothing}</p>
        ${renderFacts(opportunity, state, t, this.locale)}
        <div class="actions">
          <button type="button" id="${this.idPrefix}-open-${opportunity.id}" class="cw-button ${ACCEPTS_SIGNUPS.has(state) ? 'cw-button--primary' : ''}" part="open"
            @click=${() => this.openActivity(opportunity.id)}>
            ${ACCEPTS_SIGNUPS.has(state) && !mine ? t.signUp : t.details}<span class="cw-visually-hidden">:${opportunity.title}</span>
          </button>
        </div>
      </article>
    </li>`;
  }

  private renderDetail(opportunity: VolunteerOpportunity): TemplateResult {
    const t = this.t;
    const state = opportunityState(opportunity, this.clock());
    return html`<article class="detail" part="detail" aria-labelledby="${this.idPrefix}-detail-title">
      ${this.opportunity ? nothing : html`<button type="button" class="cw-button back" part="back" @click=${() => this.backToList()}>${t.back}</button>`}
      <p class="title title--detail" id="${this.idPrefix}-detail-title" role="heading" aria-level=${this.headingLevel} tabindex="-1">${opportunity.title}</p>
      <p class="badges">${renderStatusBadge(state, t)}</p>
      ${opportunity.description ? html`<p class="description">${opportunity.description}</p>` : nothing}
      ${renderSpeakButton(this.config.speak === true, [opportunity.title, opportunity.description ?? '', opportunity.place.name].join('。'), opportunity.title, this.locale)}
      ${renderFacts(opportunity, state, t, this.locale)} ${this.renderSignupArea(opportunity, state)}
    </article>`;
  }

  private renderSignupArea(opportunity: VolunteerOpportunity, state: OpportunityState): TemplateResult | typeof nothing {
    const t = this.t;
    const phase = this.phase;
    if (phase.name === 'restoring') {
      return html`<div class="cw-state cw-state--loading" part="state loading" role="status"><span class="cw-spinner" aria-hidden="true"></span>${commonMessages.of(this.locale).loading}</div>`;
    }
    if (phase.name === 'form' || phase.name === 'submitting') {
      if (!ACCEPTS_SIGNUPS.has(state)) {
        return html`<p class="notice" part="notice">${t.notAccepting[state as Exclude<OpportunityState, 'open' | 'waitlist'>]}</p>`;
      }
      return html`${state === 'waitlist' ? html`<p class="notice notice--info">${t.waitlistNote}</p>` : nothing}
      ${renderSignupForm({
        opportunity,
        draft: this.draft,
        problems: this.problems,
        summary: this.summary,
        submitting: phase.name === 'submitting',
        retentionMonths: this.retentionMonths,
        headingLevel: this.headingLevel,
        idPrefix: this.idPrefix,
        t,
        input: (field, value) => this.onFieldInput(opportunity, field, value),
        blur: (field) => this.onFieldBlur(opportunity, field),
        submit: () => this.submitSignup(opportunity),
      })}`;
    }
    const flow = this.flow!;
    return renderOutcome({
      phase,
      t,
      locale: this.locale,
      headingLevel: this.headingLevel,
      idPrefix: this.idPrefix,
      platformHref: safeUrl(this.platformUrl, 'link'),
      calendarProblem: this.calendarProblem,
      actions: {
        addToCalendar: () => phase.name === 'result' && this.addToCalendar(opportunity, phase.receipt.code ?? ''),
        askCancel: () => flow.askCancel(),
        keepSignup: () => flow.keepSignup(),
        confirmCancel: () => void flow.confirmCancel(),
        retry: () => void flow.retry(),
        discard: () => void flow.discard(),
        edit: () => flow.edit(),
        ...(this.opportunity ? {} : { backToList: () => this.backToList() }),
      },
    });
  }

  private openActivity(id: string): void {
    this.selectedId = id;
    this.focusAfterUpdate = `${this.idPrefix}-detail-title`;
  }

  private backToList(): void {
    const id = this.selectedId;
    // A final verdict is not something to come back to: the next visit to this activity starts afresh.
    if (this.phase.name === 'result' && !['confirmed', 'waitlisted'].includes(this.phase.receipt.status)) this.flow?.startOver();
    if (this.phase.name === 'cancelled') this.flow?.startOver();
    this.selectedId = undefined;
    if (id) this.focusAfterUpdate = `${this.idPrefix}-open-${id}`;
  }

  private onFieldInput(opportunity: VolunteerOpportunity, field: DraftField, value: string | boolean): void {
    const draft = { ...this.draft, [field]: value };
    this.drafts.set(opportunity.id, draft);
    this.dirty.add(field);
    const committed = typeof value === 'boolean' || field === 'ageGroup';
    // A choice is complete when made; typed text is checked live only to clear an error being fixed.
    if (committed || this.problems.has(field)) this.check(opportunity, draft, field);
    else this.requestUpdate();
  }

  private onFieldBlur(opportunity: VolunteerOpportunity, field: DraftField): void {
    if (this.dirty.has(field) || this.problems.has(field)) this.check(opportunity, this.draft, field);
  }

  private check(opportunity: VolunteerOpportunity, draft: SignupDraft, field: DraftField): void {
    const problems = new Map(this.problems);
    const problem = fieldProblem(field, draft, opportunity);
    if (problem) problems.set(field, problem);
    else problems.delete(field);
    // Fields that disappeared (guardian block after a change of age) take their errors with them.
    const visible = new Set(visibleFields(draft, opportunity));
    for (const name of problems.keys()) if (!visible.has(name)) problems.delete(name);
    this.problems = problems;
  }

  private submitSignup(opportunity: VolunteerOpportunity): void {
    // A second click while sending lands here too: the flow is no longer in `form`, so nothing is sent twice.
    if (!this.flow || this.phase.name !== 'form') return;
    const draft = this.draft;
    const problems = draftProblems(draft, opportunity);
    this.problems = new Map(problems);
    this.summary = problems.length > 0;
    if (problems.length) {
      this.focusAfterUpdate = undefined;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
      return;
    }
    const signup = buildSignup(draft, opportunity.id, {
      version: signupConsentVersion(this.retentionMonths),
      guardianVersion: guardianConsentVersion(this.retentionMonths),
      at: this.clock(),
    });
    void this.flow.submit(signup, JSON.stringify(draft));
  }

  private async addToCalendar(opportunity: VolunteerOpportunity, code: string): Promise<void> {
    try {
      const text = await buildCalendarFile({ opportunity, receiptCode: code, description: this.t.calendarDescription(opportunity.organizer, code) });
      // The file name is the id: titles can hold characters file systems reject.
      this.calendarProblem = downloadText(text, `${opportunity.id}.ics`, 'text/calendar;charset=utf-8') ? undefined : 'blocked';
    } catch (error) {
      console.warn('[community-widgets] <cw-volunteer-signup>: the calendar file could not be built', error);
      this.calendarProblem = 'failed';
    }
  }
}
