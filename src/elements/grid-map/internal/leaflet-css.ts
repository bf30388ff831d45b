import leafletStyles from 'leaflet/dist/leaflet.css?inline';

/**
 * Leaflet's own stylesheet as a string. A shadow root does not see document styles, so the element adopts this
 * (e.g. `unsafeCSS(leafletCss)`) next to {@link gridMapCss}.
 */
export const leafletCss: string = leafletStyles;

/**
 * Styles for what the engine adds on top of Leaflet: service-point buttons, the location dot and the cursor over
 * grids. Sizes come from custom properties so elder mode can enlarge targets to 60×60 px.
 */
export const gridMapCss = `
.cw-map-point {
  box-sizing: border-box;
  display: grid;
  place-items: center;
  border-radius: 50%;
  border: 0.15em solid var(--cw-map-point-border, #fff);
  background: var(--cw-map-point-color, #b3261e);
  color: var(--cw-map-point-text, #fff);
  font: 600 0.75em/1 system-ui, sans-serif;
  cursor: pointer;
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.45);
}
.cw-map-point:focus-visible {
  outline: 0.2em solid var(--cw-map-focus-color, #1a73e8);
  outline-offset: 0.15em;
}
.cw-map-location {
  border-radius: 50%;
  background: var(--cw-map-location-color, #1a73e8);
  border: 0.2em solid #fff;
  box-shadow: 0 0 0 0.35em rgb(26 115 232 / 0.25);
}
.leaflet-container.cw-map--over-grid { cursor: pointer; }
.cw-map-attribution { font: 0.75em/1.4 system-ui, sans-serif; }
`;
