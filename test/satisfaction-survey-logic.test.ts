import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { cleanAnswer } from '../src/elements/satisfaction-survey/internal/answers.js';
import { buildResponse } from '../src/elements/satisfaction-survey/internal/build-response.js';
import { EMPTY_FOLLOW_UP } from '../src/elements/satisfaction-survey/internal/follow-up-input.js';
import { followUpTrigger } from '../src/elements/satisfaction-survey/internal/follow-up.js';
import { normalizePhone } from '../src/elements/satisfaction-survey/internal/phone.js';
import { splitIntoSteps } from '../src/elements/satisfaction-survey/internal/steps.js';
import { StagedReveal } from '../src/elements/satisfaction-survey/internal/staged-reveal.js';
import { validateFollowUp, validateQuestion } from '../src/elements/satisfaction-survey/internal/validate.js';
import { visibleQuestions } from '../src/elements/satisfaction-survey/internal/visibility.js';
import { surveyMessages } from '../src/i18n/satisfaction-survey.js';
import { SurveyResponseSchema, SurveySchema, type Question, type Survey } from '../src/model/index.js';

const survey = (questions: unknown[], extra: Record<string, unknown> = {}): Survey =>
  v.parse(SurveySchema, { id: 'S', title: 't', questions, ...extra });

const t = surveyMessages.of('zh-Hans');

describe('survey logic', () => {
  it('normalizes mainland mobiles and landlines, and refuses the rest', () => {
    expect(normalizePhone('13912345678')).to.equal('13912345678');
    expect(normalizePhone('+86 139 1234 5678')).to.equal('13912345678');
    expect(normalizePhone('0086-139-1234-5678')).to.equal('13912345678');
    expect(normalizePhone('8613912345678')).to.equal('13912345678');
    expect(normalizePhone('１３９１２３４５６７８')).to.equal('13912345678');
    expect(normalizePhone('(0519)8660 0000')).to.equal('0519-86600000');
    expect(normalizePhone('0519-6600000')).to.equal('0519-6600000');
    expect(normalizePhone('010 12345678')).to.equal('010-12345678');
    expect(normalizePhone('+86 519 8660 0000')).to.equal('0519-86600000');
    for (const bad of ['', '12345', '12912345678', '1391234567', '86600000', '139-1234-567a', '010-1234567', '+1 415 555 0100']) {
      expect(normalizePhone(bad), bad).to.equal(undefined);
    }
  });

  it('hides a chain of showIf questions when its first link is hidden', () => {
    const s = survey([
      { id: 'a', kind: 'single', title: 'a', options: [{ value: 'y', label: 'y' }, { value: 'n', label: 'n' }] },
      { id: 'b', kind: 'single', title: 'b', showIf: { question: 'a', anyOf: ['y'] }, options: [{ value: 'y', label: 'y' }, { value: 'n', label: 'n' }] },
      { id: 'c', kind: 'text', title: 'c', showIf: { question: 'b', answered: true } },
      { id: 'd', kind: 'text', title: 'd', showIf: { question: 'a', answered: false } },
    ]);
    const ids = (answers: Record<string, string>) => visibleQuestions(s.questions, answers).map((q) => q.id);
    expect(ids({})).to.deep.equal(['a', 'd']);
    expect(ids({ a: 'y' })).to.deep.equal(['a', 'b']);
    expect(ids({ a: 'y', b: 'n' })).to.deep.equal(['a', 'b', 'c']);
    expect(ids({ a: 'n', b: 'n' })).to.deep.equal(['a']);
  });

  it('matches showIf against matrix rows and multiple choices', () => {
    const s = survey([
      { id: 'm', kind: 'rating-matrix', title: 'm', items: [{ value: 'x', label: 'x' }] },
      { id: 'k', kind: 'multiple', title: 'k', options: [{ value: 'p', label: 'p' }, { value: 'q', label: 'q' }] },
      { id: 'why', kind: 'text', title: 'why', showIf: { question: 'm', anyOf: ['very-dissatisfied'] } },
      { id: 'p', kind: 'text', title: 'p', showIf: { question: 'k', anyOf: ['p'] } },
    ]);
    expect(visibleQuestions(s.questions, { m: { x: 'very-dissatisfied' }, k: ['q', 'p'] }).map((q) => q.id)).to.deep.equal(['m', 'k', 'why', 'p']);
  });

  it('refuses survey definitions that cannot work', () => {
    const text = { kind: 'text', title: 'x' };
    expect(v.is(SurveySchema, { id: 'S', title: 't', questions: [{ ...text, id: 'a' }, { ...text, id: 'a' }] }), 'duplicate ids').to.equal(false);
    expect(v.is(SurveySchema, { id: 'S', title: 't', questions: [{ ...text, id: 'a', showIf: { question: 'b' } }, { ...text, id: 'b' }] }), 'forward showIf').to.equal(false);
    expect(v.is(SurveySchema, { id: 'S', title: 't', questions: [{ id: 's', kind: 'scale', title: 's', max: 20 }] }), 'scale past 10').to.equal(false);
    const options = [{ value: 'a', label: 'a' }, { value: 'b', label: 'b' }];
    expect(v.is(SurveySchema, { id: 'S', title: 't', questions: [{ id: 'm', kind: 'multiple', title: 'm', options, min: 3, max: 2 }] })).to.equal(false);
  });

  it('triggers the follow-up only on negative levels of questions that ask for it', () => {
    const s = survey([
      { id: 'quiet', kind: 'rating5', title: 'q', followUp: false },
      { id: 'r', kind: 'rating5', title: 'r' },
      { id: 'm', kind: 'rating-matrix', title: 'm', items: [{ value: 'x', label: 'x' }, { value: 'y', label: 'y' }] },
    ]);
    const trigger = (answers: Record<string, unknown>) => followUpTrigger(s.questions, answers as never)?.id;
    expect(trigger({ quiet: 'very-dissatisfied', r: 'basic' })).to.equal(undefined);
    expect(trigger({ r: 'dissatisfied' })).to.equal('r');
    expect(trigger({ r: 'satisfied', m: { x: 'satisfied', y: 'very-dissatisfied' } })).to.equal('m');
  });

  it('counts a required multiple choice as needing at least one, and an optional one only once started', () => {
    const options = [{ value: 'a', label: 'a' }, { value: 'b', label: 'b' }, { value: 'c', label: 'c' }];
    const [required, optional] = survey([
      { id: 'r', kind: 'multiple', title: '必选', required: true, options },
      { id: 'o', kind: 'multiple', title: '可选', options, min: 2 },
    ]).questions as [Question, Question];
    expect(validateQuestion(required, undefined)?.code).to.equal('required');
    expect(validateQuestion(optional, undefined)).to.equal(undefined);
    const tooFew = validateQuestion(optional, ['a'])!;
    expect(tooFew.message(t)).to.equal('“可选”请至少选择 2 项');
    expect(validateQuestion(optional, ['a', 'c'])).to.equal(undefined);
  });

  it('checks the follow-up contact only with consent', () => {
    expect(validateFollowUp({ ...EMPTY_FOLLOW_UP, reason: '慢', phone: 'garbage' })).to.deep.equal([]);
    const problems = validateFollowUp({ ...EMPTY_FOLLOW_UP, reason: '', consent: true, phone: '123' });
    expect(problems.map((p) => p.code)).to.deep.equal(['reasonRequired', 'phoneInvalid']);
  });

  it('builds an anonymous response of visible answers that the server schema accepts', () => {
    const s = survey([
      { id: 'r', kind: 'rating5', title: 'r' },
      { id: 'gate', kind: 'single', title: 'g', options: [{ value: 'y', label: 'y' }, { value: 'n', label: 'n' }] },
      { id: 'hidden', kind: 'text', title: 'h', showIf: { question: 'gate', anyOf: ['y'] } },
      { id: 'scale', kind: 'scale', title: 's' },
      { id: 'note', kind: 'text', title: 'n' },
    ]);
    const answers = { r: 'dissatisfied', gate: 'n', hidden: 'left over', scale: 0, note: '  ', stale: 'x' };
    const visible = visibleQuestions(s.questions, answers);
    const followUp = { ...EMPTY_FOLLOW_UP, reason: ' 排队久 ', phone: '13912345678' };
    const response = buildResponse({ survey: s, visible, answers, followUp, locale: 'zh-Hant', now: new Date('2026-11-26T08:00:00Z') });
    expect(response).to.deep.equal({
      surveyId: 'S',
      surveyVersion: '1',
      answers: { r: 'dissatisfied', gate: 'n', scale: 0 },
      followUp: { reason: '排队久' },
      locale: 'zh-Hant',
      submittedAt: '2026-11-26T08:00:00.000Z',
    });
    expect(v.is(SurveyResponseSchema, response)).to.equal(true);
    const consented = buildResponse({
      survey: s,
      visible,
      answers,
      followUp: { ...followUp, consent: true, consentAt: '2026-11-26T07:59:00.000Z', phone: '0519 8660 0000' },
      locale: 'en',
      now: new Date(),
    });
    expect(consented.followUp!.contact).to.deep.equal({ phone: '0519-86600000', consent: { version: 'survey-follow-up-1', at: '2026-11-26T07:59:00.000Z' } });
    expect(v.is(SurveyResponseSchema, consented)).to.equal(true);
  });

  it('groups consecutive sections into steps and skips steps with nothing visible', () => {
    const s = survey([
      { id: 'a', kind: 'text', title: 'a', section: '一' },
      { id: 'b', kind: 'text', title: 'b' },
      { id: 'c', kind: 'single', title: 'c', section: '二', options: [{ value: 'y', label: 'y' }, { value: 'n', label: 'n' }] },
      { id: 'd', kind: 'text', title: 'd', section: '三', showIf: { question: 'c', anyOf: ['y'] } },
      { id: 'e', kind: 'text', title: 'e', section: '四' },
    ]);
    const steps = (answers: Record<string, string>) =>
      splitIntoSteps(visibleQuestions(s.questions, answers)).map((step) => `${step.title}:${step.questions.map((q) => q.id).join('')}`);
    expect(steps({})).to.deep.equal(['一:ab', '二:c', '四:e']);
    expect(steps({ c: 'y' })).to.deep.equal(['一:ab', '二:c', '三:d', '四:e']);
  });

  it('reveals a long list in batches, and shows the rest at once when finished mid-way', async () => {
    let updates = 0;
    const host = { addController() {}, removeController() {}, requestUpdate: () => void updates++, updateComplete: Promise.resolve(true) };
    const reveal = new StagedReveal(host, 1, 2);
    expect(reveal.limit(6)).to.equal(1);
    reveal.hostUpdated();
    const rest = reveal.pending!;
    expect(rest, 'the rest is on its way').to.exist;
    await new Promise((resolve) => setTimeout(resolve, 150)); // a frame, or the hidden-page fallback
    expect(updates).to.equal(1);
    expect(reveal.limit(6)).to.equal(3);
    expect(reveal.complete).to.equal(false);
    reveal.finish();
    await rest; // must not wait for batches that will not come
    expect(reveal.complete).to.equal(true);
    expect(reveal.limit(6)).to.equal(6);
    reveal.hostUpdated();
    expect(reveal.limit(9), 'later renders are not staged').to.equal(9);
  });

  it('keeps only the five official levels in ratings and matrix rows, wherever the answer came from', () => {
    const [rating, matrix] = survey([
      { id: 'overall', kind: 'rating5', title: '整体' },
      { id: 'items', kind: 'rating-matrix', title: '事项', items: [{ value: 'speed', label: '效率' }, { value: 'manner', label: '态度' }] },
    ]).questions as [Question, Question];
    expect(cleanAnswer(rating, 'satisfied')).to.equal('satisfied');
    expect(cleanAnswer(rating, 'great')).to.equal(undefined);
    expect(cleanAnswer(matrix, { speed: 'basic', manner: 'great', gone: 'basic' })).to.deep.equal({ speed: 'basic' });
    expect(cleanAnswer(matrix, { manner: 'great' })).to.equal(undefined);
  });
});
