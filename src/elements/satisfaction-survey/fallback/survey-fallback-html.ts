import type { Locale } from '../../../core/config.js';
import { surveyFallbackMessages, type SurveyFallbackMessages } from '../../../i18n/survey-fallback.js';
import { surveyMessages, type SurveyMessages } from '../../../i18n/satisfaction-survey.js';
import type { Question, Survey } from '../../../model/survey.js';
import { RATING5_LEVELS } from '../../../model/vocabulary.js';
import { controlIds } from '../internal/control-ids.js';
import { fallbackFieldName, fallbackIdPrefix } from './fallback-names.js';

export interface SurveyFallbackOptions {
  /** Language of the labels the form adds (levels, "required", hints); survey texts are shown as written. */
  locale?: Locale;
  /**
   * Where the form posts (`application/x-www-form-urlencoded`) when the widget never runs: only for a backend that
   * accepts such a post. Without it the form has no submit button and says that sending needs scripts.
   */
  action?: string;
  /** Level of the survey title in the page outline (default 3), as the element's `heading-level`. */
  headingLevel?: number;
}

interface Texts {
  t: SurveyMessages;
  f: SurveyFallbackMessages;
  idOf: (suffix: string) => string;
}

/**
 * The survey as a plain HTML form, to be put inside `<cw-satisfaction-survey>` by the portal's server or build: its
 * questions are painted with the page, before any script, and can be answered at once. When the widget has
 * loaded the survey it takes the form over — answers, and the control that has focus — and replaces it.
 *
 * Every text is escaped: survey data is text, never markup.
 *
 * @example
 * const html = await surveyFallbackHtml(survey, { locale: 'zh-Hans' });
 * // <cw-satisfaction-survey survey="S-HCP-2026">${html}</cw-satisfaction-survey>
 */
export async function surveyFallbackHtml(survey: Survey, options: SurveyFallbackOptions = {}): Promise<string> {
  const locale = options.locale ?? 'zh-Hans';
  await surveyMessages.load(locale);
  const prefix = fallbackIdPrefix(survey.id);
  const texts: Texts = { t: surveyMessages.of(locale), f: surveyFallbackMessages[locale], idOf: (suffix) => prefix + suffix };
  const requested = options.headingLevel;
  const level = requested !== undefined && Number.isFinite(requested) ? Math.min(6, Math.max(1, Math.trunc(requested))) : 3;
  const action = postTarget(options.action);
  const formAttributes = [
    'class="cw-survey-fallback"',
    `data-cw-survey="${escapeHtml(survey.id)}"`,
    `data-cw-survey-version="${escapeHtml(survey.version)}"`,
    `lang="${locale}"`,
    ...(action ? [`action="${escapeHtml(action)}"`, 'method="post"'] : []),
  ];
  const ending = action
    ? `<p class="cw-survey-fallback__actions"><button type="submit">${escapeHtml(texts.t.submit)}</button></p>`
    : // A disabled default button blocks implicit submission: Enter in a one-line field would otherwise reload the
      // page with the answers in its URL, and lose them.
      `<p class="cw-survey-fallback__note">${escapeHtml(texts.f.needsScript)}</p>\n<button type="submit" disabled hidden></button>`;
  return [
    `<form ${formAttributes.join(' ')}>`,
    `<h${level} class="cw-survey-fallback__title">${escapeHtml(survey.title)}</h${level}>`,
    ...(survey.intro ? [`<p class="cw-survey-fallback__intro">${escapeHtml(survey.intro)}</p>`] : []),
    ...survey.questions.map((question) => renderQuestion(question, texts)),
    ending,
    '</form>',
  ].join('\n');
}

/** `&`, `<`, `>` and both quotes: safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Only http(s) or a path: a `javascript:` action would run on submit. */
function postTarget(action: string | undefined): string | undefined {
  if (!action) return undefined;
  try {
    // A reserved name, only to resolve a path against (this runs on a server, with no page URL); never requested.
    const url = new URL(action, 'https://portal.invalid/');
    if (url.protocol === 'https:' || url.protocol === 'http:') return action;
  } catch {
    // not a URL at all
  }
  throw new TypeError(`surveyFallbackHtml: action must be an http(s) URL or a path, got ${JSON.stringify(action)}`);
}

function renderQuestion(question: Question, texts: Texts): string {
  const { t, f, idOf } = texts;
  const required = question.required ? ` <span class="cw-survey-fallback__required">${escapeHtml(t.required)}</span>` : '';
  const conditional = question.showIf ? ` <span class="cw-survey-fallback__conditional">${escapeHtml(f.conditional)}</span>` : '';
  const title = `${escapeHtml(question.title)}${required}${conditional}`;
  const help = question.help ? `<p class="cw-survey-fallback__help">${escapeHtml(question.help)}</p>` : '';
  const name = fallbackFieldName(question.id);
  // Without scripts every question shows, so one asked only after certain answers cannot be required.
  const mustAnswer = question.required && !question.showIf;
  const choices = (type: 'radio' | 'checkbox', fieldName: string, values: { value: string; label: string }[], idAt: (index: number) => string) =>
    values
      .map(({ value, label }, index) => {
        const requiredAttribute = type === 'radio' && mustAnswer ? ' required' : '';
        return `<label><input type="${type}" name="${escapeHtml(fieldName)}" value="${escapeHtml(value)}" id="${escapeHtml(idOf(idAt(index)))}"${requiredAttribute}> ${escapeHtml(label)}</label>`;
      })
      .join('\n');
  const levels = RATING5_LEVELS.map((level) => ({ value: level, label: t.levels[level] }));
  const fieldset = (kind: string, body: string) =>
    `<fieldset class="cw-survey-fallback__question" data-kind="${kind}"><legend>${title}</legend>${help}\n${body}\n</fieldset>`;

  switch (question.kind) {
    case 'rating5':
      return fieldset('rating5', choices('radio', name, levels, (i) => controlIds.option(question.id, i)));
    case 'single':
      return fieldset('single', choices('radio', name, question.options, (i) => controlIds.option(question.id, i)));
    case 'multiple': {
      const limits = question.min || question.max ? `<p class="cw-survey-fallback__hint">${escapeHtml(t.choiceCount(question.min, question.max))}</p>\n` : '';
      return fieldset('multiple', limits + choices('checkbox', name, question.options, (i) => controlIds.option(question.id, i)));
    }
    case 'scale': {
      const anchors = [
        question.minLabel ? f.scaleAnchor(question.min, question.minLabel) : '',
        question.maxLabel ? f.scaleAnchor(question.max, question.maxLabel) : '',
      ].filter(Boolean);
      const hint = `<p class="cw-survey-fallback__hint">${escapeHtml([t.scaleRange(question.min, question.max), ...anchors].join(f.separator))}</p>`;
      const points = Array.from({ length: question.max - question.min + 1 }, (_, i) => String(question.min + i));
      return fieldset('scale', `${hint}\n${choices('radio', name, points.map((p) => ({ value: p, label: p })), (i) => controlIds.option(question.id, i))}`);
    }
    case 'rating-matrix': {
      const rows = question.items.map((item, itemIndex) => {
        const cells = choices('radio', fallbackFieldName(question.id, item.value), levels, (levelIndex) => controlIds.matrixCell(question.id, itemIndex, levelIndex));
        return `<fieldset class="cw-survey-fallback__row"><legend>${escapeHtml(item.label)}</legend>\n${cells}\n</fieldset>`;
      });
      return fieldset('rating-matrix', rows.join('\n'));
    }
    case 'text': {
      const id = escapeHtml(idOf(controlIds.text(question.id)));
      const common = `name="${escapeHtml(name)}" id="${id}" maxlength="${question.maxLength}"${mustAnswer ? ' required' : ''}`;
      const control = question.multiline ? `<textarea ${common} rows="4"></textarea>` : `<input type="text" ${common}>`;
      const limit = `<p class="cw-survey-fallback__hint">${escapeHtml(t.charLimit(question.maxLength))}</p>`;
      return `<div class="cw-survey-fallback__question" data-kind="text"><label for="${id}">${title}</label>${help}\n${limit}\n${control}\n</div>`;
    }
  }
}
