import { defineElement } from '../../core/define.js';
import { CwVolunteerSignup } from './volunteer-signup.component.js';

export { CwVolunteerSignup };
defineElement('cw-volunteer-signup', CwVolunteerSignup);

declare global {
  interface HTMLElementTagNameMap {
    'cw-volunteer-signup': CwVolunteerSignup;
  }
}
