import type {} from '../react.js';
// Type-checked by `npx tsc -p types/check`: the React typings accept real usage and reject mistakes.
import { useRef } from 'react';

export function CommunityPanel() {
  const card = useRef<HTMLElementTagNameMap['cw-worker-card']>(null);
  return (
    <cw-provider src="/data/tianning.json" elder-selector="body.oldman">
      <cw-grid-map id="map" community="丽华三村社区" points="meal childcare" oncw-grid-select={(e) => console.log(e.detail.gridId)} />
      <cw-worker-card ref={card} for="map" heading-level={2} className="card" oncw-contact-save={(e) => console.log(e.detail.workerId)}>
        <a href="tel:0519-86605551">0519-86605551</a>
      </cw-worker-card>
      <cw-satisfaction-survey survey="S-HCP-2026" paged oncw-survey-submitted={(e) => console.log(e.detail.receiptCode)} />
      <cw-volunteer-signup community="朝二社区" retention-months={6} oncw-signup-result={(e) => console.log(e.detail.status)} />
      {/* @ts-expect-error -- not an attribute of the card */}
      <cw-worker-card worker="W-0501" survey="S-HCP-2026" />
      {/* Hyphenated names are never checked by TypeScript's JSX, so a misspelt event is not caught; the detail is typed. */}
      {/* @ts-expect-error -- a contact-save detail has no receipt code */}
      <cw-worker-card oncw-contact-save={(e) => e.detail.receiptCode} />
    </cw-provider>
  );
}
