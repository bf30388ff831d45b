import { defineElement } from '../../core/define.js';
import { CwProvider } from './provider.component.js';

export { CwProvider };
defineElement('cw-provider', CwProvider);

declare global {
  interface HTMLElementTagNameMap {
    'cw-provider': CwProvider;
  }
}
