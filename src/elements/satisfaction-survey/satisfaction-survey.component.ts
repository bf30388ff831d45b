import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CwElement } from '../../core/cw-element.js';
import { DataController } from '../../core/data-controller.js';
import { safeUrl } from '../../core/safe-url.js';
import { renderState } from '../../core/state-views.js';
import { shared } from '../../core/styles/shared.js';
import { tokens } from '../../core/styles/tokens.js';
import { commonMessages } from '../../i18n/common.js';
import { surveyMessages, type SurveyMessages } from '../../i18n/satisfaction-survey.js';
import type { Question, Survey } from '../../model/survey.js';
import { cleanAnswer, isAnswered, type AnswerValue } from './internal/answers.js';
import { buildResponse } from './internal/build-response.js';
import { DraftStore } from './internal/draft-store.js';
import { FALLBACK_FORM_SELECTOR } from './fallback/fallback-selector.js';
import type { readFallback } from './internal/fallback-answers.js';
import { EMPTY_FOLLOW_UP, type FollowUpInput } from './internal/follow-up-input.js';
import { renderFollowUp } from './internal/follow-up-view.js';
import { followUpTrigger } from './internal/follow-up.js';
import { renderErrorSummary } from './internal/error-summary-view.js';
import { createIdempotencyKey } from '../../adapters/idempotency-key.js';
import { outboxOf } from '../../core/load-outbox.js';
import { nextTask } from '../../core/next-task.js';
import { renderFailed, renderQueued, renderSent, type OutcomeOptions } from './internal/outcome-views.js';
import { FOLLOW_UP_FIELDS, type Problem } from './internal/problem.js';
import { renderQuestion } from './internal/question-views.js';
import { StagedReveal } from './internal/staged-reveal.js';
import { splitIntoSteps, type SurveyStep } from './internal/steps.js';
import { SurveySubmission, type SubmissionPhase } from './internal/submission.js';
import { formatDate, isOpen } from './internal/survey-window.js';
import { validateFollowUp, validateQuestion } from './internal/validate.js';
import type { AnswerUpdate, ViewContext } from './internal/view-context.js';
import { visibleQuestions } from './internal/visibility.js';
import { satisfactionSurveyStyles } from './satisfaction-survey.styles.js';

/** The answers being edited for one loaded survey. */
interface OpenForm {
  survey: Survey;
  drafts: DraftStore;
  /** Made when the form is first shown (or restored with the draft) and reused for every submit of it. */
  key: string;
}

const FOLLOW_UP_ORDER = [FOLLOW_UP_FIELDS.reason, FOLLOW_UP_FIELDS.phone, FOLLOW_UP_FIELDS.name];
/** Problems that only mean "not answered yet": shown on blur only after the resident touched the field. */
const EMPTY_CODES: ReadonlySet<Problem['code']> = new Set(['required', 'matrixIncomplete', 'reasonRequired', 'phoneRequired']);
const OUTCOMES: ReadonlySet<SubmissionPhase> = new Set(['sent', 'queued', 'failed']);
/** Questions in the first frame: one, so that the render that opens the survey stays a short task on a slow phone. */
const FIRST_FRAME_QUESTIONS = 1;
/** Questions added in each frame after the first: on a slow phone one question's render and layout is one short task. */
const QUESTIONS_PER_FRAME = 1;

/**
 * @tagname cw-satisfaction-survey
 * @summary A resident satisfaction survey (群众满意 / 政务服务“好差评”) whose answers are never lost.
 *
 * Renders the survey definition from the data adapter: official five-level ratings as star radios, rating
 * matrices, single and multiple choice, 0–10 scales and text, with `showIf` conditions. A 不满意 answer asks why,
 * and offers a call back (回访) behind its own consent. Answers are kept as a draft on the device while typing, and
 * submitted through the durable outbox with an idempotency key, so a double click, a reload or a dead network
 * neither loses nor duplicates them; the widget says whether they are sent, saved on the device, or refused.
 *
 * A portal that renders pages on a server can put the survey inside the tag as a plain form (`surveyFallbackHtml`,
 * `npx cw-survey-fallback`): it shows with the page and can be answered at once; the widget takes the answers,
 * focus and a pending submit over when the survey arrives.
 *
 * @slot - Fallback content, shown until the survey is ready: a phone number, a link, or the pre-rendered form.
 * @attr survey - Survey id in the data (e.g. `S-HCP-2026`).
 * @attr paged - One section per step, with a progress indicator and back/next buttons.
 * @attr results-url - Where results are published (overrides the survey's `resultsUrl`); shown after sending.
 * @attr heading-level - Level of the survey title in the page outline (default 3); blocks inside are one below.
 * @attr src - URL of a static JSON data file (else the provider's or the page's).
 * @attr api - Base URL of a REST backend.
 * @attr elder - Elder mode: larger text and targets, stronger contrast.
 *
 * @fires cw-ready - The survey is shown (or its closed notice).
 * @fires cw-error - Loading failed; `detail.code` names why.
 * @fires cw-survey-submitted - The server accepted the answers; `detail` = `{ surveyId, key, receiptCode }`.
 * @fires cw-survey-queued - The answers are stored on the device and will be sent later; `detail` = `{ surveyId, key, reason }`.
 * @fires cw-survey-failed - The answers were refused or could not be stored; `detail` = `{ surveyId, key, code }`.
 *
 * @csspart form - The survey form.
 * @csspart title - The survey title.
 * @csspart question - One question (a fieldset, or a wrapper for text).
 * @csspart question-title - A question's legend or label.
 * @csspart star - One level of a five-level rating; `star-checked` on the chosen one.
 * @csspart matrix - The rows of a rating matrix.
 * @csspart textarea - A multi-line text answer.
 * @csspart input - A single-line text answer.
 * @csspart error - An inline error message.
 * @csspart error-summary - The list of problems at the top.
 * @csspart follow-up - The reason and call-back block after a 不满意 answer.
 * @csspart contact - The call-back fieldset; `consent` is its checkbox.
 * @csspart progress - Step indicator in paged mode.
 * @csspart actions - The button row; `submit`, `next`, `back` are its buttons.
 * @csspart outcome - The message after submitting, with `sent`, `queued` or `failed`.
 * @csspart receipt - The receipt code.
 * @csspart state - Loading, empty, error and not-configured boxes (with `loading`, `empty`, `error`, `not-configured`).
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --cw-color-primary - Accent colour (buttons, chosen options).
 * @cssprop --cw-color-danger - Errors and the error summary border.
 * @cssprop --cw-star-color - Colour of the star pictures.
 * @cssprop --cw-target-size - Minimum size of options and buttons (2.75em; 60px in elder mode).
 *
 * @example
 * <cw-satisfaction-survey survey="S-HCP-2026"></cw-satisfaction-survey>
 * <cw-satisfaction-survey survey="S-GRID-2026" paged heading-level="2"></cw-satisfaction-survey>
 */
export class CwSatisfactionSurvey extends CwElement {
  static override styles = [tokens, shared, satisfactionSurveyStyles];
  static override catalogs = [commonMessages, surveyMessages];

  @property() survey?: string;
  @property({ type: Boolean }) paged = false;
  @property({ attribute: 'results-url' }) resultsUrl?: string;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private answers: Record<string, AnswerValue> = {};
  @state() private followUp: FollowUpInput = EMPTY_FOLLOW_UP;
  @state() private errors: ReadonlyMap<string, Problem> = new Map();
  @state() private summaryShown = false;
  @state() private step = 0;
  /** Debounced character counts for screen readers, per text question. */
  @state() private announcements: Readonly<Record<string, string>> = {};
  /** Between the click on submit and the outbox taking over: a second click in that window is ignored. */
  @state() private sending = false;
  /** Said politely when something changes that the resident did not just do (queued answers were sent). */
  @state() private liveMessage = '';

  private form: OpenForm | undefined;
  private touched = new Set<string>();
  private readonly announceTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The resident just acted (submit, retry): move focus to the outcome that follows. */
  private focusOutcome = false;
  private calledBack = false;
  private outboxWarmed = false;
  /** A pre-rendered form inside the tag (see surveyFallbackHtml), until the survey arrives and takes it over. */
  private fallbackForm: HTMLFormElement | null = null;
  /** The resident submitted the pre-rendered form before the survey arrived: submit once it has taken over. */
  private fallbackSubmitted = false;
  /** Loaded only on pages with a pre-rendered form; the render that takes the form over waits for it. */
  private fallbackReader: Promise<void> | undefined;
  private readFallback: typeof readFallback | undefined;
  /**
   * The survey arrived while its pre-rendered form is in view: the widget's form is built hidden behind it, a
   * question a frame, and takes it over once complete. Rendered at once, the whole form blocked a slow phone for
   * about 100 ms; shown a question at a time, the page would shrink under a resident reading further down.
   */
  private behind: { rendered: boolean; done: Promise<void>; finish: () => void } | undefined;

  private readonly data = new DataController(this, {
    widget: 'satisfaction-survey',
    args: () => (this.survey ? ([this.survey] as const) : undefined),
    load: (adapter, [id], signal) => adapter.getSurvey(id, { signal }),
    isEmpty: (survey) => !isOpen(survey),
  });

  private readonly submission = new SurveySubmission(this, {
    sent: (key, receiptCode) => {
      if (this.form) {
        this.form.drafts.clear();
        this.form.drafts.pendingSubmission = undefined;
        this.startOver(this.form);
        this.emit('cw-survey-submitted', { surveyId: this.form.survey.id, key, receiptCode });
      }
    },
    queued: (key, reason) => {
      // The outbox holds the answers now; the marker lets a reload show that instead of an empty form.
      this.form?.drafts.clear();
      if (this.form) this.emit('cw-survey-queued', { surveyId: this.form.survey.id, key, reason });
    },
    changed: (phase) => this.onPhase(phase),
  });

  private readonly reveal = new StagedReveal(this, FIRST_FRAME_QUESTIONS, QUESTIONS_PER_FRAME);

  private readonly onPageHide = () => this.form?.drafts.flush();

  /**
   * Settles after the whole form is shown, not only its first questions. Kept a plain promise chain: written as an
   * `async` method calling `super`, the tests' esbuild-compiled element crashed its page.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    const settled = super.getUpdateComplete();
    const rest = this.reveal.pending;
    const takeover = this.behind?.done;
    if (!rest && !takeover) return settled;
    return settled
      .then(() => rest)
      .then(() => takeover)
      .then(() => super.getUpdateComplete());
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Found before a light-DOM render root clears the tag; kept (detached then) to read the answers from.
    this.fallbackForm = this.querySelector<HTMLFormElement>(FALLBACK_FORM_SELECTOR);
    if (this.fallbackForm) {
      this.fallbackForm.addEventListener('submit', this.onFallbackSubmit);
      // Asked for in a task of its own: starting a request lengthens the upgrade's task, already the page's longest.
      this.fallbackReader = nextTask()
        .then(() => import('./internal/fallback-answers.js'))
        .then(
          (module) => void (this.readFallback = module.readFallback),
          (error: unknown) => console.warn('[community-widgets] could not load the reader of the pre-rendered form:', error),
        );
    }
    return super.createRenderRoot();
  }

  /**
   * The render that opens the survey runs in a task of its own, apart from evaluating the adapter's code and
   * checking the data (together they blocked a slow phone for too long). Only that render waits for the reader of
   * a pre-rendered form (it is nearly always there by then): earlier renders must not, as the first one starts
   * loading the survey.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.data.state !== 'ready' || this.form) return super.scheduleUpdate();
    const reader = this.fallbackReader;
    this.fallbackReader = undefined;
    return Promise.all([reader, nextTask()]).then(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    // A re-created element (or a reload right after) must find every keystroke.
    this.form?.drafts.flush();
    for (const timer of this.announceTimers.values()) clearTimeout(timer);
  }

  private get t() {
    return surveyMessages.of(this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.data.state === 'error') this.postFallbackNatively();
    const survey = this.data.state === 'ready' ? this.data.value : undefined;
    if (!survey) {
      // Loading another survey, or lost it: the plain form stays, nothing is being built behind it any more.
      this.stopBuildingBehind();
      return;
    }
    // The same questionnaire in other characters (繁體 toggled) keeps its answers; another one starts afresh, and so
    // does one whose building behind the pre-rendered form was cut short by loading again.
    const same = this.form?.survey.id === survey.id && this.form.survey.version === survey.version;
    if (same && !(this.fallbackForm && !this.behind)) this.form!.survey = survey;
    else this.open(survey);
    // The form built behind the pre-rendered one is complete: it takes over in this render.
    if (this.behind?.rendered && this.reveal.complete) this.takeOverFromBehind(survey);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.behind) return;
    this.behind.rendered = true;
    if (this.reveal.complete) this.requestUpdate(); // a one-question form is complete at once
  }

  /** A survey arrived: restore its draft, or the state of a submission made before a reload. */
  private open(survey: Survey): void {
    this.form?.drafts.flush();
    const drafts = new DraftStore(survey.id, survey.version);
    const draft = drafts.load();
    this.form = { survey, drafts, key: draft?.key ?? createIdempotencyKey() };
    this.stopBuildingBehind();
    // Built behind the plain form where it stays in view (a slot; light DOM has none), and only to edit: a
    // submission found after a reload shows its state at once.
    const behind = !!this.fallbackForm && this.renderRoot !== this && !drafts.pendingSubmission;
    if (behind) {
      let finish!: () => void;
      const done = new Promise<void>((resolve) => (finish = resolve));
      this.behind = { rendered: false, done, finish };
    }
    const typed = behind ? {} : this.takeOverFallback(survey);
    // Typed just now into the pre-rendered form: newer than any draft.
    this.answers = { ...draft?.answers, ...typed };
    this.followUp = { ...EMPTY_FOLLOW_UP, reason: draft?.reason ?? '' };
    this.step = Math.max(0, draft?.step ?? 0);
    this.errors = new Map();
    this.summaryShown = false;
    this.touched = new Set();

    if (Object.keys(typed).length) this.saveDraft();

    const adapter = this.resolvedAdapter;
    const pending = drafts.pendingSubmission;
    if (adapter && pending) {
      this.submission.resume(outboxOf(adapter), pending).then(
        (known) => {
          if (!known) drafts.pendingSubmission = undefined;
        },
        () => this.submission.reset(),
      );
    } else if (this.submission.phase !== 'editing') {
      this.submission.reset();
    }
  }

  /** Whoever waits for the building behind the pre-rendered form stops waiting: it will not complete. */
  private stopBuildingBehind(): void {
    this.behind?.finish();
    this.behind = undefined;
  }

  /** The form built behind the pre-rendered one replaces it, with what the resident typed there meanwhile. */
  private takeOverFromBehind(survey: Survey): void {
    const behind = this.behind!;
    this.behind = undefined;
    const typed = this.takeOverFallback(survey);
    if (Object.keys(typed).length) {
      this.answers = { ...this.answers, ...typed };
      this.saveDraft();
    }
    behind.finish();
  }

  /**
   * Takes the answers out of the pre-rendered form and removes it; focus, and a submit made in it, carry over to
   * the widget once it has rendered.
   */
  private takeOverFallback(survey: Survey): Record<string, AnswerValue> {
    const fallback = this.fallbackForm;
    if (!fallback) return {};
    this.fallbackForm = null;
    fallback.removeEventListener('submit', this.onFallbackSubmit);
    // The whole form at once, as the plain one was: staged, the page would shrink and the view jump.
    this.reveal.finish();
    const { answers, focused, selection } = this.readFallback?.(fallback, survey, { cleanAnswer, isAnswered }) ?? { answers: {} };
    fallback.remove();
    const submitted = this.fallbackSubmitted;
    this.fallbackSubmitted = false;
    if (focused || submitted) {
      // After the render in progress, which shows the whole form (not staged, see above).
      void this.updateComplete.then(() => {
        const twin = focused ? this.control(focused) : null;
        twin?.focus();
        if (selection && (twin instanceof HTMLTextAreaElement || twin instanceof HTMLInputElement)) twin.setSelectionRange(...selection);
        if (submitted) void this.submitForm();
      });
    }
    return answers;
  }

  /**
   * The resident pressed submit in a pre-rendered form with an `action`, and the survey could not be loaded: the
   * browser posts it there instead, as it would have without the widget (or shows what is missing: the form stays
   * in view under the error, and is a plain form from now on).
   */
  private postFallbackNatively(): void {
    const fallback = this.fallbackForm;
    if (!this.fallbackSubmitted || !fallback?.hasAttribute('action')) return;
    this.fallbackSubmitted = false;
    fallback.removeEventListener('submit', this.onFallbackSubmit);
    // Safari before 16 has no requestSubmit; a click on the form's own submit button validates and posts alike.
    if (typeof fallback.requestSubmit === 'function') fallback.requestSubmit();
    else fallback.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  }

  private readonly onFallbackSubmit = (event: Event) => {
    event.preventDefault();
    this.fallbackSubmitted = true;
  };

  /** After a sent submission: an empty form with a new key, should the resident come back to it. */
  private startOver(form: OpenForm): void {
    form.key = createIdempotencyKey();
    this.answers = {};
    this.followUp = EMPTY_FOLLOW_UP;
    this.step = 0;
    this.errors = new Map();
    this.summaryShown = false;
    this.touched = new Set();
  }

  private async onPhase(phase: SubmissionPhase): Promise<void> {
    if (!OUTCOMES.has(phase)) return;
    if (phase === 'failed' && this.form && this.submission.key) {
      this.emit('cw-survey-failed', { surveyId: this.form.survey.id, key: this.submission.key, code: this.submission.errorCode ?? 'rejected' });
    }
    if (!this.focusOutcome) {
      if (phase === 'sent') this.liveMessage = `${this.t.sentTitle} ${this.t.receipt}${this.submission.receiptCode ?? ''}`;
      return;
    }
    this.focusOutcome = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.outcome-title')?.focus();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Rendering

  override render(): TemplateResult {
    return html`${this.renderContent()}
      <p class="cw-visually-hidden" role="status">${this.liveMessage}</p>`;
  }

  private renderContent(): TemplateResult {
    const state = this.data.state;
    if (state !== 'ready' || !this.form) {
      const shown = state === 'ready' ? 'loading' : state;
      // A pre-rendered form stays in view (and in use) while the survey loads, and under an error, keeping its answers.
      const fallback = this.fallbackForm?.parentNode === this && this.renderRoot !== this ? html`<slot></slot>` : undefined;
      if (fallback && shown === 'loading') return fallback;
      const view = renderState(shown, this.data, { locale: this.locale, missing: this.t.missing, emptyText: this.emptyText() });
      return fallback && shown === 'error' ? html`${view}${fallback}` : view;
    }
    const ctx = this.viewContext();
    const outcome = this.outcomeOptions(this.form.survey);
    switch (this.submission.phase) {
      case 'checking':
        return renderState('loading', this.data, { locale: this.locale, missing: this.t.missing });
      case 'sent':
        return renderSent(ctx, outcome);
      case 'queued':
        return renderQueued(ctx, outcome);
      case 'failed':
        return renderFailed(ctx, outcome);
      default:
        return this.renderForm(this.form.survey, ctx);
    }
  }

  private emptyText(): string | undefined {
    const survey = this.data.state === 'empty' ? this.data.value : undefined;
    if (!survey) return undefined;
    if (survey.opensAt && Date.parse(survey.opensAt) > Date.now()) return this.t.notOpen(formatDate(survey.opensAt, this.locale));
    return survey.closesAt ? this.t.closed(formatDate(survey.closesAt, this.locale)) : undefined;
  }

  private viewContext(): ViewContext {
    return {
      t: this.t,
      id: (suffix) => `${this.idPrefix}-${suffix}`,
      problem: (field) => this.errors.get(field),
      headingLevel: this.headingLevel,
    };
  }

  private outcomeOptions(survey: Survey): OutcomeOptions {
    return {
      receiptCode: this.submission.receiptCode,
      errorCode: this.submission.errorCode,
      resultsUrl: safeUrl(this.resultsUrl || survey.resultsUrl, 'link'),
      calledBack: this.calledBack,
      locale: this.locale,
      busy: this.submission.busy,
      waitsForNetwork: this.submission.waitsForNetwork,
      retry: () => void this.retry(),
      discard: () => void this.discard(),
    };
  }

  private renderForm(survey: Survey, ctx: ViewContext): TemplateResult {
    const t = this.t;
    const visible = this.visible();
    const trigger = followUpTrigger(visible, this.answers);
    const steps = this.paged ? splitIntoSteps(visible) : undefined;
    const stepIndex = steps ? this.currentStep(steps) : 0;
    const all = steps ? steps[stepIndex]!.questions : visible;
    const shown = all.slice(0, this.reveal.limit(all.length));
    const isLast = !steps || stepIndex === steps.length - 1;
    const submitting = this.sending || this.submission.phase === 'submitting';
    const problems = this.summaryShown ? this.fieldsOf(all, trigger).flatMap((f) => this.errors.get(f) ?? []) : [];
    const titleId = ctx.id('title');

    // Built behind the pre-rendered form, which stays in view (and in use) until this one is complete.
    return html`${this.behind ? html`<slot></slot>` : nothing}<form
        part="form"
        novalidate
        ?hidden=${!!this.behind}
        aria-labelledby=${titleId}
        @submit=${this.onSubmit}
        @focusin=${this.onFirstFocus}
      >
      <div class="intro">
        <p class="title" part="title" id=${titleId} role="heading" aria-level=${this.headingLevel}>${survey.title}</p>
        ${survey.intro ? html`<p class="intro-text">${survey.intro}</p>` : nothing}
      </div>
      ${problems.length ? renderErrorSummary(problems, ctx, (target) => this.focusControl(target)) : nothing}
      ${steps ? this.renderProgress(survey, steps, stepIndex, ctx) : nothing}
      ${repeat(
        shown,
        (question) => question.id,
        (question) => html`${renderQuestion(question, this.answers[question.id], ctx, {
          change: (value) => this.setAnswer(question, value),
          leave: () => this.leave(question.id),
          announcement: this.announcements[question.id],
        })}
        ${trigger?.id === question.id
          ? renderFollowUp(survey, this.followUp, ctx, { update: (patch) => this.setFollowUp(patch), leave: (field) => this.leave(field) })
          : nothing}`,
      )}
      ${this.reveal.complete ? this.renderActions(t, steps, stepIndex, isLast, submitting) : nothing}
    </form>`;
  }

  /** The draft note and the buttons: shown with the last question, so nothing below it jumps. */
  private renderActions(t: SurveyMessages, steps: SurveyStep[] | undefined, stepIndex: number, isLast: boolean, submitting: boolean): TemplateResult {
    return html`<p class="help draft-note">${t.draftNote}</p>
      <div class="actions" part="actions">
        ${steps && stepIndex > 0
          ? html`<button type="button" class="cw-button" part="back" @click=${() => this.goToStep(stepIndex - 1)}>${t.back}</button>`
          : nothing}
        ${isLast
          ? html`<button type="submit" class="cw-button cw-button--primary" part="submit" ?disabled=${submitting}>${t.submit}</button>`
          : html`<button type="submit" class="cw-button cw-button--primary" part="next">${t.next}</button>`}
        <span class="submitting" role="status">${submitting ? t.submitting : ''}</span>
      </div>`;
  }

  private renderProgress(survey: Survey, steps: SurveyStep[], index: number, ctx: ViewContext): TemplateResult {
    return html`<div class="progress" part="progress">
      <p class="progress-text">${this.t.progress(index + 1, steps.length)}</p>
      <div class="progress-bar" aria-hidden="true">
        ${steps.map((_, i) => html`<span class=${i <= index ? 'is-done' : ''}></span>`)}
      </div>
      <p class="step-title" id=${ctx.id('step-title')} role="heading" aria-level=${this.headingLevel + 1} tabindex="-1">
        ${steps[index]!.title ?? survey.title}
      </p>
    </div>`;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Answers, validation, navigation

  private visible(): Question[] {
    return this.form ? visibleQuestions(this.form.survey.questions, this.answers) : [];
  }

  private currentStep(steps: readonly SurveyStep[]): number {
    return Math.min(this.step, steps.length - 1);
  }

  /** The fields of these questions in screen order, the follow-up fields right after the question that asks for them. */
  private fieldsOf(questions: readonly Question[], trigger: Question | undefined): string[] {
    return questions.flatMap((q) => (q.id === trigger?.id ? [q.id, ...FOLLOW_UP_ORDER] : [q.id]));
  }

  private problemOf(field: string): Problem | undefined {
    if (FOLLOW_UP_ORDER.includes(field as (typeof FOLLOW_UP_ORDER)[number])) {
      if (!followUpTrigger(this.visible(), this.answers)) return undefined;
      return validateFollowUp(this.followUp).find((p) => p.field === field);
    }
    const question = this.visible().find((q) => q.id === field);
    return question ? validateQuestion(question, this.answers[field]) : undefined;
  }

  private setError(field: string, problem: Problem | undefined): void {
    if (!problem && !this.errors.has(field)) return;
    const next = new Map(this.errors);
    if (problem) next.set(field, problem);
    else next.delete(field);
    this.errors = next;
    if (!next.size) this.summaryShown = false;
  }

  /** Re-checks fields that show an error, so a fixed answer loses its message at once. */
  private recheckShownErrors(): void {
    for (const field of this.errors.keys()) this.setError(field, this.problemOf(field));
  }

  /** Focus left a field: show what is wrong, but do not nag about a field the resident has not reached yet. */
  private leave(field: string): void {
    const problem = this.problemOf(field);
    if (problem && EMPTY_CODES.has(problem.code) && !this.touched.has(field)) return;
    this.setError(field, problem);
  }

  private setAnswer(question: Question, update: AnswerUpdate): void {
    const value = typeof update === 'function' ? update(this.answers[question.id]) : update;
    const next = { ...this.answers };
    if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) delete next[question.id];
    else next[question.id] = value;
    this.answers = next;
    this.touched.add(question.id);
    this.recheckShownErrors();
    // Too many options ticked is worth saying right away, not only when leaving the question.
    const problem = validateQuestion(question, value);
    if (problem?.code === 'tooMany') this.setError(question.id, problem);
    if (question.kind === 'text') this.announceCount(question.id, question.maxLength, typeof value === 'string' ? value : '');
    this.saveDraft();
  }

  private setFollowUp(patch: Partial<FollowUpInput>): void {
    this.followUp = { ...this.followUp, ...patch };
    if ('reason' in patch) this.touched.add(FOLLOW_UP_FIELDS.reason);
    if ('phone' in patch && patch.phone) this.touched.add(FOLLOW_UP_FIELDS.phone);
    this.recheckShownErrors();
    if ('reason' in patch) this.saveDraft();
  }

  private announceCount(id: string, max: number, text: string): void {
    clearTimeout(this.announceTimers.get(id));
    // Like GOV.UK's character count: say the count once typing pauses, not on every key.
    this.announceTimers.set(
      id,
      setTimeout(() => {
        const left = max - text.length;
        this.announcements = { ...this.announcements, [id]: left < 0 ? this.t.charsOver(-left) : this.t.charsLeft(left) };
      }, 1000),
    );
  }

  private saveDraft(): void {
    if (!this.form) return;
    // Follow-up phone, name and consent are left out on purpose (see SurveyDraft).
    this.form.drafts.schedule({ key: this.form.key, answers: this.answers, reason: this.followUp.reason, step: this.step, savedAt: Date.now() });
  }

  /** Validates the given fields; shows the summary and focuses it when something is wrong. */
  private async check(fields: readonly string[]): Promise<boolean> {
    for (const field of fields) this.touched.add(field);
    const problems = fields.flatMap((field) => this.problemOf(field) ?? []);
    const next = new Map([...this.errors].filter(([field]) => !fields.includes(field)));
    for (const problem of problems) next.set(problem.field, problem);
    this.errors = next;
    this.summaryShown = problems.length > 0;
    if (!problems.length) return true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
    return false;
  }

  /**
   * The resident has started answering: load the outbox now, while the network is surely up, so that a submit made
   * offline later is still stored on the device. (A page nobody answers never downloads it.)
   */
  private readonly onFirstFocus = () => {
    const adapter = this.resolvedAdapter;
    if (!this.outboxWarmed && adapter) {
      this.outboxWarmed = true;
      outboxOf(adapter).catch(() => (this.outboxWarmed = false));
    }
  };

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    void this.submitForm();
  };

  /** Next step in paged mode; otherwise validate everything and hand the answers to the outbox. */
  private async submitForm(): Promise<void> {
    if (this.sending || this.submission.phase !== 'editing') return;
    this.sending = true;
    try {
      await this.validateAndSend();
    } finally {
      this.sending = false;
    }
  }

  private async validateAndSend(): Promise<void> {
    const form = this.form;
    const adapter = this.resolvedAdapter;
    if (!form || !adapter) return;
    const visible = this.visible();
    const trigger = followUpTrigger(visible, this.answers);
    const steps = this.paged ? splitIntoSteps(visible) : undefined;
    if (steps) {
      const index = this.currentStep(steps);
      if (index < steps.length - 1) {
        if (await this.check(this.fieldsOf(steps[index]!.questions, trigger))) void this.goToStep(index + 1);
        return;
      }
      // A restored draft may have skipped ahead: send the resident to the first step that still needs work.
      const firstBad = steps.findIndex((s) => this.fieldsOf(s.questions, trigger).some((f) => this.problemOf(f)));
      if (firstBad !== -1 && firstBad !== index) {
        this.step = firstBad;
        await this.updateComplete;
      }
      const target = steps[firstBad === -1 ? index : firstBad]!;
      if (!(await this.check(this.fieldsOf(target.questions, trigger)))) return;
    } else if (!(await this.check(this.fieldsOf(visible, trigger)))) {
      return;
    }

    const response = buildResponse({ survey: form.survey, visible, answers: this.answers, followUp: this.followUp, locale: this.locale, now: new Date() });
    this.calledBack = !!response.followUp?.contact;
    form.drafts.flush();
    // Before sending: if the page dies mid-request, the reload finds the submission instead of a blank form.
    form.drafts.pendingSubmission = form.key;
    this.focusOutcome = true;
    await this.submission.submit(() => outboxOf(adapter), adapter, response, form.key);
  }

  private async retry(): Promise<void> {
    this.focusOutcome = true;
    const retried = await this.submission.retry();
    // Still queued (no phase change): a later delivery in the background must not pull focus.
    this.focusOutcome = false;
    if (retried) return;
    // The answers never reached the outbox: submit the form again, with the same key.
    this.submission.reset();
    this.focusOutcome = true;
    await this.updateComplete;
    await this.submitForm();
  }

  private async goToStep(index: number): Promise<void> {
    this.step = index;
    this.summaryShown = false;
    this.saveDraft();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.step-title')?.focus();
  }

  /** A form control by its id suffix (see controlIds). */
  private control(target: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(`${this.idPrefix}-${target}`)}`);
  }

  private focusControl(target: string): void {
    const control = this.control(target);
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
  }

  private async discard(): Promise<void> {
    await this.submission.discard();
    if (!this.form) return;
    this.form.drafts.pendingSubmission = undefined;
    // The discarded entry may not be reused: changed answers are a new submission with a new key.
    this.form.key = createIdempotencyKey();
    this.saveDraft();
  }
}
