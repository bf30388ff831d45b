import { defineElement } from '../../core/define.js';
import { CwWorkerCard } from './worker-card.component.js';

export { CwWorkerCard };
defineElement('cw-worker-card', CwWorkerCard);

declare global {
  interface HTMLElementTagNameMap {
    'cw-worker-card': CwWorkerCard;
  }
}
