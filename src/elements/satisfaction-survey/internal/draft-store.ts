import type { AnswerValue } from './answers.js';

/**
 * What survives a reload while the resident is still answering. Deliberately without the follow-up phone, name
 * and consent: those are personal data, and localStorage keeps them indefinitely on a device that may be shared
 * (a library PC, a relative's phone). Once submitted they live only in the outbox, until the server acknowledges.
 */
export interface SurveyDraft {
  /** The idempotency key made when the form was first shown: every submit of these answers reuses it. */
  key: string;
  answers: Record<string, AnswerValue>;
  reason: string;
  step: number;
  savedAt: number;
}

const PREFIX = 'cw-survey';

/** localStorage may be missing, disabled (WeChat private mode) or full: drafts are a convenience, never a failure. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const isAnswerValue = (value: unknown): value is AnswerValue =>
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every((v) => typeof v === 'string')) ||
  (!!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string'));

/** A stored draft is untrusted input (another script, an older version of this page): keep only what fits. */
function parseDraft(raw: string | null): SurveyDraft | undefined {
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as Partial<SurveyDraft>;
    if (typeof data.key !== 'string' || !data.key || typeof data.answers !== 'object' || !data.answers) return undefined;
    const answers = Object.fromEntries(Object.entries(data.answers).filter(([, value]) => isAnswerValue(value)));
    return {
      key: data.key,
      answers,
      reason: typeof data.reason === 'string' ? data.reason : '',
      step: Number.isInteger(data.step) ? data.step! : 0,
      savedAt: typeof data.savedAt === 'number' ? data.savedAt : 0,
    };
  } catch {
    return undefined;
  }
}

/**
 * Drafts and the pending-submission marker of one survey version, in localStorage. Keyed by survey id and version,
 * so a changed questionnaire never receives answers meant for another.
 *
 * @example
 * const drafts = new DraftStore('S-HCP-2026', '1');
 * drafts.schedule({ key, answers, reason: '', step: 0, savedAt: Date.now() });
 * drafts.load()?.answers;
 */
export class DraftStore {
  readonly #draftKey: string;
  readonly #pendingKey: string;
  readonly #delayMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unsaved: SurveyDraft | undefined;

  constructor(surveyId: string, version: string, delayMs = 400) {
    this.#draftKey = `${PREFIX}-draft:${surveyId}:${version}`;
    this.#pendingKey = `${PREFIX}-pending:${surveyId}:${version}`;
    this.#delayMs = delayMs;
  }

  load(): SurveyDraft | undefined {
    return parseDraft(this.#read(this.#draftKey));
  }

  /** Saves after a pause in typing: one write per burst of keystrokes, not one per key. */
  schedule(draft: SurveyDraft): void {
    this.#unsaved = draft;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delayMs);
  }

  /** Writes a scheduled draft now (the element is leaving, the page is hiding). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#unsaved) return;
    this.#write(this.#draftKey, JSON.stringify(this.#unsaved));
    this.#unsaved = undefined;
  }

  /** Forgets the draft, including one still waiting to be written. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#unsaved = undefined;
    this.#remove(this.#draftKey);
  }

  /** The idempotency key of a submission still in the outbox, so a reload shows its state instead of a new form. */
  get pendingSubmission(): string | undefined {
    return this.#read(this.#pendingKey) ?? undefined;
  }

  set pendingSubmission(key: string | undefined) {
    if (key) this.#write(this.#pendingKey, key);
    else this.#remove(this.#pendingKey);
  }

  #read(key: string): string | null {
    try {
      return storage()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  #write(key: string, value: string): void {
    try {
      storage()?.setItem(key, value);
    } catch {
      // Quota or privacy mode: the form still works, it just will not survive a reload.
    }
  }

  #remove(key: string): void {
    try {
      storage()?.removeItem(key);
    } catch {
      // As above.
    }
  }
}
