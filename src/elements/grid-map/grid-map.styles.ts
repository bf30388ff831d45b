import { css } from 'lit';

export const gridMapStyles = css`
  :host {
    container-type: inline-size;
    /* em for the portal's 字号 and elder sizes; capped so a phone still shows the controls below the map. */
    --cw-map-height: min(24em, 70vh);
    --cw-map-fill: var(--cw-color-link);
    --cw-map-stroke: var(--cw-color-link);
    --cw-map-selected-fill: var(--cw-color-primary);
    --cw-map-selected-stroke: var(--cw-color-primary);
    --cw-map-hover-stroke: var(--cw-color-text);
    /* Engine custom properties for service points and the location dot. */
    --cw-map-point-color: var(--cw-color-primary);
    --cw-map-focus-color: var(--cw-color-focus);
    --cw-map-location-color: var(--cw-color-link);
    /* The map's height from the upgrade on, as the loader reserved it before: the first render may come a task later. */
    min-height: var(--cw-map-height);
  }

  :host([data-cw-elder]) {
    --cw-map-height: min(28em, 75vh);
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--cw-space);
  }

  /* Side by side only where the list still has room for a name and its meta line; below the map otherwise. */
  @container (min-width: 46em) {
    .layout--ready {
      grid-template-columns: minmax(0, 3fr) minmax(16em, 2fr);
      align-items: start;
    }
  }

  .map-column {
    position: relative;
    min-width: 0;
  }

  /* The height is reserved in every state, so nothing below moves when the grids arrive. */
  .frame {
    height: var(--cw-map-height);
    border: 0.0625em solid var(--cw-color-border);
    border-radius: var(--cw-radius);
    overflow: hidden;
  }

  .frame > .cw-state {
    height: 100%;
    border: 0;
    border-radius: 0;
  }

  .map {
    height: 100%;
    width: 100%;
  }

  .skip {
    position: absolute;
    z-index: 1000;
    top: 0.25em;
    left: 0.25em;
  }

  .skip:not(:focus) {
    clip-path: inset(50%);
    width: 1px;
    height: 1px;
    min-width: 0;
    min-height: 0;
    padding: 0;
    overflow: hidden;
    white-space: nowrap;
  }

  .notice {
    margin: 0.5em 0 0;
    padding: 0.25em 0.5em;
    border-left: 0.25em solid var(--cw-color-danger);
    background: var(--cw-color-surface);
    font-size: 0.875em;
  }

  .panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--cw-space);
    min-width: 0;
  }

  /* minmax(0, …): an input's intrinsic width must not push the column past a 320 px screen. */
  .find,
  .list,
  .point-info,
  .point-form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    align-content: start;
  }

  .point-info {
    padding: var(--cw-space);
    border: 0.0625em solid var(--cw-color-border);
    border-radius: var(--cw-radius);
  }

  .heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  .point-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  input {
    min-height: var(--cw-target-size);
    min-width: 0;
    padding: 0.3em 0.5em;
    border: 0.0625em solid var(--cw-color-border);
    border-radius: var(--cw-radius);
    background: var(--cw-color-bg);
    color: var(--cw-color-text);
    font: inherit;
    width: 100%;
  }

  .point-row input {
    flex: 1 1 8em;
    width: auto;
  }

  input[aria-invalid='true'] {
    border-color: var(--cw-color-danger);
    border-width: 0.125em;
  }

  .hint,
  .count,
  .meta {
    margin: 0;
    color: var(--cw-color-muted);
    font-size: 0.875em;
  }

  .status {
    margin: 0;
    font-weight: 600;
  }

  .status:empty {
    display: none;
  }

  .options {
    max-height: 22em;
    overflow-y: auto;
    margin: 0;
    padding: 0.125em;
    list-style: none;
    border: 0.0625em solid var(--cw-color-border);
    border-radius: var(--cw-radius);
  }

  .option {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: var(--cw-target-size);
    padding: 0.3em 0.6em 0.3em 1.6em;
    border-radius: calc(var(--cw-radius) / 2);
    cursor: pointer;
    position: relative;
    line-height: 1.35;
  }

  .option + .option {
    border-top: 0.0625em solid var(--cw-color-surface);
  }

  .option:hover {
    background: var(--cw-color-surface);
  }

  .option:focus-visible {
    outline-offset: -0.1875em;
  }

  .option[aria-selected='true'] {
    background: var(--cw-color-surface);
    box-shadow: inset 0.25em 0 0 var(--cw-color-primary);
  }

  /* A tick, not colour alone, tells the selected option apart. */
  .option[aria-selected='true']::before {
    content: '✓';
    position: absolute;
    left: 0.5em;
    top: 50%;
    transform: translateY(-50%);
    color: var(--cw-color-primary);
    font-weight: 700;
  }

  .option-name {
    font-weight: 600;
  }

  .option-meta {
    color: var(--cw-color-muted);
    font-size: 0.875em;
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.75em;
    margin: 0;
  }

  dt {
    color: var(--cw-color-muted);
  }

  dd {
    margin: 0;
  }

  .point-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* Leaflet sets a 12 px font; inheriting keeps the portal's 字号 and elder sizes inside the map. */
  .map.leaflet-container {
    font: inherit;
    font-size: 0.875em;
  }

  .map .leaflet-control-zoom button {
    display: block;
    padding: 0;
    border: 0;
    border-bottom: 0.0625em solid #ccc;
    background: #fff;
    color: #000;
    cursor: pointer;
    font: inherit;
    width: var(--cw-target-size);
    height: var(--cw-target-size);
    line-height: var(--cw-target-size);
    font-size: 1.25em;
  }

  .map .leaflet-control-zoom button:last-child {
    border-bottom: 0;
  }

  :host([data-cw-elder]) .map .leaflet-control-zoom button {
    font-size: 1.5em;
    color: #000;
  }

  .map .leaflet-control-zoom button:focus-visible,
  .map.leaflet-container:focus-visible {
    outline: var(--cw-focus-ring);
    outline-offset: -0.1875em;
  }

  .map .cw-map-attribution {
    font-size: 0.75em;
    color: var(--cw-color-text);
    background: rgb(255 255 255 / 0.9);
  }

  :host([data-cw-elder]) .map .cw-map-attribution {
    font-size: 1em;
  }
`;
