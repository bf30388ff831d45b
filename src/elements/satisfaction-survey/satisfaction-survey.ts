import { defineElement } from '../../core/define.js';
import { CwSatisfactionSurvey } from './satisfaction-survey.component.js';

export { CwSatisfactionSurvey };
defineElement('cw-satisfaction-survey', CwSatisfactionSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'cw-satisfaction-survey': CwSatisfactionSurvey;
  }
}
