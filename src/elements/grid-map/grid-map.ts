import { defineElement } from '../../core/define.js';
import { CwGridMap } from './grid-map.component.js';

export { CwGridMap };
defineElement('cw-grid-map', CwGridMap);

declare global {
  interface HTMLElementTagNameMap {
    'cw-grid-map': CwGridMap;
  }
}
