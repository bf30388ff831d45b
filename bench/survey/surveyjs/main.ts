/**
 * The same ten questions in SurveyJS (survey-core + survey-js-ui, the documented vanilla-JS setup with its default
 * stylesheet), as the baseline for bundle size and time to first question.
 */
import { Model } from 'survey-core';
import 'survey-core/survey-core.min.css';
import { renderSurvey } from 'survey-js-ui';
import definition from '../definition.json';
import { toSurveyJs } from './to-surveyjs.js';

renderSurvey(new Model(toSurveyJs(definition)), document.getElementById('survey')!);
